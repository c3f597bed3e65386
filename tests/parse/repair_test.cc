// Attachment repairs (parse/repair.h) on trees written by hand as a greedy parser gets them wrong.
#include "parse/repair.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "parse/hand_tree.h"

namespace dyad::parse {
namespace {

using testing::repaired;

TEST(Repair, ListMembersOnTheVerbJoinItsObject) {
  // Chile asked Peru , Bolivia and Ecuador to act
  const auto out = repaired({{"Chile", "PROPN", "nsubj", 2},
                             {"asked", "VERB", "root", 0},
                             {"Peru", "PROPN", "iobj", 2},
                             {",", "PUNCT", "punct", 5},
                             {"Bolivia", "PROPN", "obl", 2},
                             {"and", "CCONJ", "cc", 7},
                             {"Ecuador", "PROPN", "conj", 2},
                             {"to", "PART", "mark", 9},
                             {"act", "VERB", "advcl", 2}});
  EXPECT_EQ(out[4], "3:conj");
  EXPECT_EQ(out[6], "3:conj");
  EXPECT_EQ(out[8], "2:advcl");  // the verb's own clause stays
}

TEST(Repair, AVerbsConjunctWithoutAnEarlierObjectStays) {
  // Chile protested , Peru and Bolivia : no object for them to join
  const auto out = repaired({{"Chile", "PROPN", "nsubj", 2},
                             {"protested", "VERB", "root", 0},
                             {",", "PUNCT", "punct", 4},
                             {"Peru", "PROPN", "conj", 2}});
  EXPECT_EQ(out[3], "2:conj");
}

TEST(Repair, AnAgentHungOnADateBecomesTheVerbsAgent) {
  // The plan was agreed on Monday by Vladimir Putin and his counterpart
  const auto out = repaired({{"The", "DET", "det", 2},
                             {"plan", "NOUN", "nsubj:pass", 4},
                             {"was", "AUX", "aux:pass", 4},
                             {"agreed", "VERB", "root", 0, "VBN"},
                             {"on", "ADP", "case", 6},
                             {"Monday", "PROPN", "obl", 4},
                             {"by", "ADP", "case", 8},
                             {"Vladimir", "PROPN", "compound", 9},
                             {"Putin", "PROPN", "conj", 6},
                             {"and", "CCONJ", "cc", 12},
                             {"his", "PRON", "nmod:poss", 12},
                             {"counterpart", "NOUN", "conj", 6}});
  EXPECT_EQ(out[8], "4:obl:agent");
  EXPECT_EQ(out[11], "9:conj");  // the rest of the list moves with it
}

// "Assad <reported> troops would liberate it and <conjunct>": the reporting verb's form and the
// conjunct's form and tag vary; the conjunct is hung on the bare infinitive, as a parser may.
std::vector<std::string> liberate_and(std::string_view reported, std::string_view reported_tag,
                                      std::string_view conjunct, std::string_view conjunct_tag) {
  return repaired({{"Assad", "PROPN", "nsubj", 2},
                   {reported, "VERB", "root", 0, reported_tag},
                   {"troops", "NOUN", "nsubj", 5},
                   {"would", "AUX", "aux", 5, "MD"},
                   {"liberate", "VERB", "ccomp", 2, "VB"},
                   {"it", "PRON", "obj", 5},
                   {"and", "CCONJ", "cc", 8},
                   {conjunct, "VERB", "conj", 5, conjunct_tag},
                   {"Kurds", "PROPN", "obj", 8}});
}

TEST(Repair, AFiniteVerbJoinsTheFiniteVerbNotABareInfinitive) {
  const auto out = liberate_and("said", "VBD", "warned", "VBD");
  EXPECT_EQ(out[7], "2:conj");
  EXPECT_EQ(out[6], "8:cc");  // its "and" stays with it
  EXPECT_EQ(out[8], "8:obj");
}

TEST(Repair, VerbConjunctsOfTheSameFormStay) {
  // "… would liberate it and warn the Kurds": both bare, both "would"
  EXPECT_EQ(liberate_and("said", "VBD", "warn", "VB")[7], "5:conj");
  // "Assad says … and warned": the forms differ, nothing to join
  EXPECT_EQ(liberate_and("says", "VBZ", "warned", "VBD")[7], "5:conj");
}

TEST(Repair, ConjunctsWithTheSamePrepositionOrAnAndStay) {
  // talks in Paris and in London ; met on Monday , on Tuesday
  const auto same = repaired({{"talks", "NOUN", "root", 0},
                              {"in", "ADP", "case", 3},
                              {"Paris", "PROPN", "nmod", 1},
                              {"and", "CCONJ", "cc", 6},
                              {"in", "ADP", "case", 6},
                              {"London", "PROPN", "conj", 3}});
  EXPECT_EQ(same[5], "3:conj");
  const auto with_and = repaired({{"met", "VERB", "root", 0},
                                  {"in", "ADP", "case", 3},
                                  {"Paris", "PROPN", "obl", 1},
                                  {"and", "CCONJ", "cc", 6},
                                  {"near", "ADP", "case", 6},
                                  {"Lyon", "PROPN", "conj", 3}});
  EXPECT_EQ(with_and[5], "3:conj");
}

TEST(Repair, AnAgentWithoutByIsTheMainVerbsObject) {
  // Israeli troops killed at least eight militants .  (killed read as a participle on "troops")
  const auto out = repaired({{"Israeli", "ADJ", "amod", 2},
                             {"troops", "NOUN", "root", 0},
                             {"killed", "VERB", "acl", 2, "VBN"},
                             {"at", "ADP", "case", 5},
                             {"least", "ADJ", "nmod", 6},
                             {"eight", "NUM", "nummod", 7},
                             {"militants", "NOUN", "obl:agent", 3},
                             {".", "PUNCT", "punct", 2}});
  EXPECT_EQ(out[1], "3:nsubj");
  EXPECT_EQ(out[2], "0:root");
  EXPECT_EQ(out[6], "3:obj");
  EXPECT_EQ(out[7], "3:punct");
}

TEST(Repair, AnAgentWithByStaysAnAgent) {
  // soldiers killed by militants : a true passive participle
  const auto out = repaired({{"soldiers", "NOUN", "root", 0},
                             {"killed", "VERB", "acl", 1, "VBN"},
                             {"by", "ADP", "case", 4},
                             {"militants", "NOUN", "obl:agent", 2}});
  EXPECT_EQ(out[1], "1:acl");
  EXPECT_EQ(out[3], "2:obl:agent");
}

TEST(Repair, ANameTodayAndAVerbAreSubjectAdverbAndVerb) {
  // Nigeria today announced that it will withdraw  (announced read as a parataxis of Nigeria)
  const auto out = repaired({{"Nigeria", "PROPN", "root", 0},
                             {"today", "NOUN", "obl:unmarked", 3},
                             {"announced", "VERB", "parataxis", 1, "VBD"},
                             {"that", "SCONJ", "mark", 6},
                             {"it", "PRON", "nsubj", 6},
                             {"withdraw", "VERB", "ccomp", 3, "VB"},
                             {".", "PUNCT", "punct", 1}});
  EXPECT_EQ(out[0], "3:nsubj");
  EXPECT_EQ(out[1], "3:obl:tmod");
  EXPECT_EQ(out[2], "0:root");
  EXPECT_EQ(out[5], "3:ccomp");
  EXPECT_EQ(out[6], "3:punct");
}

TEST(Repair, TodayAsTheSubjectOfAClauseOnAName) {
  // Klibi today urged the Community  (urged a relative clause of Klibi, "today" its subject)
  const auto out = repaired({{"Klibi", "PROPN", "root", 0},
                             {"today", "NOUN", "nsubj", 3},
                             {"urged", "VERB", "acl:relcl", 1, "VBD"},
                             {"the", "DET", "det", 5},
                             {"Community", "PROPN", "obj", 3}});
  EXPECT_EQ(out[0], "3:nsubj");
  EXPECT_EQ(out[1], "3:obl:tmod");
  EXPECT_EQ(out[2], "0:root");
}

TEST(Repair, OnADayAsTheSubjectOfAClauseOnANoun) {
  // warships on Monday launched war games  (launched a relative clause of warships, Monday its
  // subject)
  const auto out = repaired({{"warships", "NOUN", "root", 0},
                             {"on", "ADP", "case", 3},
                             {"Monday", "PROPN", "nsubj", 4},
                             {"launched", "VERB", "acl:relcl", 1, "VBD"},
                             {"war", "NOUN", "compound", 6},
                             {"games", "NOUN", "obj", 4}});
  EXPECT_EQ(out[0], "4:nsubj");
  EXPECT_EQ(out[1], "3:case");
  EXPECT_EQ(out[2], "4:obl");
  EXPECT_EQ(out[3], "0:root");
  EXPECT_EQ(out[5], "4:obj");
}

TEST(Repair, ABareDayAsTheSubjectOfAClauseOnAName) {
  // Kenya Monday accused Uganda  (the wire's bare day, read as the clause's subject)
  const auto out = repaired({{"Kenya", "PROPN", "root", 0},
                             {"Monday", "PROPN", "nsubj", 3},
                             {"accused", "VERB", "acl:relcl", 1, "VBD"},
                             {"Uganda", "PROPN", "obj", 3}});
  EXPECT_EQ(out[0], "3:nsubj");
  EXPECT_EQ(out[1], "3:obl:tmod");
  EXPECT_EQ(out[2], "0:root");
}

TEST(Repair, ASubjectOnAnObliqueIsTheVerbs) {
  // Bashir , following the deal , has taken steps  (Bashir read as the subject of "deal")
  const auto out = repaired({{"Bashir", "PROPN", "nsubj", 4},
                             {",", "PUNCT", "punct", 4},
                             {"following", "VERB", "case", 4},
                             {"deal", "NOUN", "obl", 7},
                             {",", "PUNCT", "punct", 4},
                             {"has", "AUX", "aux", 7},
                             {"taken", "VERB", "root", 0, "VBN"},
                             {"steps", "NOUN", "obj", 7}});
  EXPECT_EQ(out[0], "7:nsubj");
  EXPECT_EQ(out[3], "7:obl");
}

TEST(Repair, ASubjectAfterTheObliquesFirstPrepositionStays) {
  // support for Thatcher following her trip  (the "for" went to "trip": leave it)
  const auto out = repaired({{"showing", "VERB", "root", 0, "VBG"},
                             {"support", "NOUN", "obj", 1},
                             {"for", "ADP", "case", 6},
                             {"Thatcher", "PROPN", "nsubj", 6},
                             {"following", "VERB", "case", 6},
                             {"trip", "NOUN", "obl", 1}});
  EXPECT_EQ(out[3], "6:nsubj");
}

TEST(Repair, APredicateNounWithACopulaKeepsItsSubject) {
  // Baghdad is in talks  (a predicate, not an oblique)
  const auto out = repaired({{"Baghdad", "PROPN", "nsubj", 4},
                             {"is", "AUX", "cop", 4},
                             {"in", "ADP", "case", 4},
                             {"talks", "NOUN", "root", 0}});
  EXPECT_EQ(out[0], "4:nsubj");
}

TEST(Repair, NoVerbRightAfterTheTimeWordNoRepair) {
  // the report today Iran denied : the verb does not follow the time word; nothing to repair
  const auto out = repaired({{"report", "NOUN", "root", 0},
                             {"today", "NOUN", "obl:unmarked", 4},
                             {"Iran", "PROPN", "nsubj", 4},
                             {"denied", "VERB", "acl:relcl", 1, "VBD"}});
  EXPECT_EQ(out[0], "0:root");
  EXPECT_EQ(out[3], "1:acl:relcl");
}

}  // namespace
}  // namespace dyad::parse
