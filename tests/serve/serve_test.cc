// The JSON API against a real server on a real database (made by `dyad code`), on SQLite and,
// when DYAD_TEST_POSTGRES_URL names a server, PostgreSQL.
#include <atomic>
#include <csignal>
#include <regex>

#include "serve/serve_test_support.h"

namespace dyad::testing {
namespace {

class ServeTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    DYAD_REQUIRE_BACKEND(GetParam());
    databases_ = std::make_unique<Databases>(GetParam());
    db_ = databases_->create();
  }
  // Codes the first `count` test articles into the database.
  void code_articles(std::size_t count = std::size(kArticles)) {
    code_into(write_articles(databases_->dir(), "batch" + std::to_string(++batches_) + ".jsonl",
                             coded_, count),
              db_, databases_->dir());
    coded_ += count;
  }

  std::unique_ptr<Databases> databases_;
  std::string db_;
  std::size_t coded_ = 0;
  int batches_ = 0;
};

std::vector<std::string> ids_of(const nlohmann::json& events) {
  std::vector<std::string> dates;
  for (const auto& e : events["events"])
    dates.push_back(e["date"].get<std::string>() + " " + e["source_code"].get<std::string>() + ">" +
                    e["target_code"].get<std::string>() + " " + e["cameo"].get<std::string>());
  return dates;
}

TEST_P(ServeTest, EventsAreFilteredPagedAndCounted) {
  code_articles();
  const RunningServer server(db_);
  const auto all = server.json("/api/events");
  EXPECT_EQ(all["total"], 6);  // the two 2024-01-10 reports are one event
  EXPECT_EQ(ids_of(all).front(), "2024-03-15 IRN>AZE 111");  // newest first by default
  const auto oldest = server.json("/api/events?order=oldest&limit=2&offset=1");
  EXPECT_EQ(oldest["total"], 6);
  EXPECT_EQ(ids_of(oldest),
            (std::vector<std::string>{"2024-01-20 AZE>IRN 1125", "2024-02-05 IRN>AZE 051"}));

  const std::pair<const char*, int> totals[] = {
      {"actor=IRN", 4},
      {"actor=arm", 2},
      {"source=IRN", 3},
      {"target=IRN", 1},
      {"source=IRN&target=AZE", 3},
      {"country=AZE", 4},
      {"country=irn", 4},
      {"root=11", 3},
      {"cameo=11", 3},
      {"cameo=1312", 1},
      {"plover=accuse", 3},  // the root 11 events (PLOVER ACCUSE)
      {"plover=THREATEN", 1},
      {"quad_class=1", 2},
      {"quad_class=3", 4},
      {"modality=asserted", 6},
      {"modality=future", 0},
      {"outlet=second.example", 2},
      {"q=espionage", 1},
      {"q=condemned+Monday", 1},
      {"from=2024-02-01&to=2024-02-29", 2},
      {"to=2024-01-10", 1},
  };
  for (const auto& [filter, expected] : totals) {
    const auto page = server.json(std::string("/api/events?") + filter);
    EXPECT_EQ(page["total"], expected) << filter;
    EXPECT_EQ(page["events"].size(), static_cast<std::size_t>(expected)) << filter;
  }
}

TEST_P(ServeTest, OneEventWithItsEvidenceAndEveryArticle) {
  code_articles();
  const RunningServer server(db_);
  const auto list = server.json("/api/events?from=2024-01-10&to=2024-01-10");
  ASSERT_EQ(list["events"].size(), 1u);
  const auto& listed = list["events"][0];
  EXPECT_EQ(listed["num_articles"], 2);
  EXPECT_EQ(listed["num_sources"], 2);
  EXPECT_EQ(listed["evidence"]["highlight"]["text"], "Iran condemned Azerbaijan");
  EXPECT_EQ(listed["evidence"]["highlight"]["after"], " on Monday.");

  const auto event = server.json("/api/events/" + listed["id"].dump());
  EXPECT_EQ(event["label"], "Criticize or denounce");
  EXPECT_EQ(event["quad_class"], 3);
  ASSERT_EQ(event["mentions"].size(), 2u);
  EXPECT_EQ(event["mentions"][0]["sentence_text"], "Iran condemned Azerbaijan on Monday.");
  EXPECT_EQ(event["mentions"][0]["highlight"]["before"], "");
  EXPECT_TRUE(event["mentions"][0]["rule"].get<std::string>().starts_with("data/events/11"));
  ASSERT_EQ(event["articles"].size(), 2u);
  std::set<std::string> titles, urls;
  for (const auto& a : event["articles"]) {
    titles.insert(a["title"]);
    urls.insert(a["url"]);
    EXPECT_EQ(a["date"], "2024-01-10");
  }
  EXPECT_EQ(titles, (std::set<std::string>{"Morning briefing", "Regional roundup"}));
  EXPECT_EQ(urls, (std::set<std::string>{"https://first.example/1", "https://second.example/7"}));

  EXPECT_EQ(server.get("/api/events/999999").first, 404);
}

