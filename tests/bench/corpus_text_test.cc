// The text helpers behind the corpus converters in bench/ (Reuters SGML, Guardian CSV).
#include <gtest/gtest.h>

#include "../../bench/corpus_text.h"

namespace {

using dyad::bench::decode_sgml_latin1;
using dyad::bench::repair_utf8;
using dyad::bench::reuters_date;

TEST(CorpusText, DecodesReutersEntitiesAndDropsControlCharacters) {
  EXPECT_EQ(decode_sgml_latin1("&#2;\n<BODY>a &lt;b&gt; &amp; c&#3;"), "\n<BODY>a <b> & c");
  EXPECT_EQ(decode_sgml_latin1("&#5;&#5;&#5;C T &#22;&#1;f0704&#31;reute"), "C T f0704reute");
  EXPECT_EQ(decode_sgml_latin1("500 mln dlr&#127;untied"), "500 mln dlr untied");
  EXPECT_EQ(decode_sgml_latin1("&#x41;&#66;"), "AB");
  EXPECT_EQ(decode_sgml_latin1("AT&T &unknown; &#;"), "AT&T &unknown; &#;");
  EXPECT_EQ(decode_sgml_latin1("tab\there\r\n"), "tab\there\r\n");
}

TEST(CorpusText, TurnsLatin1IntoUtf8) {
  EXPECT_EQ(decode_sgml_latin1("growth.\xFC side"), "growth.\xC3\xBC side");  // ü
  EXPECT_EQ(decode_sgml_latin1("\x85\x9F"), "");                             // C1 controls
  EXPECT_EQ(decode_sgml_latin1("&#233;"), "\xC3\xA9");                       // é
  EXPECT_EQ(decode_sgml_latin1("&#1114112;"), "\xEF\xBF\xBD");               // past U+10FFFF
}

TEST(CorpusText, RepairsInvalidUtf8) {
  std::string out;
  EXPECT_EQ(repair_utf8("Syria\xE2\x80\x99s", out), 0u);
  EXPECT_EQ(out, "Syria\xE2\x80\x99s");
  EXPECT_EQ(repair_utf8("a\xFF" "b\xC3", out), 2u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("\xC0\xAF", out), 2u);  // overlong '/'
  EXPECT_EQ(repair_utf8("x\x01y", out), 0u);
  EXPECT_EQ(out, "xy");
}

TEST(CorpusText, ParsesReutersDates) {
  EXPECT_EQ(reuters_date("26-FEB-1987 15:01:01.79"), "1987-02-26");
  EXPECT_EQ(reuters_date(" 5-MAR-1987 09:33:46.24"), "1987-03-05");
  EXPECT_EQ(reuters_date("19-oct-1987 00:00:00.00"), "1987-10-19");
  EXPECT_EQ(reuters_date("32-FEB-1987"), std::nullopt);
  EXPECT_EQ(reuters_date("26-FOO-1987"), std::nullopt);
  EXPECT_EQ(reuters_date(""), std::nullopt);
}

}  // namespace
