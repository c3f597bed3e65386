#include "events/quotations.h"

#include <algorithm>

namespace dyad {

namespace {

constexpr std::size_t kNoMention = ~std::size_t{0};

// The first of `starts` (actor mentions of `sentence`, by first token) that begins at a token in
// [first, last) outside quotation marks (`inside`: the state at `first`).
std::size_t actor_outside(const Sentence& sentence, const std::vector<const ActorMention*>& starts,
                          const std::vector<ActorMention>& mentions, std::size_t first,
                          std::size_t last, bool inside) {
  auto next =
      std::lower_bound(starts.begin(), starts.end(), first,
                       [](const ActorMention* m, std::size_t t) { return m->first_token < t; });
  for (std::size_t t = first; t < last; ++t) {
    if (sentence.tokens[t].is(WordClass::kQuotationMark)) {
      inside = !inside;
      continue;
    }
    while (next != starts.end() && (*next)->first_token < t) ++next;
    if (!inside && next != starts.end() && (*next)->first_token == t)
      return static_cast<std::size_t>(*next - mentions.data());
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
  // Each sentence's actors by first token, in one pass over the mentions.
  std::vector<std::vector<const ActorMention*>> starts(sentences.size());
  for (const ActorMention& mention : mentions)
    if (mention.sentence < sentences.size() && !mention.code.empty() && !mention.location)
      starts[mention.sentence].push_back(&mention);
  for (auto& list : starts)
    std::stable_sort(list.begin(), list.end(), [](const ActorMention* a, const ActorMention* b) {
      return a->first_token < b->first_token;
    });
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
        speaker_of.push_back(actor_outside(sentence, starts[s], mentions, 0, t, started_inside));
      } else if (current != kNoMention && speaker_of[current] == kNoMention) {
        // closing: "… ,” the minister said"
        speaker_of[current] =
            actor_outside(sentence, starts[s], mentions, t + 1, sentence.tokens.size(), false);
      }
    }
  }
  for (std::size_t s = 0; s < sentences.size(); ++s)
    if (quote_of[s] != kNoMention) out[s].speaker = speaker_of[quote_of[s]];
  return out;
}

}  // namespace dyad