TEST_P(ServeTest, DyadTimelineHasBothDirectionsPerPeriod) {
  code_articles();
  const RunningServer server(db_);
  const auto months = server.json("/api/timeline?source=IRN&target=AZE&by=month");
  ASSERT_EQ(months["forward"].size(), 3u);
  const auto& january = months["forward"][0];
  EXPECT_EQ(january["period"], "2024-01");
  EXPECT_EQ(january["num_events"], 1);
  EXPECT_EQ(january["verbal_conflict"], 1);
  EXPECT_DOUBLE_EQ(january["mean_goldstein"].get<double>(), -2.0);
  EXPECT_EQ(january["first_date"], "2024-01-10");
  EXPECT_EQ(months["forward"][1]["verbal_cooperation"], 1);
  ASSERT_EQ(months["backward"].size(), 1u);
  EXPECT_EQ(months["backward"][0]["period"], "2024-01");
  EXPECT_EQ(months["backward"][0]["first_date"], "2024-01-20");

  const auto days = server.json("/api/timeline?source=IRN&target=AZE&by=day&from=2024-02-01");
  EXPECT_EQ(days["forward"].size(), 2u);
  const auto weeks = server.json("/api/timeline?source=AZE&target=IRN&by=week");
  EXPECT_EQ(weeks["forward"][0]["period"], "2024-W03");

  const auto armenia = server.json("/api/timeline?actor=ARM");
  ASSERT_EQ(armenia["points"].size(), 2u);
  EXPECT_EQ(armenia["points"][0]["period"], "2024-02");
  EXPECT_EQ(armenia["points"][1]["material_conflict"], 0);
  EXPECT_EQ(armenia["points"][1]["verbal_conflict"], 1);
}

TEST_P(ServeTest, UndatedEventsHaveNoDateAndTimelinesCountThemOut) {
  code_articles();
  const auto undated = databases_->dir().path() / "undated.jsonl";
  {
    std::ofstream out(undated);
    out << nlohmann::json{{"id", "undated-note"},
                          {"url", "https://fourth.example/1"},
                          {"text", "Iran condemned Azerbaijan over the pipeline."}}
               .dump()
        << '\n';
  }
  code_into(undated.string(), db_, databases_->dir());
  const RunningServer server(db_);
  const auto all = server.json("/api/events");
  EXPECT_EQ(all["total"], 7);
  std::size_t undated_events = 0;
  for (const auto& e : all["events"])
    if (e["date_is_ingest"] == true) {
      ++undated_events;
      EXPECT_TRUE(e["date"].is_null()) << e.dump();
    }
  EXPECT_EQ(undated_events, 1u);
  EXPECT_EQ(server.json("/api/events?from=2024-01-01")["total"], 6);  // dates match dated events

  const auto dyad = server.json("/api/timeline?source=IRN&target=AZE&by=month");
  EXPECT_EQ(dyad["forward"].size(), 3u);  // 2024-01..03, no month for the day it was stored
  EXPECT_EQ(dyad["undated_left_out"], 1);
  EXPECT_EQ(server.json("/api/timeline?actor=AZE")["undated_left_out"], 1);
  EXPECT_EQ(server.json("/api/timeline?actor=ARM")["undated_left_out"], 0);
  EXPECT_EQ(server.json("/api/meta")["last_date"], "2024-03-15");
}

