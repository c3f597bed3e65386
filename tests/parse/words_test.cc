#include "parse/words.h"

#include <gtest/gtest.h>

#include <string>

#include "segment/segment.h"

namespace dyad::parse {
namespace {

// dyad's tokens of `text`, turned into parser words, joined with "|".
std::string words_of(const std::string& text) {
  std::vector<std::string_view> tokens;
  for (const auto& t : Segmenter::tokenize(text, 0))
    tokens.push_back(std::string_view(text).substr(t.span.begin, t.span.end - t.span.begin));
  std::vector<ParserWord> words;
  parser_words(tokens, words);
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += w.text;
  }
  return out;
}

TEST(ParserWords, SplitsCliticsLikeUd) {
  EXPECT_EQ(words_of("They don't know."), "They|do|n't|know|.");
  EXPECT_EQ(words_of("I'm sure we can't, it's late"), "I|'m|sure|we|ca|n't|,|it|'s|late");
  EXPECT_EQ(words_of("He cannot go and we’re gonna stay"), "He|can|not|go|and|we|’re|gon|na|stay");
  EXPECT_EQ(words_of("Iran's minister"), "Iran|'s|minister");
}

TEST(ParserWords, SplitsHyphensExceptAfterKeptPrefixes) {
  EXPECT_EQ(words_of("Bagheri-Kani sent an e-mail on a non-stop flight"),
            "Bagheri|-|Kani|sent|an|e-mail|on|a|non-stop|flight");
}

TEST(ParserWords, JoinsNumbersAndPunctuationRuns) {
  EXPECT_EQ(words_of("About 256,000 people... really?!"), "About|256,000|people|...|really|?|!");
}

TEST(ParserWords, MapsWordsBackToTokens) {
  const std::string text = "We don't pay 1,000,000 dollars";
  std::vector<std::string_view> tokens;
  for (const auto& t : Segmenter::tokenize(text, 0))
    tokens.push_back(std::string_view(text).substr(t.span.begin, t.span.end - t.span.begin));
  std::vector<ParserWord> words;
  parser_words(tokens, words);
  ASSERT_EQ(words.size(), 6u);
  EXPECT_EQ(words[1].first_token, 1u);  // "do" and "n't" both come from "don't"
  EXPECT_EQ(words[2].first_token, 1u);
  EXPECT_EQ(words[4].text, "1,000,000");
  EXPECT_EQ(words[4].last_token, tokens.size() - 2);
}

}  // namespace
}  // namespace dyad::parse
