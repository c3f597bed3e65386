// dyad's GDELT files read by a loader written from GDELT's published event codebook ("The GDELT
// Event Database Data Format Codebook V2.0", 2/19/2015; column names and BigQuery types as in its
// header-row table, e.g. github.com/linwoodc3/gdelt2HeaderRows): 61 tab-separated columns, no
// header row, every column of its type, DATEADDED as YYYYMMDDHHMMSS.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "support/run_dyad.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

enum class Type { kInteger, kFloat, kString };

struct Column {
  const char* name;
  Type type;
};

constexpr Type I = Type::kInteger, F = Type::kFloat, S = Type::kString;

// The codebook's columns, in its order.
constexpr std::array<Column, 61> kCodebook = {{
    {"GLOBALEVENTID", I},
    {"SQLDATE", I},
    {"MonthYear", I},
    {"Year", I},
    {"FractionDate", F},
    {"Actor1Code", S},
    {"Actor1Name", S},
    {"Actor1CountryCode", S},
    {"Actor1KnownGroupCode", S},
    {"Actor1EthnicCode", S},
    {"Actor1Religion1Code", S},
    {"Actor1Religion2Code", S},
    {"Actor1Type1Code", S},
    {"Actor1Type2Code", S},
    {"Actor1Type3Code", S},
    {"Actor2Code", S},
    {"Actor2Name", S},
    {"Actor2CountryCode", S},
    {"Actor2KnownGroupCode", S},
    {"Actor2EthnicCode", S},
    {"Actor2Religion1Code", S},
    {"Actor2Religion2Code", S},
    {"Actor2Type1Code", S},
    {"Actor2Type2Code", S},
    {"Actor2Type3Code", S},
    {"IsRootEvent", I},
    {"EventCode", S},
    {"EventBaseCode", S},
    {"EventRootCode", S},
    {"QuadClass", I},
    {"GoldsteinScale", F},
    {"NumMentions", I},
    {"NumSources", I},
    {"NumArticles", I},
    {"AvgTone", F},
    {"Actor1Geo_Type", I},
    {"Actor1Geo_FullName", S},
    {"Actor1Geo_CountryCode", S},
    {"Actor1Geo_ADM1Code", S},
    {"Actor1Geo_ADM2Code", S},
    {"Actor1Geo_Lat", F},
    {"Actor1Geo_Long", F},
    {"Actor1Geo_FeatureID", S},
    {"Actor2Geo_Type", I},
    {"Actor2Geo_FullName", S},
    {"Actor2Geo_CountryCode", S},
    {"Actor2Geo_ADM1Code", S},
    {"Actor2Geo_ADM2Code", S},
    {"Actor2Geo_Lat", F},
    {"Actor2Geo_Long", F},
    {"Actor2Geo_FeatureID", S},
    {"ActionGeo_Type", I},
    {"ActionGeo_FullName", S},
    {"ActionGeo_CountryCode", S},
    {"ActionGeo_ADM1Code", S},
    {"ActionGeo_ADM2Code", S},
    {"ActionGeo_Lat", F},
    {"ActionGeo_Long", F},
    {"ActionGeo_FeatureID", S},
    {"DATEADDED", I},
    {"SOURCEURL", S},
}};

std::size_t column(const std::string& name) {
  for (std::size_t i = 0; i < kCodebook.size(); ++i)
    if (name == kCodebook[i].name) return i;
  throw std::invalid_argument(name);
}

bool is_calendar_date(int y, unsigned m, unsigned d) {
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                     std::chrono::day{d}}
      .ok();
}