TEST_P(ServeTest, DyadsActorsPartnersNetworkAndCountries) {
  code_articles();
  const RunningServer server(db_);
  const auto dyads = server.json("/api/dyads");
  ASSERT_EQ(dyads["dyads"].size(), 4u);
  EXPECT_EQ(dyads["dyads"][0]["source_code"], "IRN");
  EXPECT_EQ(dyads["dyads"][0]["num_events"], 3);
  EXPECT_EQ(dyads["dyads"][0]["num_mentions"], 4);
  EXPECT_EQ(dyads["dyads"][0]["verbal_conflict"], 2);
  EXPECT_EQ(dyads["dyads"][0]["verbal_cooperation"], 1);
  EXPECT_NEAR(dyads["dyads"][0]["mean_goldstein"].get<double>(), (-2.0 - 2.0 + 3.4) / 3, 1e-9);
  EXPECT_EQ(server.json("/api/dyads?limit=1")["dyads"].size(), 1u);

  const auto actors = server.json("/api/actors?limit=2");
  ASSERT_EQ(actors["actors"].size(), 2u);
  EXPECT_EQ(actors["actors"][0]["code"], "AZE");  // 4 events, like IRN: ties go by code
  EXPECT_EQ(actors["actors"][0]["as_target"], 3);
  EXPECT_EQ(actors["actors"][1]["code"], "IRN");

  const auto partners = server.json("/api/partners?actor=ARM");
  ASSERT_EQ(partners["partners"].size(), 2u);
  std::map<std::string, nlohmann::json> by_code;
  for (const auto& p : partners["partners"]) by_code[p["code"]] = p;
  EXPECT_EQ(by_code["TUR"]["outgoing"], 1);
  EXPECT_EQ(by_code["RUS"]["incoming"], 1);

  const auto network = server.json("/api/network");
  EXPECT_EQ(network["nodes"].size(), 5u);
  EXPECT_EQ(network["edges"].size(), 4u);
  const auto narrowed = server.json("/api/network?quad_class=1");
  EXPECT_EQ(narrowed["edges"].size(), 2u);  // IRN→AZE praise, ARM→TUR meeting

  const auto countries = server.json("/api/countries");
  std::map<std::string, std::int64_t> events_by_country;
  for (const auto& c : countries["countries"]) events_by_country[c["country"]] = c["num_events"];
  EXPECT_EQ(events_by_country, (std::map<std::string, std::int64_t>{
                                   {"ARM", 2}, {"AZE", 4}, {"IRN", 4}, {"RUS", 1}, {"TUR", 1}}));

  const auto meta = server.json("/api/meta");
  EXPECT_EQ(meta["num_events"], 6);
  EXPECT_EQ(meta["num_mentions"], 7);
  EXPECT_EQ(meta["num_documents"], 7);
  EXPECT_EQ(meta["first_date"], "2024-01-10");
}

TEST_P(ServeTest, PlacesCountEventsWhereTheyHappenedAndSelectThem) {
  code_articles();
  const RunningServer server(db_);
  const auto all = server.json("/api/places");
  ASSERT_EQ(all["places"].size(), 2u) << all.dump();  // events without a place are left out
  const auto& baku = all["places"][0];
  EXPECT_EQ(baku["name"], "Baku");
  EXPECT_EQ(baku["country"], "AZE");
  EXPECT_EQ(baku["type"], "capital");
  EXPECT_NEAR(baku["lat"].get<double>(), 40.38, 0.01);
  EXPECT_NEAR(baku["lon"].get<double>(), 49.89, 0.01);
  EXPECT_EQ(baku["num_events"], 2);  // the accusation and the praise
  EXPECT_NEAR(baku["mean_goldstein"].get<double>(), (-2.0 + 3.4) / 2, 1e-9);
  EXPECT_EQ(all["places"][1]["name"], "Ankara");
  EXPECT_EQ(all["places"][1]["country"], "TUR");
  EXPECT_EQ(all["places"][1]["num_events"], 1);

  // The shared filters narrow the places…
  const auto conflict = server.json("/api/places?quad_class=3");
  ASSERT_EQ(conflict["places"].size(), 1u);
  EXPECT_EQ(conflict["places"][0]["name"], "Baku");
  EXPECT_EQ(conflict["places"][0]["num_events"], 1);
  EXPECT_DOUBLE_EQ(conflict["places"][0]["mean_goldstein"].get<double>(), -2.0);
  const auto armenia = server.json("/api/places?actor=ARM");
  ASSERT_EQ(armenia["places"].size(), 1u);
  EXPECT_EQ(armenia["places"][0]["name"], "Ankara");
  EXPECT_EQ(server.json("/api/places?limit=1")["places"].size(), 1u);
  const auto in_turkey = server.json("/api/places?place_country=TUR");
  ASSERT_EQ(in_turkey["places"].size(), 1u);
  EXPECT_EQ(in_turkey["places"][0]["name"], "Ankara");

  // …and a place narrows every list: its events, as a click on the map asks for them.
  const auto in_baku = server.json("/api/events?place=Baku&place_country=AZE&order=oldest");
  EXPECT_EQ(in_baku["total"], 2);
  EXPECT_EQ(ids_of(in_baku),
            (std::vector<std::string>{"2024-01-20 AZE>IRN 1125", "2024-02-05 IRN>AZE 051"}));
  EXPECT_EQ(server.json("/api/events?place=Baku&place_country=TUR")["total"], 0);
  EXPECT_EQ(server.json("/api/events?place_country=tur")["total"], 1);
  EXPECT_EQ(server.json("/api/events?place=Ankara&actor=IRN")["total"], 0);
  EXPECT_EQ(server.json("/api/dyads?place=Baku")["dyads"].size(), 2u);
  const auto [status, body] = server.get("/api/places?place_country=AZ");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(nlohmann::json::parse(body).value("parameter", ""), "place_country");
}

