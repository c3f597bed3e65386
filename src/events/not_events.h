// Words of an event pattern that, read in their sentence, report no event between the actors
// near them (tests/events/not_events_test.cc). Each takes the sentence's tokens, with the
// parse where the parse stage made one.
#pragma once

#include <cstddef>
#include <string>

#include "events/patterns.h"
#include "segment/segment.h"

namespace dyad {

// Whether the noun "demand" at token `word` is a market's demand, a quantity bought and not a
// request: the mass noun (no "a" or "an" before it) right after a word of economic quantity
// ("strong demand from Japan", "to boost domestic demand", "reducing demand in Japan",
// "supply/demand"). "a strong demand from Japan that …" and "demands" stay requests.
bool market_demand(const Sentence& sentence, std::size_t word);

// The verb of ending a few words before the event noun at `word` ("ending a lengthy trade
// dispute", "settled their border row", "an end to the fighting"), or size_t(-1): a conflict that
// is ended or settled is not reported as going on.
std::size_t ended_by(const Sentence& sentence, std::size_t word);

// Whether the infinitive whose marker is the "to" at token `to` belongs to a clause with a
// subject of its own under the verb at `verb`, after the verb's addressee: in "told reporters
// he would continue to trade" and "told the committee Japan agreed to buy", the infinitive
// completes "continue" and "agreed", whose subjects act, not the object of "told". Needs the
// parse (false without it).
bool infinitive_of_own_clause(const Sentence& sentence, std::size_t verb, std::size_t to);

// The preposition ("following", "after", "at") the parse puts before the phrase of the
// mention spanning tokens [first, last], or "" for none or "of": in "told a press conference
// following the G7 meeting" the G7 is no object of "told".
std::string preposition_before(const Sentence& sentence, std::size_t first, std::size_t last);

// Why `pattern`, matched with its anchor at token `anchor` and its last word at `last`, reports
// no event in `sentence` (empty when it may): a verb's participle read as an adjective ("over
// alleged subsidies"), a market's demand (CAMEO 10), a conflict (10–20)
// named as a noun that is ended, an infinitive ("{tell} $T to") that belongs to a clause with a
// subject of its own, or an asking noun (CAMEO 02, 10) whose "from" or "of" names who asks
// ("a demand from Japan"), not whom. `target_first` is the first token of the pattern's first
// target (size_t(-1) for none); `parsed` whether the sentence has its parse.
std::string not_reported(const Sentence& sentence, const EventPattern& pattern, std::size_t anchor,
                         std::size_t last, std::size_t target_first, bool parsed);

}  // namespace dyad
