// Output formats, and the event store on both backends: dedup across articles and outlets,
// re-runs that skip or replace, ingest dates, export shapes and queries.
#include <set>

#include "store/store_test_support.h"
#include "util/module.h"

namespace dyad {
namespace {

using testing::Backend;

std::vector<std::string> split(const std::string& line, char by) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, by)) out.push_back(field);
  if (!line.empty() && line.back() == by) out.emplace_back();
  return out;
}

TEST(EventRecords, JsonCarriesTheContractFields) {
  const auto f = coded_article();
  ASSERT_GE(f.records.size(), 3u);
  const auto json = to_json(f.records[0]);
  EXPECT_EQ(json["doc_id"], "fixture-1");
  EXPECT_EQ(json["date"], "2023-09-21");
  EXPECT_EQ(json["source"]["country"], "IRN");
  EXPECT_EQ(json["target"]["country"], "ARM");
  EXPECT_EQ(json["cameo"].get<std::string>().substr(0, 2), "02");
  EXPECT_EQ(json["root"], "02");
  EXPECT_EQ(json["quad_class"], 1);
  EXPECT_GT(json["goldstein"].get<double>(), 0.0);
  EXPECT_EQ(json["modality"], "asserted");
  EXPECT_TRUE(json["rule"].get<std::string>().starts_with("data/events/02_appeal.tsv:"));
  const auto span = json["span"];
  const std::string evidence =
      f.article.text.substr(span[0], span[1].get<std::size_t>() - span[0].get<std::size_t>());
  EXPECT_TRUE(evidence.starts_with("Iran's foreign minister called on Armenia")) << evidence;
}

TEST(EventRecords, GdeltRowsHaveTheEventTableShape) {
  const auto f = coded_article();
  const auto header = split(gdelt_header(), '\t');
  ASSERT_EQ(header.size(), 61u);
  EXPECT_EQ(header[0], "GLOBALEVENTID");
  EXPECT_EQ(header[26], "EventCode");
  EXPECT_EQ(header[60], "SOURCEURL");
  std::uint64_t id = 0;
  for (const auto& record : f.records) {
    const auto row = split(gdelt_row(record, ++id, "20240101120000"), '\t');
    ASSERT_EQ(row.size(), 61u);
    EXPECT_EQ(row[0], std::to_string(id));
    EXPECT_EQ(row[1], "20230921");             // SQLDATE
    EXPECT_EQ(row[2], "202309");               // MonthYear
    EXPECT_EQ(row[3], "2023");                 // Year
    EXPECT_EQ(row[5], record.source.code);     // Actor1Code
    EXPECT_EQ(row[7], record.source.country);  // Actor1CountryCode
    EXPECT_EQ(row[15], record.target.code);    // Actor2Code
    EXPECT_EQ(row[26], record.cameo);          // EventCode
    EXPECT_EQ(row[28], record.root);           // EventRootCode
    EXPECT_EQ(row[29], std::to_string(record.quad_class));
    EXPECT_NO_THROW((void)std::stod(row[30]));      // GoldsteinScale
    EXPECT_EQ(row[31] + row[32] + row[33], "111");  // one mention counts once
    EXPECT_EQ(row[60], "https://news.example/a");
  }
}

TEST(EventStoreHelpers, OutletIsTheUrlHostElseCreditElseSiteNameNeverTheFolder) {
  Document doc;
  doc.origin = "/corpus/wire/day1.jsonl:17";
  doc.meta.url = "https://WWW.Reuters.com:443/world/x?a=b";
  EXPECT_EQ(document_outlet(doc, std::string("AP")), "reuters.com");
  doc.meta.url.reset();
  EXPECT_EQ(document_outlet(doc, std::string("AP")), "AP");
  EXPECT_EQ(document_outlet(doc, std::nullopt), "");  // never the folder it was read from
  doc.meta.source = "Tasnim News";                    // JSONL source, the page's site name
  EXPECT_EQ(document_outlet(doc, std::nullopt), "Tasnim News");
}

TEST(EventStoreHelpers, ContentHashFollowsTextAndMetadata) {
  Document doc;
  doc.text = "Iran condemned Azerbaijan.";
  const std::string first = content_hash(doc);
  EXPECT_EQ(first.size(), 16u);
  EXPECT_EQ(content_hash(doc), first);
  doc.meta.date = "2024-03-04";
  EXPECT_NE(content_hash(doc), first);
}

