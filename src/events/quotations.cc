#include "events/quotations.h"

namespace dyad {

namespace {

constexpr std::size_t kNoMention = ~std::size_t{0};

// The first actor mention starting at a token of `sentence` in [first, last) that is outside
// quotation marks (`inside` the state at `first`).
std::size_t actor_outside(const Sentence& sentence, std::size_t index,
                          const std::vector<ActorMention>& mentions, std::size_t first,
                          std::size_t last, bool inside) {
  for (std::size_t t = first; t < last; ++t) {
    if (sentence.tokens[t].is(WordClass::kQuotationMark)) {
      inside = !inside;
      continue;
    }
    if (inside) continue;
    for (std::size_t m = 0; m < mentions.size(); ++m)
      if (mentions[m].sentence == index && mentions[m].first_token == t &&
          !mentions[m].code.empty() && !mentions[m].location)
        return m;
  }
  return kNoMention;
}

// A quotation rarely runs over more sentences than this without a closing mark.
constexpr std::size_t kMaxCarried = 4;

// Whether the first quotation mark of the sentence is an opening one (“ or «).
bool first_mark_opens(const Sentence& sentence) {
  for (const Token& token : sentence.tokens)
    if (token.is(WordClass::kQuotationMark)) return token.norm == "“" || token.norm == "«";
  return false;
}

}  // namespace

std::vector<QuoteContext> quote_contexts(const std::vector<Sentence>& sentences,
                                         const std::vector<ActorMention>& mentions) {
  std::vector<QuoteContext> out(sentences.size());
  std::vector<std::size_t> speaker_of;  // per quotation
  std::vector<std::size_t> quote_of(sentences.size(), kNoMention);
  bool inside = false;
  std::size_t carried = 0;  // sentences the open quotation has been carried into
  std::size_t current = kNoMention;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (s > 0 && sentence.paragraph != sentences[s - 1].paragraph) inside = false;
    // A quotation left open (a missing closing mark, lost paragraph breaks) is not carried on
    // for long, nor into a sentence whose first mark opens a quotation.
    if (inside && (++carried > kMaxCarried || first_mark_opens(sentence))) inside = false;
    if (!inside) carried = 0;
    out[s].starts_inside = inside;
    if (inside) quote_of[s] = current;
    const bool started_inside = inside;
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      if (!sentence.tokens[t].is(WordClass::kQuotationMark)) continue;
      inside = !inside;
      if (inside) {  // opening: its speaker stands before it, outside quotation marks
        current = speaker_of.size();
        if (quote_of[s] == kNoMention) quote_of[s] = current;
        speaker_of.push_back(actor_outside(sentence, s, mentions, 0, t, started_inside));
      } else if (current != kNoMention && speaker_of[current] == kNoMention) {
        // closing: "… ,” the minister said"
        speaker_of[current] =
            actor_outside(sentence, s, mentions, t + 1, sentence.tokens.size(), false);
      }
    }
  }
  for (std::size_t s = 0; s < sentences.size(); ++s)
    if (quote_of[s] != kNoMention) out[s].speaker = speaker_of[quote_of[s]];
  return out;
}

}  // namespace dyad