// A loader as a GDELT user writes one: every line a record of 61 typed fields (empty = NULL,
// every column being NULLABLE). Returns the problems of a file, one per line; none when it loads.
std::vector<std::string> load_problems(const std::string& text, std::size_t& records) {
  std::vector<std::string> problems;
  std::istringstream in(text);
  std::string line;
  records = 0;
  const std::regex integer(R"(-?\d+)"), real(R"(-?\d+(\.\d+)?)");
  while (std::getline(in, line)) {
    ++records;
    std::vector<std::string> f;
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) f.push_back(field);
    if (!line.empty() && line.back() == '\t') f.emplace_back();
    const std::string at = "record " + std::to_string(records) + ": ";
    if (f.size() != kCodebook.size()) {
      problems.push_back(at + std::to_string(f.size()) + " columns");
      continue;
    }
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (f[i].empty() || kCodebook[i].type == Type::kString) continue;
      if (!std::regex_match(f[i], kCodebook[i].type == Type::kInteger ? integer : real))
        problems.push_back(at + kCodebook[i].name + " '" + f[i] + "' is not of its type");
    }
    const std::string& date = f[column("SQLDATE")];
    if (!std::regex_match(date, std::regex(R"(\d{8})")) ||
        !is_calendar_date(std::stoi(date.substr(0, 4)), std::stoul(date.substr(4, 2)),
                          std::stoul(date.substr(6, 2)))) {
      problems.push_back(at + "SQLDATE '" + date + "' is not YYYYMMDD");
      continue;
    }
    if (f[column("MonthYear")] != date.substr(0, 6) || f[column("Year")] != date.substr(0, 4))
      problems.push_back(at + "MonthYear/Year disagree with SQLDATE");
    const double fraction = std::stod(f[column("FractionDate")]);
    if (fraction < std::stoi(date.substr(0, 4)) || fraction >= std::stoi(date.substr(0, 4)) + 1.01)
      problems.push_back(at + "FractionDate outside its year");
    const std::string& added = f[column("DATEADDED")];
    std::smatch t;
    if (!std::regex_match(added, t,
                          std::regex(R"((\d{4})(\d\d)(\d\d)([01]\d|2[0-3])[0-5]\d[0-5]\d)")) ||
        !is_calendar_date(std::stoi(t[1]), std::stoul(t[2]), std::stoul(t[3])))
      problems.push_back(at + "DATEADDED '" + added + "' is not YYYYMMDDHHMMSS");
    const std::string& code = f[column("EventCode")];
    if (!code.starts_with(f[column("EventBaseCode")]) ||
        !code.starts_with(f[column("EventRootCode")]) || f[column("EventRootCode")].size() != 2)
      problems.push_back(at + "EventBaseCode/EventRootCode are not prefixes of EventCode");
    if (!std::regex_match(f[column("QuadClass")], std::regex("[1-4]")))
      problems.push_back(at + "QuadClass not 1-4");
    if (f[column("NumSources")].empty() || std::stoi(f[column("NumSources")]) < 1)
      problems.push_back(at + "NumSources below 1");
  }
  return problems;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(GdeltFiles, CodeAndExportWriteFilesTheCodebookLoaderReads) {
  DYAD_REQUIRE_SHARED("samples");
  testing::TempDir dir;
  const auto tsv = dir.path() / "events.tsv";
  const auto db = dir.path() / "events.db";
  // The samples carry no date: --date gives them one, so that they have GDELT rows at all.
  const auto coded =
      testing::run_dyad("code " + (testing::shared_dir() / "samples").string() +
                        " --date 2023-09-21 --tsv " + tsv.string() + " --db " + db.string());
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  const auto exported = testing::run_dyad("export --db " + db.string());
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  for (const auto& [what, text] :
       {std::pair{"dyad code --tsv", read_text(tsv)}, std::pair{"dyad export", exported.out}}) {
    std::size_t records = 0;
    const auto problems = load_problems(text, records);
    EXPECT_TRUE(problems.empty()) << what << ":\n" << ::testing::PrintToString(problems);
    EXPECT_GT(records, 10u) << what;
  }
  // The header row only when asked for; a codebook loader would take it for a broken record.
  const auto with_header = testing::run_dyad("export --header --db " + db.string());
  std::size_t records = 0;
  const auto problems = load_problems(with_header.out, records);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0], "record 1: GLOBALEVENTID 'GLOBALEVENTID' is not of its type");
  EXPECT_TRUE(with_header.out.starts_with("GLOBALEVENTID\tSQLDATE\t"));
}

TEST(GdeltFiles, OutletIsNeverTheFolderTheFileWasReadFrom) {
  testing::TempDir dir;
  const std::string article =
      "Talks\n\nIran condemned Azerbaijan on Monday over the border drills.\n";
  dir.write("downloads/monday/a.txt", article);
  dir.write("downloads/tuesday/b.txt", article);
  const auto db = dir.path() / "events.db";
  ASSERT_EQ(testing::run_dyad("code --date 2024-03-04 " + (dir.path() / "downloads").string() +
                              " --db " + db.string())
                .exit_code,
            0);
  const auto jsonl = testing::run_dyad("export --format jsonl --db " + db.string());
  ASSERT_FALSE(jsonl.out.empty()) << jsonl.err;
  const auto event = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
  EXPECT_EQ(event["num_articles"], 2);
  EXPECT_EQ(event["num_sources"], 1) << "two folders are not two outlets";
  for (const auto& mention : event["mentions"]) EXPECT_EQ(mention["outlet"], "") << mention;
}

}  // namespace
}  // namespace dyad
