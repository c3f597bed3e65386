// Language identification of documents (CLD2).
#include "ingest/language.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace dyad {
namespace {

const std::string kEnglish =
    "The foreign ministers of Armenia and Azerbaijan met in Vienna on Tuesday for a third round "
    "of talks on the border, the Austrian foreign ministry said in a statement.";
const std::string kGerman =
    "Die Außenminister Armeniens und Aserbaidschans haben sich am Dienstag in Wien zu einer "
    "dritten Gesprächsrunde über die Grenze getroffen, teilte das österreichische "
    "Außenministerium mit.";
const std::string kSpanish =
    "Los ministros de Asuntos Exteriores de Armenia y Azerbaiyán se reunieron el martes en Viena "
    "para una tercera ronda de conversaciones sobre la frontera, según informó el ministerio.";

TEST(Language, NewsParagraphsInThreeLanguages) {
  EXPECT_EQ(detect_language(kEnglish).code, "en");
  EXPECT_TRUE(detect_language(kEnglish).reliable);
  EXPECT_EQ(detect_language(kGerman).code, "de");
  EXPECT_TRUE(detect_language(kGerman).reliable);
  EXPECT_EQ(detect_language(kSpanish).code, "es");
}

TEST(Language, EnglishStoryFullOfGermanNamesIsNotReliablyGerman) {
  // CLD2's top language for this text is German (63 % English, 36 % German).
  const DetectedLanguage got = detect_language(
      "OESTERREICHISCHE ELEKTRIZITAETSWIRTSCHAFTS SETS BOND\n\nOesterreichische "
      "Elektrizitaetswirtschafts AG of Wien is launching a 10 billion yen bond, lead manager "
      "Nomura said. The issue is guaranteed by the Austrian state. REUTER");
  EXPECT_TRUE(got.code == "en" || !got.reliable) << got.code;
}

TEST(Language, TooLittleTextIsNotReliable) {
  EXPECT_FALSE(detect_language("OK").reliable);
  EXPECT_FALSE(detect_language("").reliable);
}

TEST(Language, EveryIngestedDocumentCarriesItsLanguage) {
  testing::TempDir dir;
  const auto got = testing::ingest_all({dir.write("a.txt", kEnglish), dir.write("b.txt", kGerman),
                                        dir.write("c.html", "<html><body><article><p>" + kSpanish +
                                                                "</p></article></body></html>")});
  ASSERT_EQ(got.documents.size(), 3u);
  EXPECT_EQ(got.documents[0].language, "en");
  EXPECT_EQ(got.documents[1].language, "de");
  EXPECT_EQ(got.documents[2].language, "es");
}

}  // namespace
}  // namespace dyad