TEST(EventStoreHelpers, IsoWeeks) {
  EXPECT_EQ(iso_week("2024-03-04"), "2024-W10");
  EXPECT_EQ(iso_week("2021-01-03"), "2020-W53");  // a Sunday: the week of 2020's last Thursday
  EXPECT_EQ(iso_week("2024-12-30"), "2025-W01");
  EXPECT_THROW(iso_week("2024-13-01"), std::invalid_argument);
}

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { DYAD_REQUIRE_BACKEND(GetParam()); }
};

TEST_P(StoreTest, OneEventReportedAcrossArticlesAndOutletsIsOneGroup) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  const auto groups = store->events({});
  const EventGroup* condemn = find_group(groups, "2024-03-04", "IRN", "AZE", "111");
  ASSERT_NE(condemn, nullptr);
  EXPECT_EQ(condemn->num_mentions, 4);  // r1 title and body, r2, a1
  EXPECT_EQ(condemn->num_articles, 3);
  EXPECT_EQ(condemn->num_sources, 2);  // reuters.com (with and without www.), apnews.com
  ASSERT_EQ(condemn->mentions.size(), 4u);
  EXPECT_EQ(condemn->mentions[0].record.doc_id, "r1");  // the first seen comes first
  EXPECT_EQ(condemn->mentions[0].record.url, "https://www.reuters.com/world/r1");
  EXPECT_EQ(condemn->mentions[3].outlet, "apnews.com");
  EXPECT_FALSE(condemn->date_is_ingest);
  EXPECT_EQ(condemn->root, "11");
  EXPECT_EQ(condemn->quad_class, 3);
  // The same dyad and code on another day is another event.
  const EventGroup* praise_monday = find_group(groups, "2024-03-04", "TUR", "SYR", "051");
  const EventGroup* praise_tuesday = find_group(groups, "2024-03-05", "TUR", "SYR", "051");
  ASSERT_NE(praise_monday, nullptr);
  ASSERT_NE(praise_tuesday, nullptr);
  EXPECT_EQ(praise_monday->num_mentions, 1);
  EXPECT_EQ(praise_tuesday->num_mentions, 1);
  EXPECT_EQ(praise_tuesday->mentions[0].outlet, "Anadolu Agency");  // the credited source
}

TEST_P(StoreTest, UndatedArticleTakesTheIngestDateAndIsFlagged) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  const auto groups = store->events({});
  const EventGroup* undated = find_group(groups, utc_today(), "ARM", "RUS", "051");
  ASSERT_NE(undated, nullptr);
  EXPECT_TRUE(undated->date_is_ingest);
  EXPECT_FALSE(undated->mentions[0].record.date.has_value());  // the article itself has none
  for (const auto& d : store->documents()) EXPECT_EQ(d.ingest_date, utc_today()) << d.doc_id;
}

TEST_P(StoreTest, RerunSkipsUnchangedAndReplacesChangedDocuments) {
  testing::Databases databases(GetParam());
  const std::string location = databases.create();
  const auto articles = news_articles();
  {
    const auto store = open_event_store(location);
    for (const auto& article : articles)
      EXPECT_EQ(put(*store, article), EventStore::PutResult::kStored);
  }
  const auto before = testing::canonical_dump(location);
  {
    const auto store = open_event_store(location);
    for (const auto& article : articles)
      EXPECT_EQ(put(*store, article), EventStore::PutResult::kUnchanged);
  }
  EXPECT_EQ(testing::canonical_dump(location), before);

  // r2 no longer reports the condemnation: the group loses its mention, article, not its source.
  Document revised_doc = articles[1].doc;
  ASSERT_EQ(revised_doc.id, "r2");
  revised_doc.text = "Border tensions\n\nEgypt met with Armenia on Monday.\n";
  const auto revised = code(revised_doc);
  const auto store = open_event_store(location);
  EXPECT_EQ(put(*store, revised), EventStore::PutResult::kReplaced);
  store->commit();
  const auto groups = store->events({});
  const EventGroup* condemn = find_group(groups, "2024-03-04", "IRN", "AZE", "111");
  ASSERT_NE(condemn, nullptr);
  EXPECT_EQ(condemn->num_mentions, 3);
  EXPECT_EQ(condemn->num_articles, 2);
  EXPECT_EQ(condemn->num_sources, 2);
  EXPECT_EQ(store->documents().size(), articles.size());

  // t1 drops its only event: the group is gone, not left with zero mentions.
  Document emptied_doc = articles[3].doc;
  ASSERT_EQ(emptied_doc.id, "t1");
  emptied_doc.text = "Syria news\n\nNothing happened.\n";
  const auto emptied = code(emptied_doc);
  EXPECT_EQ(put(*store, emptied), EventStore::PutResult::kReplaced);
  store->commit();
  EXPECT_EQ(find_group(store->events({}), "2024-03-05", "TUR", "SYR", "051"), nullptr);
}

