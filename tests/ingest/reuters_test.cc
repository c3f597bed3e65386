// Reuters-21578 SGML files read as documents: stories with their titles, dates and datelines,
// briefs as headlines, unprocessed tables and broken stories reported; the entity and date
// helpers the bench converter shares.
#include "ingest/reuters.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/temp_dir.h"

namespace dyad {
namespace {

// The shape of reut2-NNN.sgm, with stories written for this test: Latin-1 bytes, entities,
// wire noise in <UNKNOWN>, a hard-wrapped body with indented paragraphs.
const std::string kFile =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"101\" "
    "NEWID=\"7\">\n"
    "<DATE> 3-MAR-1987 10:15:02.41</DATE>\n"
    "<TOPICS></TOPICS>\n<PLACES><D>armenia</D><D>azerbaijan</D></PLACES>\n"
    "<UNKNOWN> \n&#5;&#5;&#5;F\n&#22;&#22;&#1;f0101&#31;reute\nu f BC-ARMENIA-TALKS   03-03 "
    "0090</UNKNOWN>\n"
    "<TEXT>&#2;\n"
    "<TITLE>ARMENIA, AZERBAIJAN AGREE TO RESUME TALKS</TITLE>\n"
    "<DATELINE>    YEREVAN, March 3 - </DATELINE><BODY>The foreign ministers of Armenia and\n"
    "Azerbaijan agreed on Tuesday to resume talks on the border &lt;ABC&gt; next\n"
    "month, the Armenian foreign ministry said in a statement.\n"
    "    The ministers will meet in Z\xFCrich, where earlier rounds were\n"
    "held, and will discuss the return of displaced families, it said.\n"
    " REUTER\n&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"102\" "
    "NEWID=\"8\">\n"
    "<DATE>3-MAR-1987 11:00:00.00</DATE>\n"
    "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>TURKEY CONDEMNS BORDER SHELLING\n</TITLE>Blah "
    "blah blah.\n&#3;\n\n</TEXT>\n"
    "</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"103\" "
    "NEWID=\"9\">\n"
    "<DATE>3-MAR-1987 12:00:00.00</DATE>\n"
    "<TEXT TYPE=\"UNPROC\">&#2;\nWEEKLY RESERVES REPORT\n Net free reserves....644 vs...1,337\n"
    "&#3;</TEXT>\n"
    "</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" OLDID=\"104\" NEWID=\"10\">\n<DATE>3-MAR-1987</DATE>\n<TEXT>&#2;\n"
    "<TITLE>CUT OFF</TITLE><BODY>The file ends in the middle";

TEST(ReutersSgml, StoriesAreDocumentsWithTitleDateAndDateline) {
  const auto stories = read_reuters_sgml(kFile, "reut2-900.sgm");
  ASSERT_EQ(stories.size(), 4u);
  ASSERT_TRUE(stories[0].document) << stories[0].problem;
  const Document& doc = *stories[0].document;
  EXPECT_EQ(doc.id, "reuters-7");
  EXPECT_EQ(doc.origin, "reut2-900.sgm@" + std::to_string(kFile.find("<REUTERS")));
  EXPECT_EQ(doc.format, "reuters");
  EXPECT_EQ(doc.meta.title, "ARMENIA, AZERBAIJAN AGREE TO RESUME TALKS");
  EXPECT_EQ(doc.meta.date, "1987-03-03");
  EXPECT_EQ(doc.meta.date_source, "Reuters-21578 <DATE>");
  EXPECT_EQ(doc.meta.source, "Reuters");
  // The dateline leads the text; the wrapped lines are one paragraph per indented paragraph;
  // entities and Latin-1 are decoded; the wire's noise never reaches the text.
  EXPECT_EQ(doc.text,
            "YEREVAN, March 3 - The foreign ministers of Armenia and Azerbaijan agreed on Tuesday "
            "to resume talks on the border <ABC> next month, the Armenian foreign ministry said "
            "in a statement.\n"
            "    The ministers will meet in Z\xC3\xBCrich, where earlier rounds were held, and "
            "will discuss the return of displaced families, it said.\n"
            " REUTER");
}

TEST(ReutersSgml, BriefIsItsHeadlineAndTablesAndBrokenStoriesAreReported) {
  const auto stories = read_reuters_sgml(kFile, "reut2-900.sgm");
  ASSERT_EQ(stories.size(), 4u);
  ASSERT_TRUE(stories[1].document) << stories[1].problem;
  EXPECT_EQ(stories[1].document->id, "reuters-8");
  EXPECT_EQ(stories[1].document->text, "TURKEY CONDEMNS BORDER SHELLING");
  EXPECT_FALSE(stories[1].document->meta.title);  // not twice: the headline is the text
  EXPECT_EQ(stories[1].document->meta.date, "1987-03-03");
  EXPECT_FALSE(stories[2].document);
  EXPECT_EQ(stories[2].problem,
            "Reuters story 9 has no article text (TYPE=\"UNPROC\": unprocessed tables)");
  EXPECT_FALSE(stories[3].document);
  EXPECT_EQ(stories[3].problem, "Reuters story not closed by </REUTERS>");
}

TEST(ReutersSgml, SgmFilesAreIngestedStoryByStory) {
  testing::TempDir dir;
  const auto got = testing::ingest_all({dir.write("reut2-900.sgm", kFile)});
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_EQ(got.documents[0].id, "reuters-7");
  EXPECT_EQ(got.documents[0].language, "en");
  EXPECT_EQ(got.documents[1].id, "reuters-8");
  // The tables are no article: reported as such; the broken story is an error.
  const std::string file = (dir.path() / "reut2-900.sgm").string();
  ASSERT_EQ(got.not_articles.size(), 1u);
  EXPECT_EQ(got.not_articles[0].file,
            file + "@" + std::to_string(kFile.rfind("<REUTERS", kFile.find("NEWID=\"9\""))));
  EXPECT_NE(got.not_articles[0].reason.find("UNPROC"), std::string::npos);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].message, "Reuters story not closed by </REUTERS>");
  // A file named .sgm that holds no Reuters stories is markup dyad has no reader for.
  const auto other = testing::ingest_all(
      {dir.write("notes.sgm", "<!DOCTYPE records>\n<RECORD><BODY>hello</BODY></RECORD>\n")});
  EXPECT_TRUE(other.documents.empty());
  EXPECT_TRUE(other.errors.empty());
  ASSERT_EQ(other.not_articles.size(), 1u);
  EXPECT_NE(other.not_articles[0].reason.find("SGML/XML markup"), std::string::npos);
}