TEST_P(ServeTest, AnyEventListDownloadsAsCsv) {
  code_articles();
  const RunningServer server(db_);
  const auto [status, csv] = server.get("/api/events.csv?actor=IRN&order=oldest");
  ASSERT_EQ(status, 200);
  std::istringstream lines(csv);
  std::string header, line;
  std::getline(lines, header);
  EXPECT_TRUE(header.starts_with("event_id,date,date_is_ingest,source_code")) << header;
  std::vector<std::string> rows;
  while (std::getline(lines, line))
    if (!line.empty() && line != "\r") rows.push_back(line);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_NE(rows[0].find("2024-01-10"), std::string::npos);
  EXPECT_NE(rows[0].find("Iran condemned Azerbaijan on Monday."), std::string::npos);
}

TEST_P(ServeTest, BadParametersAre400NamingTheParameter) {
  code_articles(1);
  const RunningServer server(db_);
  const std::pair<const char*, const char*> bad[] = {
      {"/api/events?from=2024-13-01", "from"},
      {"/api/events?to=yesterday", "to"},
      {"/api/events?from=2024-03-01&to=2024-01-01", "to"},
      {"/api/events?limit=0", "limit"},
      {"/api/events?limit=abc", "limit"},
      {"/api/events?limit=100000", "limit"},
      {"/api/events?offset=-1", "offset"},
      {"/api/events?quad_class=5", "quad_class"},
      {"/api/events?root=1", "root"},
      {"/api/events?cameo=1a", "cameo"},
      {"/api/events?actor=IRN%27%20OR%201%3D1", "actor"},
      {"/api/events?country=IRNGOV", "country"},
      {"/api/events?modality=maybe", "modality"},
      {"/api/events?plover=FIGHT", "plover"},
      {"/api/events?order=random", "order"},
      {"/api/events?colour=red", "colour"},
      {"/api/timeline?source=IRN", "target"},
      {"/api/timeline", "actor"},
      {"/api/timeline?actor=IRN&by=year", "by"},
      {"/api/partners", "actor"},
      {"/api/events/abc", "id"},
  };
  for (const auto& [path, parameter] : bad) {
    const auto [status, body] = server.get(path);
    EXPECT_EQ(status, 400) << path;
    const auto json = nlohmann::json::parse(body, nullptr, false);
    EXPECT_EQ(json.value("parameter", ""), parameter) << path << ": " << body;
    EXPECT_FALSE(json.value("error", "").empty()) << path;
  }
  // Text is a parameter, never SQL: quotes and FTS syntax are just words that match nothing.
  EXPECT_EQ(server.json("/api/events?q=%22%27%29%20OR%20*%20NEAR")["total"], 0);
  EXPECT_EQ(server.json("/api/events?outlet=%27%20OR%20%271%27%3D%271")["total"], 0);
  EXPECT_EQ(server.get("/api/nothing").first, 404);
}

