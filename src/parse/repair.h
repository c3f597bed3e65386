// Repairs of attachment errors a greedy parser makes in long news sentences, where the
// tree it built breaks a rule of English that the words themselves show:
// - a noun or name in a list hung on the verb as its conjunct or as a bare oblique after a comma
//   ("asking Britain, France and Germany to …": France conj> asking or obl> asking) is a
//   conjunct of the verb's object that precedes it;
// - a phrase with a preposition of its own hung as the conjunct of an oblique ("agreed on
//   Monday by Putin": Putin conj> Monday) is an oblique of the same verb.
// - a finite verb hung as the conjunct of a bare infinitive ("said his troops would liberate
//   the country and warned the Kurds": warned conj> liberate) is the conjunct of the finite
//   verb of the same form whose complement the infinitive is (warned conj> said).
// - a passive agent without "by" on a participle that describes the root noun ("Israeli troops
//   killed at least eight militants": militants obl:agent> killed acl> troops) is the object of
//   the sentence's main verb, and the noun its subject;
// - a name, "today" (or "yesterday", "tonight", a day of the week) and a finite verb
//   read as a root name with the verb hung on it ("Nigeria today announced": announced
//   parataxis> Nigeria; "warships on Monday launched": launched acl:relcl> warships, Monday
//   nsubj> launched) are subject, temporal oblique and main verb;
// - a subject hung on an oblique that has a preposition and no copula ("Bashir, following the
//   deal, has taken steps": Bashir nsubj> deal) is the subject of the verb the oblique hangs
//   on, when that verb has none (and is its passive subject when the verb is passive);
// - an infinitive hung on a day's name, "today", "tonight" or "yesterday" ("has until midnight
//   tonight to set the duty") is the infinitive of the word the time word modifies;
// - a subject before "unless", "as", "while" … beside the subordinate clause's own subject
//   ("The parliament threatened on Monday to break ties unless the Kremlin closed its base",
//   read with "closed" as the root and "threatened" a participle on "parliament") is the
//   subject of that participle, which is the main verb;
// - a "by" phrase after the comma that closes a clause set off between commas ("was accused of
//   misusing funds, much of it believed embezzled, by officials") is the agent of the passive
//   the clause interrupts;
// - an article's noun phrase running on into a possessor ("denounced as an ugly crime Serbia's
//   suppression of …") is an "as" phrase and the verb's object shifted after it;
// - a clause with "what" after a preposition ("In what has been described as a u-turn, X has
//   reneged") read as the main clause is the adverbial of the main clause after its comma.
// Reads UPOS, XPOS, heads and relations; changes heads and relations, and one tag: the
// participle that becomes the main verb in the passive-agent repair is tagged VBD, a past tense.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "parse/model.h"

namespace dyad::parse {

void repair_attachments(std::span<const std::string_view> words, std::vector<WordAnalysis>& tree);

}  // namespace dyad::parse
