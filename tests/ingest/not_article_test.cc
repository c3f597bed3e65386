// not_an_article() on the shared data: provenance notes, dictionaries and lookup lists are not
// articles; the sample articles and the bundled examples are.
#include "ingest/not_article.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/shared.h"

namespace dyad {
namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(NotAnArticle, NotesListsAndDictionariesAreNotArticles) {
  DYAD_REQUIRE_SHARED("peers");
  const auto shared = testing::shared_dir();
  for (const char* file :
       {"peers/tabari/SOURCE.txt", "peers/petrarch2/SOURCE.txt", "corpora/reuters21578/SOURCE.txt",
        "peers/tabari/discards.txt", "peers/cameo/CAMEO.eventcodes.txt",
        "peers/petrarch2/Phoenix.agents.txt", "peers/petrarch2/PETR.Validate.verbs.txt",
        "corpora/reuters21578/other-data/all-places-strings.lc.txt",
        "corpora/reuters21578/sgm-data/reut2-000.sgm"}) {
    if (!std::filesystem::exists(shared / file)) continue;
    EXPECT_FALSE(not_an_article(shared / file, read_text(shared / file)).empty()) << file;
  }
}

TEST(NotAnArticle, ArticlesAreArticles) {
  std::vector<std::filesystem::path> articles;
  const auto examples = std::filesystem::path(DYAD_DATA_DIR).parent_path() / "examples";
  for (const auto& entry : std::filesystem::directory_iterator(examples))
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  if (std::filesystem::exists(testing::shared_dir() / "samples"))
    for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "samples"))
      articles.push_back(entry.path());
  ASSERT_GE(articles.size(), 2u);
  for (const auto& file : articles) EXPECT_EQ(not_an_article(file, read_text(file)), "") << file;
  // A headline and one sentence, however short, is an article.
  EXPECT_EQ(not_an_article("a.txt", "Talks\n\nArnor condemned Gondor.\n"), "");
}

}  // namespace
}  // namespace dyad
