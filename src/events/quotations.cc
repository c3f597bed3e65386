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

// Words after the speech verb of a sentence that only attributes the quotation before it.
constexpr std::size_t kMaxAttributionTail = 8;

// A quotation rarely runs over more sentences than this without a closing mark.
constexpr std::size_t kMaxCarried = 4;

// Whether the first quotation mark of the sentence is an opening one (“ or «).
bool first_mark_opens(const Sentence& sentence) {
  for (const Token& token : sentence.tokens)
    if (token.is(WordClass::kQuotationMark)) return token.norm == "“" || token.norm == "«";
  return false;
}

// "… happen!” | Trump tweeted.": a sentence that only names who spoke the quotation closed at the
// end of the sentence before it — an actor then a speech verb, or a speech verb then an actor.
std::size_t reporting_clause_speaker(const Sentence& sentence,
                                     const std::vector<const ActorMention*>& starts,
                                     const std::vector<ActorMention>& mentions) {
  if (starts.empty() || sentence.tokens.empty()) return kNoMention;
  const ActorMention& first = *starts.front();
  const auto& tokens = sentence.tokens;
  std::size_t verb = kNoMention;
  if (first.first_token == 0 && first.last_token + 1 < tokens.size()) verb = first.last_token + 1;
  if (first.first_token == 1) verb = 0;
  if (verb == kNoMention || !tokens[verb].is(WordClass::kSpeechVerb)) return kNoMention;
  // Only the attribution, perhaps with when and where ("… said in a statement on Monday"): a
  // sentence that goes on to report something ("… told reporters that …") is news of its own.
  const std::size_t rest_from = std::max(verb, first.last_token) + 1;
  if (tokens.size() - rest_from > kMaxAttributionTail) return kNoMention;
  for (std::size_t t = rest_from; t < tokens.size(); ++t)
    if (tokens[t].norm == "that" || tokens[t].upos == "VERB" ||
        tokens[t].is(WordClass::kQuotationMark))
      return kNoMention;
  return static_cast<std::size_t>(starts.front() - mentions.data());
}

// Whether nothing but punctuation follows token t.
bool ends_sentence(const Sentence& sentence, std::size_t t) {
  for (std::size_t k = t + 1; k < sentence.tokens.size(); ++k)
    if (!sentence.tokens[k].is(WordClass::kQuotationMark) &&
        !sentence.tokens[k].is(WordClass::kClausePunctuation) && sentence.tokens[k].norm != "." &&
        sentence.tokens[k].norm != "!" && sentence.tokens[k].norm != "?")
      return false;
  return true;
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
  std::vector<std::size_t> continues;   // per quotation: the one it reopens, if any
  std::vector<std::size_t> quote_of(sentences.size(), kNoMention);
  bool inside = false;
  std::size_t carried = 0;  // sentences the open quotation has been carried into
  std::size_t current = kNoMention;
  std::size_t closed_unattributed = kNoMention;  // a quotation closed at its sentence's end
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    const bool new_paragraph = s > 0 && sentence.paragraph != sentences[s - 1].paragraph;
    if (closed_unattributed != kNoMention && !new_paragraph)
      speaker_of[closed_unattributed] = reporting_clause_speaker(sentence, starts[s], mentions);
    closed_unattributed = kNoMention;
    if (new_paragraph) inside = false;
    // A quotation left open (a missing closing mark, lost paragraph breaks) is not carried on
    // for long, nor into a sentence whose first mark opens a quotation. One reopened at the
    // start of a sentence goes on with its speaker (news reopens a quotation in each of its
    // paragraphs: “A. | “B. | “C.”), unless the new one names a speaker of its own.
    std::size_t reopened = kNoMention;
    if (inside && (++carried > kMaxCarried || first_mark_opens(sentence))) {
      if (carried <= kMaxCarried && !sentence.tokens.empty() &&
          sentence.tokens[0].is(WordClass::kQuotationMark))
        reopened = current;
      inside = false;
    }
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
        continues.push_back(t == 0 ? reopened : kNoMention);
      } else if (current != kNoMention && speaker_of[current] == kNoMention) {
        // closing: "… ,” the minister said"
        speaker_of[current] =
            actor_outside(sentence, starts[s], mentions, t + 1, sentence.tokens.size(), false);
        if (speaker_of[current] == kNoMention && ends_sentence(sentence, t))
          closed_unattributed = current;
      }
    }
  }
  // A reopened quotation and the one it goes on share a speaker, named before the first or
  // after the last.
  for (std::size_t q = 0; q < continues.size(); ++q)
    if (continues[q] != kNoMention && speaker_of[q] == kNoMention)
      speaker_of[q] = speaker_of[continues[q]];
  for (std::size_t q = continues.size(); q-- > 0;)
    if (continues[q] != kNoMention && speaker_of[continues[q]] == kNoMention)
      speaker_of[continues[q]] = speaker_of[q];
  for (std::size_t s = 0; s < sentences.size(); ++s)
    if (quote_of[s] != kNoMention) out[s].speaker = speaker_of[quote_of[s]];
  return out;
}

}  // namespace dyad
