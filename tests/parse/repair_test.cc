// Attachment repairs (parse/repair.h) on trees written by hand as a greedy parser gets them wrong.
#include "parse/repair.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dyad::parse {
namespace {

struct Word {
  std::string_view form, upos, deprel;
  int head;  // 1-based as in CoNLL-U; 0 is the root
  std::string_view xpos = "";
};

// Builds the tree, repairs it, and returns "head:deprel" per word (1-based heads).
std::vector<std::string> repaired(const std::vector<Word>& sentence) {
  std::vector<std::string_view> forms;
  std::vector<WordAnalysis> tree;
  for (const auto& w : sentence) {
    forms.push_back(w.form);
    WordAnalysis a;
    a.upos = w.upos;
    a.xpos = !w.xpos.empty() ? w.xpos : w.form == "agreed" ? "VBN" : "";
    a.deprel = w.deprel;
    a.head = w.head - 1;
    tree.push_back(a);
  }
  repair_attachments(forms, tree);
  std::vector<std::string> out;
  for (const auto& a : tree)
    out.push_back(std::to_string(a.head + 1) + ":" + std::string(a.deprel));
  return out;
}

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
                             {"agreed", "VERB", "root", 0},
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

TEST(Repair, AFiniteVerbJoinsTheFiniteVerbNotABareInfinitive) {
  // Assad said troops would liberate it and warned the Kurds
  const auto out = repaired({{"Assad", "PROPN", "nsubj", 2},
                             {"said", "VERB", "root", 0, "VBD"},
                             {"troops", "NOUN", "nsubj", 5},
                             {"would", "AUX", "aux", 5, "MD"},
                             {"liberate", "VERB", "ccomp", 2, "VB"},
                             {"it", "PRON", "obj", 5},
                             {"and", "CCONJ", "cc", 8},
                             {"warned", "VERB", "conj", 5, "VBD"},
                             {"the", "DET", "det", 10},
                             {"Kurds", "PROPN", "obj", 8}});
  EXPECT_EQ(out[7], "2:conj");
  EXPECT_EQ(out[6], "8:cc");  // its "and" stays with it
}

TEST(Repair, VerbConjunctsOfTheSameFormStay) {
  // Assad said troops would liberate it and warn the Kurds: both bare, both "would"
  const auto bare = repaired({{"Assad", "PROPN", "nsubj", 2},
                              {"said", "VERB", "root", 0, "VBD"},
                              {"troops", "NOUN", "nsubj", 5},
                              {"would", "AUX", "aux", 5, "MD"},
                              {"liberate", "VERB", "ccomp", 2, "VB"},
                              {"it", "PRON", "obj", 5},
                              {"and", "CCONJ", "cc", 8},
                              {"warn", "VERB", "conj", 5, "VB"}});
  EXPECT_EQ(bare[7], "5:conj");
  // Assad says troops would liberate it and warned …: the forms differ, nothing to join
  const auto tenses = repaired({{"Assad", "PROPN", "nsubj", 2},
                                {"says", "VERB", "root", 0, "VBZ"},
                                {"troops", "NOUN", "nsubj", 5},
                                {"would", "AUX", "aux", 5, "MD"},
                                {"liberate", "VERB", "ccomp", 2, "VB"},
                                {"and", "CCONJ", "cc", 7},
                                {"warned", "VERB", "conj", 5, "VBD"}});
  EXPECT_EQ(tenses[6], "5:conj");
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

}  // namespace
}  // namespace dyad::parse
