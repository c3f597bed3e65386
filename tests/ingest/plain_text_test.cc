// Hard-wrapped plain text: paragraphs rebuilt, other text left alone.
#include "ingest/plain_text.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace dyad {
namespace {

// Wire copy: a line break every ~65 characters, paragraphs indented, no blank lines.
const std::string kWireStory =
    "ARMENIA, AZERBAIJAN AGREE TO RESUME BORDER TALKS\n"
    "    YEREVAN, March 3 - The foreign ministers of Armenia and\n"
    "Azerbaijan agreed on Tuesday to resume talks on the border next\n"
    "month, the Armenian foreign ministry said in a statement.\n"
    "    The two sides will meet in Vienna, where earlier rounds were\n"
    "held, and will discuss the return of displaced families and the\n"
    "opening of transport links, it said.\n"
    "    Officials in Baku did not comment.\n"
    " REUTER\n";

TEST(UnwrapHardWrapped, WireStoryBecomesOneLinePerParagraph) {
  std::string text = kWireStory;
  EXPECT_EQ(unwrap_hard_wrapped(text), 4u);
  EXPECT_EQ(text,
            "ARMENIA, AZERBAIJAN AGREE TO RESUME BORDER TALKS\n"
            "    YEREVAN, March 3 - The foreign ministers of Armenia and "
            "Azerbaijan agreed on Tuesday to resume talks on the border next "
            "month, the Armenian foreign ministry said in a statement.\n"
            "    The two sides will meet in Vienna, where earlier rounds were "
            "held, and will discuss the return of displaced families and the "
            "opening of transport links, it said.\n"
            "    Officials in Baku did not comment.\n"
            " REUTER\n");
  EXPECT_EQ(text.size(), kWireStory.size());  // offsets into the text are kept
}

TEST(UnwrapHardWrapped, ShortFirstLineCutMidSentenceIsJoined) {
  // A converter took "VIENNA, March 5 - " off the first line, leaving it short.
  std::string text =
      "Oesterreichische Draukraftwerke AG of\n"
      "Klagenfurt is launching a 100 mln Swiss franc bond priced at 100\n"
      "pct, lead manager Swiss Bank Corp said, with subscriptions to\n"
      "close on March 20.\n"
      "    The issue is guaranteed by the Austrian state, the bank said.\n"
      " REUTER\n";
  unwrap_hard_wrapped(text);
  EXPECT_NE(text.find("AG of Klagenfurt is launching"), std::string::npos) << text;
  EXPECT_NE(text.find("state, the bank said.\n REUTER"), std::string::npos) << text;
}

TEST(UnwrapHardWrapped, EmailWithBlankLinesBetweenParagraphs) {
  std::string text =
      "Dear colleagues,\n"
      "\n"
      "the delegation from Tbilisi will arrive on Thursday morning and\n"
      "the first session with the ministry is planned for the afternoon\n"
      "of the same day, subject to confirmation by their embassy.\n"
      "\n"
      "Please send me your comments on the draft agenda by Wednesday so\n"
      "that I can circulate a final version to all participants before\n"
      "they travel.\n"
      "\n"
      "Best regards,\n"
      "Nino\n";
  EXPECT_EQ(unwrap_hard_wrapped(text), 4u);
  EXPECT_NE(text.find("morning and the first session with the ministry is planned for the "
                      "afternoon of the same day"),
            std::string::npos);
  EXPECT_NE(text.find("Best regards,\nNino"), std::string::npos);  // short lines stay apart
}

TEST(UnwrapHardWrapped, OneParagraphPerLineIsLeftAlone) {
  std::string text =
      "Ministers Meet in Moscow\n"
      "The foreign ministers of Armenia and Azerbaijan met in Moscow on Tuesday for talks "
      "hosted by Russia, the Kremlin said, the first such meeting this year.\n"
      "Officials from both sides described the meeting as constructive, though no agreement "
      "on the border was announced after six hours of discussion.\n"
      "The next round is expected in Brussels in March, diplomats said, though no date has been "
      "set and the agenda is still being negotiated.\n"
      "Russia's foreign minister said Moscow stood ready to host further rounds.\n";
  const std::string before = text;
  EXPECT_EQ(unwrap_hard_wrapped(text), 0u);
  EXPECT_EQ(text, before);
}

TEST(UnwrapHardWrapped, ShortListIsLeftAlone) {
  std::string text = "Agenda:\n1. Border\n2. Transport\n3. Displaced families\n";
  const std::string before = text;
  EXPECT_EQ(unwrap_hard_wrapped(text), 0u);
  EXPECT_EQ(text, before);
}

TEST(UnwrapHardWrapped, TextFilesAreUnwrappedOnIngest) {
  testing::TempDir dir;
  const auto got = testing::ingest_all({dir.write("wire.txt", kWireStory)});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_NE(got.documents[0].text.find("Armenia and Azerbaijan agreed"), std::string::npos);
}

}  // namespace
}  // namespace dyad
