// The clause layer on sentences parsed by hand (the fields the parse stage fills: upos, deprel,
// head), for readings the trained parser gives only on some sentences.
#include "events/syntax.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct Word {
  const char* text;
  int head;
  const char* deprel;
  const char* upos;
};

Sentence parsed(const std::vector<Word>& words) {
  Sentence sentence;
  for (const Word& w : words) {
    Token t;
    t.norm = w.text;
    t.head = w.head;
    t.deprel = w.deprel;
    t.upos = w.upos;
    sentence.tokens.push_back(t);
  }
  return sentence;
}

TEST(SentenceSyntax, ADirectObjectFollowsItsVerbWithoutPunctuation) {
  const std::vector<ActorMention> none;
  // "Greece and Turkey met officials": an object of its own.
  const Sentence met = parsed(
      {{"they", 1, "nsubj", "PRON"}, {"met", -1, "root", "VERB"}, {"officials", 1, "obj", "NOUN"}});
  EXPECT_TRUE(SentenceSyntax(met, none, 0).has_object_outside(1, 1, 1));
  // "… came to an agreement – chiefly, detention …": the parser's "obj" after a dash is none.
  const Sentence came = parsed({{"they", 1, "nsubj", "PRON"},
                                {"came", -1, "root", "VERB"},
                                {"–", 3, "punct", "PUNCT"},
                                {"detention", 1, "obj", "NOUN"}});
  EXPECT_FALSE(SentenceSyntax(came, none, 0).has_object_outside(1, 1, 1));
}

TEST(SentenceSyntax, AModifierWithASubjectIsAVerbAndItsNounTheObject) {
  // "Kenyan tanks shelled Somali towns" parsed as a noun phrase: the noun the root, "shelled"
  // its modifier with a subject of its own.
  const Sentence shelled = parsed({{"kenyan", 1, "amod", "ADJ"},
                                   {"tanks", 2, "nsubj", "NOUN"},
                                   {"shelled", 3, "amod", "VERB"},
                                   {"somalia", -1, "root", "PROPN"}});
  ActorMention somalia;
  somalia.first_token = somalia.last_token = 3;
  somalia.code = somalia.country = "SOM";
  somalia.kind = "country";
  const std::vector<ActorMention> mentions = {somalia};
  const SyntaxActors target = SentenceSyntax(shelled, mentions, 0).object_of(2, nullptr, false);
  EXPECT_EQ(target.actors, std::vector<std::size_t>{0}) << target.path;
  // A plain adjective is no verb: "the shelled Somalia" has no object.
  const Sentence adjective = parsed(
      {{"the", 2, "det", "DET"}, {"shelled", 2, "amod", "VERB"}, {"somalia", -1, "root", "PROPN"}});
  somalia.first_token = somalia.last_token = 2;
  const std::vector<ActorMention> moved = {somalia};
  EXPECT_FALSE(SentenceSyntax(adjective, moved, 0).object_of(1, nullptr, false).stated);
}

}  // namespace
}  // namespace dyad