TEST_P(StoreTest, ExportWritesEveryFormatWithTheRightShape) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  const auto groups = store->events({});
  ASSERT_GE(groups.size(), 5u);

  std::vector<EventGroup> dated;
  for (const auto& g : groups)
    if (!g.date_is_ingest) dated.push_back(g);
  ASSERT_EQ(dated.size() + 1, groups.size());  // one undated article
  // GDELT's own files: no header row, and no row without an event date.
  std::ostringstream gdelt;
  EXPECT_EQ(write_events(gdelt, groups, *make_output_format("gdelt")), 1u);  // undated left out
  const auto gdelt_lines = split(gdelt.str(), '\n');
  ASSERT_EQ(gdelt_lines.size(), dated.size() + 1);  // rows, the final newline
  for (std::size_t i = 0; i < dated.size(); ++i) {
    const auto row = split(gdelt_lines[i], '\t');
    expect_gdelt_row(row, dated[i]);
    EXPECT_EQ(row[59], utc_today().substr(0, 4) + utc_today().substr(5, 2) +
                           utc_today().substr(8, 2) + "000000");  // DATEADDED: day stored
  }
  // Asked for: a header, and the undated event dated by the day it was stored.
  std::ostringstream as_ingest;
  EXPECT_EQ(write_events(as_ingest, groups, *make_output_format("gdelt", {true, true})), 0u);
  const auto as_ingest_lines = split(as_ingest.str(), '\n');
  ASSERT_EQ(as_ingest_lines.size(), groups.size() + 2);
  EXPECT_EQ(split(as_ingest_lines[0], '\t'), split(gdelt_header(), '\t'));
  for (std::size_t i = 1; i <= groups.size(); ++i)
    expect_gdelt_row(split(as_ingest_lines[i], '\t'), groups[i - 1]);

  std::ostringstream csv;
  write_events(csv, groups, *make_output_format("csv"));
  const auto records = parse_csv(csv.str());
  ASSERT_EQ(records.size(), groups.size() + 1);
  EXPECT_EQ(records[0], csv_columns());
  for (std::size_t i = 1; i < records.size(); ++i) expect_csv_row(records[i], groups[i - 1]);

  std::ostringstream jsonl;
  write_events(jsonl, groups, *make_output_format("jsonl"));
  std::istringstream lines(jsonl.str());
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    const auto event = nlohmann::json::parse(line);
    EXPECT_EQ(event["num_mentions"].get<std::size_t>(), event["mentions"].size());
    EXPECT_EQ(event["date"].is_null(), event["date_is_ingest"].get<bool>()) << event;
    for (const auto& mention : event["mentions"]) {
      EXPECT_TRUE(mention.contains("sentence_text"));
      EXPECT_EQ(mention["char_span"], mention["span"]) << "ASCII text: the same offsets";
    }
    ++n;
  }
  EXPECT_EQ(n, groups.size());
}

TEST_P(StoreTest, FiltersByDateActorAndRoot) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  EventFilter tuesday;
  tuesday.from = tuesday.to = "2024-03-05";
  const auto on_tuesday = store->events(tuesday);
  ASSERT_EQ(on_tuesday.size(), 1u);
  EXPECT_EQ(on_tuesday[0].source_code, "TUR");
  EventFilter iran_disapproves;
  iran_disapproves.actor = "IRN";
  iran_disapproves.root = "11";
  const auto condemnations = store->events(iran_disapproves);
  ASSERT_EQ(condemnations.size(), 1u);
  EXPECT_EQ(condemnations[0].mentions.size(), 4u);
  EventFilter azerbaijan;  // as target too
  azerbaijan.actor = "AZE";
  EXPECT_EQ(store->events(azerbaijan).size(), 1u);
  EventFilter one;
  one.limit = 1;
  const auto first = store->events(one);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].mentions.size(), static_cast<std::size_t>(first[0].num_mentions));
  // Undated events: kept, counted apart, never matched by a date range.
  EventFilter undated;
  undated.undated = Undated::kOnly;
  ASSERT_EQ(store->count_events(undated), 1);
  EXPECT_EQ(store->events(undated)[0].source_code, "ARM");
  EventFilter dated;
  dated.undated = Undated::kExclude;
  EXPECT_EQ(store->count_events(dated) + 1, store->count_events({}));
  EventFilter today;
  today.from = today.to = utc_today();
  EXPECT_EQ(store->count_events(today), 0);
}

