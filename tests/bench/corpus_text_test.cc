// The text helpers behind the corpus converters in bench/ (Reuters SGML:
// tests/ingest/reuters_test).
#include "../../bench/corpus_text.h"

#include <gtest/gtest.h>

namespace {

using dyad::bench::repair_utf8;

TEST(CorpusText, RepairsInvalidUtf8) {
  std::string out;
  EXPECT_EQ(repair_utf8("Syria\xE2\x80\x99s", out), 0u);
  EXPECT_EQ(out, "Syria\xE2\x80\x99s");
  EXPECT_EQ(repair_utf8("a\xFF"
                        "b\xC3",
                        out),
            2u);
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("\xC0\xAF", out), 2u);  // overlong '/'
  EXPECT_EQ(repair_utf8("x\x01y", out), 0u);
  EXPECT_EQ(out, "xy");
}

}  // namespace
