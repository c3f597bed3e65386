// Attachment repairs (parse/repair.h) of clause boundaries a greedy parser misses: an
// infinitive on a time word, a subject before a subordinator, a "by" phrase after an inserted
// clause, an object shifted after an "as" phrase. Trees written by hand as the parser gets them
// wrong, and near ones it gets right, which must stay.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/hand_tree.h"
#include "parse/repair.h"

namespace dyad::parse {
namespace {

using testing::repaired;
using testing::Word;

TEST(RepairClauses, AnInfinitiveOnATimeWordIsItsVerbs) {
  // Iran postponed the vote until late Monday to allow talks
  const auto out = repaired({{"Iran", "PROPN", "nsubj", 2},
                             {"postponed", "VERB", "root", 0, "VBD"},
                             {"the", "DET", "det", 4},
                             {"vote", "NOUN", "obj", 2},
                             {"until", "ADP", "case", 7},
                             {"late", "ADJ", "amod", 7},
                             {"Monday", "PROPN", "obl", 2},
                             {"to", "PART", "mark", 9},
                             {"allow", "VERB", "acl", 7, "VB"},
                             {"talks", "NOUN", "obj", 9}});
  EXPECT_EQ(out[8], "2:advcl");
  EXPECT_EQ(out[6], "2:obl");
}

TEST(RepairClauses, AMonthMayTakeAnInfinitive) {
  // June will be the month to see what they do
  const auto out = repaired({{"June", "PROPN", "nsubj", 5},
                             {"will", "AUX", "aux", 5},
                             {"be", "AUX", "cop", 5},
                             {"the", "DET", "det", 5},
                             {"month", "NOUN", "root", 0},
                             {"to", "PART", "mark", 7},
                             {"see", "VERB", "acl", 5, "VB"}});
  EXPECT_EQ(out[6], "5:acl");
}

TEST(RepairClauses, AnInfinitiveOnAnotherNounStays) {
  // Iran made a proposal to allow talks : a noun may take an infinitive
  const auto out = repaired({{"Iran", "PROPN", "nsubj", 2},
                             {"made", "VERB", "root", 0, "VBD"},
                             {"a", "DET", "det", 4},
                             {"proposal", "NOUN", "obj", 2},
                             {"to", "PART", "mark", 6},
                             {"allow", "VERB", "acl", 4, "VB"},
                             {"talks", "NOUN", "obj", 6}});
  EXPECT_EQ(out[5], "4:acl");
}

TEST(RepairClauses, AnInfinitiveAfterAnotherVerbStaysOffTheTimeWordsHead) {
  // towns surrendered after a week of attacks forced people to flee : "forced" is in between
  const auto out = repaired({{"towns", "NOUN", "nsubj", 2},
                             {"surrendered", "VERB", "root", 0, "VBD"},
                             {"after", "ADP", "case", 5},
                             {"a", "DET", "det", 5},
                             {"week", "NOUN", "obl", 2},
                             {"of", "ADP", "case", 7},
                             {"attacks", "NOUN", "nmod", 5},
                             {"forced", "VERB", "acl", 7, "VBD"},
                             {"people", "NOUN", "obj", 8},
                             {"to", "PART", "mark", 11},
                             {"flee", "VERB", "acl", 5, "VB"}});
  EXPECT_EQ(out[10], "5:acl");
}

// The parliament threatened on Monday to cut ties unless Moscow closed its base
std::vector<Word> threatened_unless(std::string_view subordinator) {
  return {{"The", "DET", "det", 2},
          {"parliament", "NOUN", "nsubj", 13},
          {"threatened", "VERB", "acl", 2, "VBN"},
          {"on", "ADP", "case", 5},
          {"Monday", "PROPN", "obl", 3},
          {"to", "PART", "mark", 7},
          {"cut", "VERB", "acl", 2, "VB"},
          {"ties", "NOUN", "obj", 7},
          {",", "PUNCT", "punct", 13},
          {subordinator, "SCONJ", "mark", 13},
          {"the", "DET", "det", 12},
          {"Kremlin", "PROPN", "nsubj", 13},
          {"closed", "VERB", "root", 0, "VBD"},
          {"its", "PRON", "nmod:poss", 15},
          {"base", "NOUN", "obj", 13}};
}

TEST(RepairClauses, ASubjectBeforeUnlessIsTheMainClauses) {
  const auto out = repaired(threatened_unless("unless"));
  EXPECT_EQ(out[2], "0:root");     // threatened
  EXPECT_EQ(out[1], "3:nsubj");    // parliament
  EXPECT_EQ(out[6], "3:xcomp");    // to cut
  EXPECT_EQ(out[12], "3:advcl");   // closed
  EXPECT_EQ(out[11], "13:nsubj");  // the Kremlin stays the subject of its clause
  EXPECT_EQ(out[8], "3:punct");    // the comma before "unless"
  EXPECT_EQ(out[9], "13:mark");
}

TEST(RepairClauses, ASubjectBeforeThatStays) {
  // "that" opens a complement, which may follow its subject in a tree of "the fact … is that"
  const auto out = repaired(threatened_unless("that"));
  EXPECT_EQ(out[12], "0:root");
  EXPECT_EQ(out[2], "2:acl");
}

TEST(RepairClauses, OneSubjectOnlyStays) {
  // The ban imposed on Monday , unless lifted , closed the base : no second subject
  auto words = threatened_unless("unless");
  words[11] = {"Kremlin", "PROPN", "obl", 13};
  const auto out = repaired(words);
  EXPECT_EQ(out[12], "0:root");
}

// X has been accused of misusing funds , much of it embezzled , by officials
std::vector<Word> accused_by(bool comma_before_by) {
  std::vector<Word> words = {{"X", "PROPN", "nsubj:pass", 4},
                             {"has", "AUX", "aux", 4},
                             {"been", "AUX", "aux:pass", 4},
                             {"accused", "VERB", "root", 0, "VBN"},
                             {"of", "SCONJ", "mark", 6},
                             {"misusing", "VERB", "advcl", 4, "VBG"},
                             {"funds", "NOUN", "obj", 6},
                             {",", "PUNCT", "punct", 12},
                             {"much", "ADJ", "nsubj", 12},
                             {"of", "ADP", "case", 11},
                             {"it", "PRON", "nmod", 9},
                             {"believed", "VERB", "parataxis", 4, "VBN"},
                             {"embezzled", "VERB", "xcomp", 12, "VBN"}};
  if (comma_before_by) words.push_back({",", "PUNCT", "punct", 16});
  const int officials = comma_before_by ? 16 : 15;
  words.push_back({"by", "ADP", "case", officials});
  words.push_back({"officials", "NOUN", "obl", 13});
  return words;
}

TEST(RepairClauses, AByPhraseAfterAnInsertedClauseIsTheAgentOfThePassiveItInterrupts) {
  const auto out = repaired(accused_by(true));
  EXPECT_EQ(out[15], "4:obl:agent");
}

TEST(RepairClauses, AByPhraseWithoutTheClosingCommaStays) {
  const auto out = repaired(accused_by(false));
  EXPECT_EQ(out[14], "13:obl");
}

TEST(RepairClauses, AnObjectShiftedAfterAnAsPhrase) {
  // Albania denounced as an ugly crime Serbia 's suppression of unrest
  const auto out = repaired({{"Albania", "PROPN", "nsubj", 2},
                             {"denounced", "VERB", "root", 0, "VBD"},
                             {"as", "ADP", "case", 9},
                             {"an", "DET", "det", 9},
                             {"ugly", "ADJ", "amod", 6},
                             {"crime", "NOUN", "compound", 9},
                             {"Serbia", "PROPN", "nmod:poss", 9},
                             {"'s", "PART", "case", 7},
                             {"suppression", "NOUN", "obl", 2},
                             {"of", "ADP", "case", 11},
                             {"unrest", "NOUN", "nmod", 9}});
  EXPECT_EQ(out[5], "2:obl");   // crime: the "as" phrase
  EXPECT_EQ(out[2], "6:case");  // as
  EXPECT_EQ(out[3], "6:det");   // an
  EXPECT_EQ(out[4], "6:amod");  // ugly
  EXPECT_EQ(out[8], "2:obj");   // suppression: the object
  EXPECT_EQ(out[6], "9:nmod:poss");
}

TEST(RepairClauses, AnAsPhraseWithoutAPossessorStays) {
  // Albania denounced as an ugly crime the suppression : an article, no possessor
  const auto out = repaired({{"Albania", "PROPN", "nsubj", 2},
                             {"denounced", "VERB", "root", 0, "VBD"},
                             {"as", "ADP", "case", 6},
                             {"an", "DET", "det", 6},
                             {"ugly", "ADJ", "amod", 6},
                             {"crime", "NOUN", "obl", 2}});
  EXPECT_EQ(out[5], "2:obl");
}

// In what was called a u-turn , President Ruto has dropped the plan
std::vector<Word> in_what(std::string_view preposition) {
  return {{preposition, "ADP", "case", 2},
          {"what", "PRON", "nsubj:pass", 4},
          {"was", "AUX", "aux:pass", 4},
          {"called", "VERB", "root", 0, "VBN"},
          {"a", "DET", "det", 6},
          {"u-turn", "NOUN", "obj", 4},
          {",", "PUNCT", "punct", 9},
          {"President", "PROPN", "nmod:desc", 9},
          {"Ruto", "PROPN", "appos", 6},
          {"has", "AUX", "aux", 11},
          {"dropped", "VERB", "conj", 4, "VBN"},
          {"the", "DET", "det", 13},
          {"plan", "NOUN", "obj", 11},
          {".", "PUNCT", "punct", 4}};
}

TEST(RepairClauses, AFrontedClauseAfterAPrepositionIsAnAdverbial) {
  const auto out = repaired(in_what("In"));
  EXPECT_EQ(out[10], "0:root");    // dropped
  EXPECT_EQ(out[8], "11:nsubj");   // Ruto
  EXPECT_EQ(out[3], "11:advcl");   // called
  EXPECT_EQ(out[13], "11:punct");  // the full stop
  EXPECT_EQ(out[1], "4:nsubj:pass");
}

TEST(RepairClauses, WhatWithoutAPrepositionHeadsTheSentence) {
  // What was called a u-turn , … : "what" opens the sentence; no preposition governs it
  auto words = in_what("In");
  words.erase(words.begin());
  for (auto& w : words)
    if (w.head > 0) --w.head;
  const auto out = repaired(words);
  EXPECT_EQ(out[2], "0:root");
}

// Bashir , following the deal , has taken steps
std::vector<Word> following_the_deal(std::string_view cop_or_aux) {
  return {{"Bashir", "PROPN", "nsubj", 5},
          {",", "PUNCT", "punct", 5},
          {"following", "VERB", "case", 5, "VBG"},
          {"the", "DET", "det", 5},
          {"deal", "NOUN", "obl", 8},
          {",", "PUNCT", "punct", 5},
          {"has", "AUX", cop_or_aux, cop_or_aux == "cop" ? 5 : 8},
          {"taken", "VERB", "root", 0, "VBN"},
          {"steps", "NOUN", "obj", 8}};
}

TEST(RepairClauses, ASubjectOnAPrepositionalPhraseIsTheVerbs) {
  const auto out = repaired(following_the_deal("aux"));
  EXPECT_EQ(out[0], "8:nsubj");
  EXPECT_EQ(out[4], "8:obl");
}

TEST(RepairClauses, TheSubjectOfAWithClauseStays) {
  // With this in mind , traders bought : "this" has a preposition of its own
  const auto out = repaired({{"With", "ADP", "case", 2},
                             {"this", "PRON", "nsubj", 4},
                             {"in", "ADP", "case", 4},
                             {"mind", "NOUN", "obl", 7},
                             {",", "PUNCT", "punct", 4},
                             {"traders", "NOUN", "obj", 7},
                             {"bought", "VERB", "root", 0, "VBD"}});
  EXPECT_EQ(out[1], "4:nsubj");
}

TEST(RepairClauses, ASubjectOfAPredicatePhraseStays) {
  // "Iran is in talks": a copula makes the phrase a predicate, with a subject of its own
  const auto out = repaired(following_the_deal("cop"));
  EXPECT_EQ(out[0], "5:nsubj");
}

TEST(RepairClauses, ASubjectMovedToAPassiveIsItsPassiveSubject) {
  auto words = following_the_deal("aux");
  words.insert(words.begin() + 7, {"been", "AUX", "aux:pass", 8});
  for (auto& w : words)
    if (w.head >= 8) ++w.head;
  words[6].head = 9;  // has
  const auto out = repaired(words);
  EXPECT_EQ(out[0], "9:nsubj:pass");
}

}  // namespace
}  // namespace dyad::parse