TEST(ReutersSgml, DecodesEntitiesAndDropsControlCharacters) {
  EXPECT_EQ(decode_sgml_latin1("&#2;\n<BODY>a &lt;b&gt; &amp; c&#3;"), "\n<BODY>a <b> & c");
  EXPECT_EQ(decode_sgml_latin1("&#5;&#5;&#5;C T &#22;&#1;f0704&#31;reute"), "C T f0704reute");
  EXPECT_EQ(decode_sgml_latin1("500 mln dlr&#127;untied"), "500 mln dlr untied");
  EXPECT_EQ(decode_sgml_latin1("&#x41;&#66;"), "AB");
  EXPECT_EQ(decode_sgml_latin1("AT&T &unknown; &#;"), "AT&T &unknown; &#;");
  EXPECT_EQ(decode_sgml_latin1("tab\there\r\n"), "tab\there\r\n");
}

TEST(ReutersSgml, TurnsLatin1IntoUtf8) {
  EXPECT_EQ(decode_sgml_latin1("growth.\xFC side"), "growth.\xC3\xBC side");  // ü
  EXPECT_EQ(decode_sgml_latin1("\x85\x9F"), "");                              // C1 controls
  EXPECT_EQ(decode_sgml_latin1("&#233;"), "\xC3\xA9");                        // é
  EXPECT_EQ(decode_sgml_latin1("&#1114112;"), "\xEF\xBF\xBD");                // past U+10FFFF
}

TEST(ReutersSgml, ParsesReutersDates) {
  EXPECT_EQ(reuters_date("26-FEB-1987 15:01:01.79"), "1987-02-26");
  EXPECT_EQ(reuters_date(" 5-MAR-1987 09:33:46.24"), "1987-03-05");
  EXPECT_EQ(reuters_date("19-oct-1987 00:00:00.00"), "1987-10-19");
  EXPECT_EQ(reuters_date("32-FEB-1987"), std::nullopt);
  EXPECT_EQ(reuters_date("26-FOO-1987"), std::nullopt);
  EXPECT_EQ(reuters_date(""), std::nullopt);
}

// The real corpus, when ../shared has it: every story accounted for.
TEST(ReutersSgml, TheCorpusFileReadsAsItsStories) {
  const std::filesystem::path file =
      std::filesystem::path(DYAD_SHARED_DIR) / "corpora/reuters21578/sgm-data/reut2-000.sgm";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << file << " is absent (../shared)";
  const auto got = testing::ingest_all({file});
  EXPECT_EQ(got.documents.size() + got.not_articles.size(), 1000u);
  EXPECT_TRUE(got.errors.empty());
  ASSERT_FALSE(got.documents.empty());
  EXPECT_EQ(got.documents[0].id, "reuters-1");
  EXPECT_EQ(got.documents[0].meta.title, "BAHIA COCOA REVIEW");
  EXPECT_EQ(got.documents[0].meta.date, "1987-02-26");
  EXPECT_TRUE(
      got.documents[0].text.starts_with("SALVADOR, Feb 26 - Showers continued throughout "
                                        "the week in the Bahia cocoa zone, alleviating"))
      << got.documents[0].text.substr(0, 200);
  for (const auto& table : got.not_articles)
    EXPECT_NE(table.reason.find("UNPROC"), std::string::npos);
}

}  // namespace
}  // namespace dyad
