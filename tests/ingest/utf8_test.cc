#include "util/utf8.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(RepairUtf8, LeavesValidTextAlone) {
  std::string text = "Tehran — “Iran” Ünal 東京";
  const std::string before = text;
  EXPECT_EQ(repair_utf8(text), 0u);
  EXPECT_EQ(text, before);
}

TEST(RepairUtf8, ReplacesEachInvalidSequence) {
  std::string text = "caf\xE9 and \xC3 na\xEF\xBF\xBDve \xF0\x9F\x98";  // Latin-1 é, cut sequences
  EXPECT_EQ(repair_utf8(text), 3u);
  EXPECT_EQ(text, "caf\uFFFD and \uFFFD na\uFFFDve \uFFFD");
}

TEST(RepairUtf8, RejectsOverlongAndSurrogateEncodings) {
  std::string overlong =
      "a\xC0\xAF"
      "b";  // overlong "/"
  EXPECT_GT(repair_utf8(overlong), 0u);
  std::string surrogate = "x\xED\xA0\x80y";  // UTF-16 surrogate encoded in UTF-8
  EXPECT_GT(repair_utf8(surrogate), 0u);
  EXPECT_EQ(surrogate.front(), 'x');
  EXPECT_EQ(surrogate.back(), 'y');
}

// Long ASCII runs are skipped eight bytes at a time: sequences at every offset in and after
// them are still seen, the last ones too.
TEST(RepairUtf8, FindsSequencesAtEveryOffsetAfterAsciiRuns) {
  for (std::size_t ascii = 0; ascii < 20; ++ascii) {
    std::string text = std::string(ascii, 'a') + "\xE9" + std::string(ascii, 'b') + "\xC3";
    EXPECT_EQ(repair_utf8(text), 2u) << ascii;
    EXPECT_EQ(text, std::string(ascii, 'a') + "\uFFFD" + std::string(ascii, 'b') + "\uFFFD");
    const std::string valid = std::string(ascii, 'a') + "Ü" + std::string(ascii, 'b');
    const Utf8Census census = utf8_census(valid);
    EXPECT_EQ(census.multibyte, 1u) << ascii;
    EXPECT_EQ(census.invalid, 0u) << ascii;
  }
}

TEST(ShortenUtf8, CutsOnCharacterBoundary) {
  EXPECT_EQ(shorten_utf8("abc", 10), "abc");
  EXPECT_EQ(shorten_utf8("aéé", 2), "a…");  // é is two bytes: cutting at 2 would split it
}

TEST(Trim, RemovesAsciiAndNoBreakSpaces) {
  EXPECT_EQ(trim("  \t x y \xC2\xA0\n"), "x y");
  EXPECT_EQ(trim(" \xC2\xA0 "), "");
}

}  // namespace
}  // namespace dyad