TEST_P(StoreTest, CountryMatchesEveryAgentAndDyadsTakeEveryFilter) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  CodedArticle military = news_articles()[0];  // r1, with Iran's army instead of Iran
  military.doc.id = "mil";
  military.doc.meta.url = "https://irna.ir/mil";
  for (auto& r : military.records) {
    r.doc_id = "mil";
    if (r.source.code != "IRN") continue;
    r.source.code = "IRNMIL";
    r.source.agent = "MIL";
    r.cameo = "150";
    r.root = "15";
  }
  put(*store, military);
  store->commit();
  EventFilter iran;
  iran.country = "IRN";
  const auto iranian = store->events(iran);
  std::set<std::string> codes;
  for (const auto& g : iranian) codes.insert(g.source_code);
  EXPECT_EQ(codes, (std::set<std::string>{"IRN", "IRNMIL"}));
  EventFilter force_posture;
  force_posture.root = "15";
  const auto dyads = store->dyads(force_posture);
  ASSERT_EQ(dyads.size(), 1u);
  EXPECT_EQ(dyads[0].source_code, "IRNMIL");
  EventFilter iran_gov;
  iran_gov.actor = "IRNMIL";
  EXPECT_EQ(store->dyads(iran_gov).size(), 1u);
  EXPECT_EQ(timeline(*store, "IRN", "AZE", Period::kDay, false, force_posture).size(), 1u);
}

TEST_P(StoreTest, DyadsTimelineAndSearch) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  const auto dyads = store->dyads({});
  ASSERT_FALSE(dyads.empty());
  EXPECT_EQ(dyads[0].source_code, "TUR");  // two events (two days) beat one with four mentions
  EXPECT_EQ(dyads[0].target_code, "SYR");
  EXPECT_EQ(dyads[0].num_events, 2);
  EXPECT_DOUBLE_EQ(dyads[0].mean_goldstein, 3.4);
  EventFilter monday;
  monday.from = monday.to = "2024-03-04";
  monday.limit = 2;
  const auto monday_dyads = store->dyads(monday);
  ASSERT_EQ(monday_dyads.size(), 2u);
  EXPECT_EQ(monday_dyads[0].source_code, "IRN");  // equal events: more mentions first
  EXPECT_EQ(monday_dyads[0].num_mentions, 4);

  const auto by_day = timeline(*store, "TUR", "SYR", Period::kDay, false, {});
  ASSERT_EQ(by_day.size(), 2u);
  EXPECT_EQ(by_day[0].period, "2024-03-04");
  EXPECT_EQ(by_day[0].by_quad_class[0], 1);  // praise: verbal cooperation
  const auto by_month = timeline(*store, "TUR", "SYR", Period::kMonth, false, {});
  ASSERT_EQ(by_month.size(), 1u);
  EXPECT_EQ(by_month[0].period, "2024-03");
  EXPECT_EQ(by_month[0].num_events, 2);
  const auto by_week = timeline(*store, "IR", "AZE", Period::kWeek, false, {});  // prefix
  ASSERT_EQ(by_week.size(), 1u);
  EXPECT_EQ(by_week[0].period, "2024-W10");
  EXPECT_EQ(by_week[0].by_quad_class[2], 1);
  EXPECT_DOUBLE_EQ(by_week[0].mean_goldstein, -2.0);
  EXPECT_TRUE(timeline(*store, "AZE", "IRN", Period::kDay, false, {}).empty());
  EXPECT_EQ(timeline(*store, "AZE", "IRN", Period::kDay, true, {}).size(), 1u);

  const auto hits = store->search("border drill", 10);  // stemmed: "drills" matches "drill"
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].mention.record.doc_id, "r1");
  EXPECT_EQ(hits[0].mention.record.source.code, "IRN");
  EXPECT_TRUE(store->search("\"quoted\" AND NEAR(", 10).empty());  // words, never query syntax
  EXPECT_TRUE(store->search("   ", 10).empty());
}

// The PostgreSQL store is a module loaded on first use (util/module.h). Without a server, opening
// one still goes through it to libpq, which names the refused connection.
TEST(PostgresModule, LoadsOnFirstUseAndReachesLibpq) {
  try {
    open_event_store("postgresql://dyad@127.0.0.1:1/none");
    ADD_FAILURE() << "a store on port 1";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot connect"), std::string::npos) << e.what();
  }
}

TEST(PostgresModule, AMissingModuleSaysWhereItWasLookedFor) {
  try {
    module_symbol("none", "dyad_none");
    ADD_FAILURE() << "a module named none";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot find libdyad_none.so"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("DYAD_MODULES"), std::string::npos) << e.what();
  }
  EXPECT_THROW(module_symbol("postgres", "dyad_no_such_entry"), std::runtime_error);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::backend_name);

}  // namespace
}  // namespace dyad
