// Quotations that run over several sentences: "X said: “A. B.”", "“A. B,” X said" or "“A. B.”
// X tweeted." (the speaker in the next sentence), and one reopened in each paragraph it runs
// over ("X said: “A. | “B. | “C.”", a closing mark only at its end). A
// sentence inside one ("B") has no quotation mark of its own, yet it is quoted and its speaker is
// the quotation's.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/actors.h"
#include "segment/segment.h"

namespace dyad {

struct QuoteContext {
  bool starts_inside = false;  // the sentence begins inside a quotation opened before it
  // The speaker (a mention) of the first quotation the sentence is in, or none.
  std::size_t speaker = ~std::size_t{0};
};

// One per sentence. A quotation ends at its closing mark or at the end of its paragraph (news
// reopens a quotation that goes on in the next paragraph with a new opening mark). Its speaker is
// the first actor outside quotation marks before the opening mark in its first sentence, else
// after the closing mark in its last.
std::vector<QuoteContext> quote_contexts(const std::vector<Sentence>& sentences,
                                         const std::vector<ActorMention>& mentions);

}  // namespace dyad
