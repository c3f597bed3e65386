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
