#include "segment/segment.h"

#include <gtest/gtest.h>

#include "clean/clean.h"

namespace dyad {
namespace {

const Segmenter& segmenter() {
  static const Segmenter instance(DYAD_DATA_DIR);
  return instance;
}

std::vector<std::string> sentence_texts(const Article& article) {
  std::vector<std::string> out;
  for (const auto& sentence : segmenter().split(article))
    out.push_back(
        article.text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin));
  return out;
}

Article article_of(const std::string& text) {
  static const Cleaner cleaner(DYAD_DATA_DIR);
  Document doc;
  doc.id = "t";
  doc.text = text;
  return cleaner.clean(doc);
}

TEST(Segment, TitleAndDatelineAreSentencesOfTheirOwn) {
  const auto article = article_of(
      "Ministers Meet in Baku\n\nBAKU- The foreign ministers met on Monday. They agreed to meet "
      "again.\n");
  const auto sentences = segmenter().split(article);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].kind, Sentence::Kind::kTitle);
  EXPECT_EQ(sentences[1].kind, Sentence::Kind::kDateline);
  EXPECT_EQ(sentence_texts(article),
            (std::vector<std::string>{"Ministers Meet in Baku", "BAKU-",
                                      "The foreign ministers met on Monday.",
                                      "They agreed to meet again."}));
}

TEST(Segment, AbbreviationsAndInitialsDoNotEndSentences) {
  const auto article = article_of(
      "Talks Resume\n\nMr. Smith met U.S. officials in Washington on Jan. 5 with Gen. Ahadi. "
      "President George H. W. Bush ordered troops to Somalia. No. 10 said nothing.\n");
  EXPECT_EQ(
      sentence_texts(article),
      (std::vector<std::string>{
          "Talks Resume", "Mr. Smith met U.S. officials in Washington on Jan. 5 with Gen. Ahadi.",
          "President George H. W. Bush ordered troops to Somalia.", "No. 10 said nothing."}));
}

TEST(Segment, QuotedSpeechStaysWithItsAttribution) {
  const auto article = article_of(
      "Talks Resume\n\n\"We will talk,\" the minister said. \"Dialogue is the only way.\" He "
      "left.\n");
  EXPECT_EQ(sentence_texts(article),
            (std::vector<std::string>{"Talks Resume", "\"We will talk,\" the minister said.",
                                      "\"Dialogue is the only way.\"", "He left."}));
}

TEST(Tokenize, KeepsHyphenatedWordsAndSplitsPossessives) {
  const std::string text = "Iran's Bagheri-Kani met U.S. envoys, Azerbaijan’s too.";
  std::vector<std::string> tokens;
  for (const auto& token : Segmenter::tokenize(text, 0))
    tokens.push_back(text.substr(token.span.begin, token.span.end - token.span.begin));
  EXPECT_EQ(tokens, (std::vector<std::string>{"Iran", "'s", "Bagheri-Kani", "met", "U.S.", "envoys",
                                              ",", "Azerbaijan", "’s", "too", "."}));
}

TEST(Tokenize, OffsetsAreRelativeToTheBase) {
  const auto tokens = Segmenter::tokenize("a b", 100);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].span, (Span{102, 103}));
}

}  // namespace
}  // namespace dyad
