// The cleaner's rule sets: ASCII lines are matched by the rules compiled as Latin-1 (cheap to
// compile), every other line by the rules compiled as UTF-8 (compiled when first needed). The
// two must find the same rules on every ASCII line.
#include "clean/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "support/shared.h"
#include "support/temp_dir.h"
#include "util/utf8.h"

namespace dyad {
namespace {

const std::filesystem::path kRules = std::filesystem::path(DYAD_DATA_DIR) / "clean" / "rules.tsv";

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_ascii(const std::string& line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// may_fold_into_ascii relies on these two being the only ones.
TEST(CleanRules, OnlyLongSAndKelvinSignFoldIntoAsciiLetters) {
  const RE2 ascii_letter("(?i)[a-z]");
  std::vector<char32_t> folding;
  for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string encoded;
    append_utf8(encoded, c);
    if (RE2::FullMatch(encoded, ascii_letter)) folding.push_back(c);
  }
  EXPECT_EQ(folding, (std::vector<char32_t>{0x17F, 0x212A}));
}

TEST(CleanRules, PatternsThatMayFoldIntoAscii) {
  for (const char* pattern : {"\xC5\xBFubscribe",
                              "\xE2\x84\xAA"
                              "elvin",
                              "\\x{17f}", "\\x7f", "\\123", "[t-\xC3\xA9]", "[\xC3\xA9-\xC3\xBC]",
                              "[^a\xC3\xA9-\xC3\xBC]"})
    EXPECT_TRUE(may_fold_into_ascii(pattern)) << pattern;
  for (const char* pattern :
       {"top of (the )?page", "[-\xE2\x80\x93\xE2\x80\x94:]+", "[\\w.&'\xE2\x80\x99-]*",
        "[|,\xE2\x80\x93\xE2\x80\x94-]", "[\xE2\x80\xA2\xC2\xB7|\\-\xE2\x80\x93\xE2\x80\x94\\s]*",
        "[]\xC3\xA9-]",
        "ver\xC3\xB6"
        "ffentlicht\\s+\\pL{3,}",
        "a-\xC3\xA9"})
    EXPECT_FALSE(may_fold_into_ascii(pattern)) << pattern;
}

TEST(CleanRules, DyadsRulesMatchAsciiLinesAsLatin1) {
  EXPECT_TRUE(CleanRules::load(kRules)->matches_ascii_as_latin1());
}

// The same rules with one more that turns the Latin-1 set off, so that every line goes through
// the UTF-8 set, which is the reference.
TEST(CleanRules, AsciiAndUnicodeSetsAgreeOnRealLines) {
  DYAD_REQUIRE_SHARED("samples");
  DYAD_REQUIRE_SHARED("dev");
  const auto rules = CleanRules::load(kRules);
  ASSERT_TRUE(rules->matches_ascii_as_latin1());
  testing::TempDir dir;
  const auto unicode_only = CleanRules::load(dir.write(
      "rules.tsv", read_file(kRules) + "zz.off\tplaceholder\ti\t\xC5\xBFzz\tturns Latin-1 off\n"));
  ASSERT_FALSE(unicode_only->matches_ascii_as_latin1());
  const int extra = static_cast<int>(rules->rules().size());

  // Each rule's kind of line, as written on pages, and real pages' lines.
  std::vector<std::string> lines = {"Top of page",
                                    "Follow us on: Twitter",
                                    "Leave a reply.",
                                    "Posted on: 12 March 2024",
                                    "3 comments",
                                    "5 min read",
                                    "| Last updated: Tuesday",
                                    "Share | Tweet | Email",
                                    "Continue reading...",
                                    "Advertisement",
                                    "Please enable JavaScript to view the video",
                                    "Sign up for our daily newsletter",
                                    "We use cookies on this site",
                                    "(c) 2024 Example Ltd",
                                    "Back to top",
                                    "Photo: Reuters",
                                    "Tags: Iran, Syria",
                                    "https://example.com/a",
                                    "Latest news",
                                    "Most read",
                                    "You may also like",
                                    "Contact us",
                                    "On this day",
                                    "Don't miss",
                                    "Lorem ipsum dolor sit amet",
                                    "[/caption]",
                                    "This article was originally published by The Conversation.",
                                    "Source: Al Jazeera",
                                    "Iranian Fars News Agency reported that talks resumed.",
                                    "according to the Xinhua news agency, officials met",
                                    "Published: 12 March 2024",
                                    "By John Smith | March 3, 2024",
                                    "von Anna Muster | 12. Maerz 2024, 10:15 Uhr",
                                    "12. Januar 2024",
                                    "LONDON (Reuters) - Talks resumed",
                                    "KYIV, Ukraine - Shelling",
                                    "SUBSCRIBE",
                                    "sUbScRiBe to updates",
                                    "X",
                                    "",
                                    " \t ",
                                    "Kelvin",
                                    "ssss kkkk"};
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(testing::shared_dir() / "samples"))
    inputs.push_back(entry.path());
  inputs.push_back(testing::shared_dir() / "dev" / "guardian_dev.jsonl");
  // A thousand wire stories, wrapped: lines of every length.
  const auto reuters =
      testing::shared_dir() / "corpora" / "reuters21578" / "sgm-data" / "reut2-000.sgm";
  if (std::filesystem::exists(reuters)) inputs.push_back(reuters);
  for (const auto& document : testing::ingest_all(inputs).documents)
    for (auto& line : lines_of(document.text)) lines.push_back(std::move(line));

  std::size_t ascii_lines = 0;
  std::size_t ascii_hits = 0;
  for (const auto& line : lines) {
    auto reference = unicode_only->matching(line);
    reference.erase(std::remove(reference.begin(), reference.end(), extra), reference.end());
    EXPECT_EQ(rules->matching(line), reference) << line;
    if (is_ascii(line)) {
      ++ascii_lines;
      ascii_hits += reference.empty() ? 0 : 1;
    }
  }
  EXPECT_GT(ascii_lines, 150u);
  EXPECT_GT(ascii_hits, 40u);
  std::cout << ascii_lines << " ASCII lines, " << ascii_hits << " matching a rule\n";
}

// RE2 folds ſ into s when matching UTF-8; compiled as Latin-1, the pattern could not match the
// ASCII line, so these rules must not use the Latin-1 set.
TEST(CleanRules, AFoldIntoAsciiKeepsTheUnicodeSet) {
  testing::TempDir dir;
  const auto rules = CleanRules::load(dir.write(
      "rules.tsv", "long_s\tline\ti\t\xC5\xBFubscribe\twhy\nplain\tline\ti\tmenu\twhy\n"));
  EXPECT_FALSE(rules->matches_ascii_as_latin1());
  EXPECT_EQ(rules->matching("Subscribe"), std::vector<int>{0});
  EXPECT_EQ(rules->matching("MENU"), std::vector<int>{1});
}

TEST(CleanRules, NonAsciiLinesMatchAsUtf8) {
  const auto rules = CleanRules::load(kRules);
  // `.{0,60}` counts characters: 59 two-byte letters and a space fit, which as Latin-1 bytes
  // would not.
  const std::string letters = [] {
    std::string s;
    for (int i = 0; i < 59; ++i) s += "\xC3\xA9";
    return s;
  }();
  const auto hits = rules->matching(letters + " subscribe " + letters);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(rules->rules()[static_cast<std::size_t>(hits[0])].id, "furniture.subscribe");
}

}  // namespace
}  // namespace dyad
