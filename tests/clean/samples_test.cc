// Golden-file tests of the cleaner on the five scraped articles in ../shared/samples.
// Expectations (tests/golden/clean/*.json) were written by reading each article: the title,
// the date (null where the page shows only its own stamp), dateline, credited source, the
// paragraph count and every removed line with its rule. Bodies are pinned by hash and length.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "clean/clean.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

nlohmann::json actual_summary(const Article& article) {
  nlohmann::json removed = nlohmann::json::array();
  for (const auto& item : article.removed)
    removed.push_back({{"text", item.text}, {"rule", item.rule}});
  return {{"title", article.title ? nlohmann::json(*article.title) : nlohmann::json(nullptr)},
          {"date", article.date ? nlohmann::json(*article.date) : nlohmann::json(nullptr)},
          {"dateline",
           article.dateline ? nlohmann::json(article.dateline->text) : nlohmann::json(nullptr)},
          {"credited_source", article.credited_source ? nlohmann::json(*article.credited_source)
                                                      : nlohmann::json(nullptr)},
          {"paragraphs", article.paragraphs().size()},
          {"text_bytes", article.text.size()},
          {"text_fnv1a", testing::fnv1a_hex(article.text)},
          {"removed", removed}};
}

class SampleArticle : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleArticle, MatchesGolden) {
  DYAD_REQUIRE_SHARED("samples");
  const std::string id = GetParam();
  const auto collected = testing::ingest_all({testing::shared_dir() / "samples" / (id + ".txt")});
  ASSERT_TRUE(collected.errors.empty());
  ASSERT_EQ(collected.documents.size(), 1u);
  const Cleaner cleaner(DYAD_DATA_DIR);
  const nlohmann::json actual = actual_summary(cleaner.clean(collected.documents[0]));
  const auto golden_path =
      std::filesystem::path(DYAD_TEST_FIXTURES).parent_path() / "golden" / "clean" / (id + ".json");
  std::ifstream in(golden_path);
  ASSERT_TRUE(in) << "missing golden file " << golden_path;
  const nlohmann::json expected = nlohmann::json::parse(in);
  for (const auto& [key, value] : expected.items())
    EXPECT_EQ(actual[key], value) << id << ": field '" << key
                                  << "'\nactual: " << actual[key].dump(1);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleArticle,
                         ::testing::Values("000_ff50def476d33847", "001_b248dad918f6569c",
                                           "002_16f7275ee4e4b690", "003_53281f648274e8b0",
                                           "004_140972e80c985f91"));

}  // namespace
}  // namespace dyad