TEST_P(ServeTest, SeesWhatAConcurrentCodeRunAdds) {
  code_articles(std::size(kArticles) - 1);
  const RunningServer server(db_);
  EXPECT_EQ(server.json("/api/events")["total"], 5);
  EXPECT_EQ(server.json("/api/events?actor=RUS")["total"], 0);
  code_articles(1);  // the Russia article, written while the server has the database open
  EXPECT_EQ(server.json("/api/events")["total"], 6);
  EXPECT_EQ(server.json("/api/events?actor=RUS")["total"], 1);
}

TEST_P(ServeTest, ConcurrentRequestsAllAnswerCorrectly) {
  code_articles();
  const RunningServer server(db_);
  std::atomic<int> wrong = 0;
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c)
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port());
      for (int i = 0; i < 25; ++i) {
        const auto result =
            client.Get(c % 2 ? "/api/timeline?source=IRN&target=AZE" : "/api/events?actor=IRN");
        if (!result || result->status != 200) {
          ++wrong;
          continue;
        }
        const auto json = nlohmann::json::parse(result->body);
        if (c % 2 ? json["forward"].size() != 3 : json["total"] != 4) ++wrong;
      }
    });
  for (auto& client : clients) client.join();
  EXPECT_EQ(wrong, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServeTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), backend_name);

// --- SQLite-only: files, the read-only open, and the command itself ------------------------

TEST(ServeFiles, StaticFilesComeOnlyFromTheWebFolder) {
  TempDir dir;
  const std::string db = (dir.path() / "events.db").string();
  code_into(write_articles(dir, "a.jsonl", 0, 1), db, dir);
  dir.write("web/index.html", "<!doctype html><title>dashboard</title>");
  dir.write("web/app.js", "console.log('dashboard');");
  dir.write("secret.txt", "not for the web");
  const RunningServer server(db, dir.path() / "web");
  EXPECT_EQ(server.get("/").first, 200);
  EXPECT_NE(server.get("/").second.find("dashboard"), std::string::npos);
  EXPECT_EQ(server.get("/app.js").first, 200);
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                           "/web/../../secret.txt", "/%2E%2E%2Fsecret.txt", "/../events.db"}) {
    const auto [status, body] = server.get(path);
    EXPECT_NE(status, 200) << path;
    EXPECT_EQ(body.find("not for the web"), std::string::npos) << path;
  }
}

TEST(ServeFiles, OpensTheDatabaseReadOnlyAndNeverCreatesOne) {
  TempDir dir;
  const std::string missing = (dir.path() / "missing.db").string();
  serve::ServerOptions options;
  options.db = missing;
  options.port = 0;
  EXPECT_THROW(serve::Server{options}, std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(missing));

  // Serving leaves the file as it was, byte for byte.
  const std::string db = (dir.path() / "events.db").string();
  code_into(write_articles(dir, "a.jsonl", 0, 3), db, dir);
  const auto bytes = [&] {
    std::ifstream in(db, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string before = bytes();
  {
    const RunningServer server(db);
    EXPECT_EQ(server.json("/api/events")["total"], 2);
    EXPECT_EQ(server.json("/api/timeline?actor=IRN")["points"].size(), 1u);
  }
  EXPECT_EQ(bytes(), before);
}

TEST(ServeCommand, ServesOnLoopbackAndStopsOnSigterm) {
  TempDir dir;
  const std::string db = (dir.path() / "events.db").string();
  code_into(write_articles(dir, "a.jsonl", 0, 3), db, dir);
  const std::string log = (dir.path() / "serve.log").string();
  const pid_t pid = spawn_dyad({"serve", "--db", db, "--port", "0"}, log);
  ASSERT_GT(pid, 0);
  std::smatch found;
  std::string text;
  const std::regex url(R"(serving .* at http://127\.0\.0\.1:(\d+)/)");
  for (int i = 0; i < 1000 && !std::regex_search(text, found, url); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::ifstream in(log);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_TRUE(std::regex_search(text, found, url)) << text;
  httplib::Client client("127.0.0.1", std::stoi(found[1]));
  const auto meta = client.Get("/api/meta");
  ASSERT_TRUE(meta);
  EXPECT_EQ(meta->status, 200);
  EXPECT_EQ(nlohmann::json::parse(meta->body)["num_events"], 2);
  kill(pid, SIGTERM);
  EXPECT_EQ(wait_for(pid), 0);
}

}  // namespace
}  // namespace dyad::testing
