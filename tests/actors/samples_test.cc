// The actor mentions a careful reader lists for each of the five articles in ../shared/samples
// (tests/golden/actors/*.tsv, written by reading the articles) must all be found, with their codes.
#include <gtest/gtest.h>

#include <fstream>

#include "actors/analyze.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

class SampleActors : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleActors, ExpectedMentionsAreFound) {
  DYAD_REQUIRE_SHARED("samples");
  const std::string id = GetParam();
  const auto collected = testing::ingest_all({testing::shared_dir() / "samples" / (id + ".txt")});
  ASSERT_EQ(collected.documents.size(), 1u);
  const auto analysis = testing::analyze(collected.documents[0]);
  std::ifstream expected(std::filesystem::path(DYAD_TEST_FIXTURES).parent_path() / "golden" /
                         "actors" / (id + ".tsv"));
  ASSERT_TRUE(expected);
  std::string line;
  int checked = 0;
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const std::string text = line.substr(0, tab), code = line.substr(tab + 1);
    const auto codes = analysis.codes_of(text);
    const bool found = code == "<location>"
                           ? analysis.code_of(text) == "<location>"
                           : std::find(codes.begin(), codes.end(), code) != codes.end();
    EXPECT_TRUE(found) << id << ": \"" << text << "\" should be " << code << ", found "
                       << analysis.code_of(text);
    ++checked;
  }
  EXPECT_GT(checked, 5);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleActors,
                         ::testing::Values("000_ff50def476d33847", "001_b248dad918f6569c",
                                           "002_16f7275ee4e4b690", "003_53281f648274e8b0",
                                           "004_140972e80c985f91"));

}  // namespace
}  // namespace dyad
