// A real `dyad serve` for the API tests: a database made by running `dyad code` on articles
// written here, and the server on a free loopback port in this process, queried over HTTP.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/server.h"
#include "store/store_backends.h"

namespace dyad::testing {

// The test articles: Iran and Azerbaijan trade statements over three months, one event is
// reported by two outlets on the same day, and Armenia, Turkey and Russia add other dyads. Three
// events say where they happened: two in Baku, one in Ankara.
inline const char* const kArticles[][5] = {
    // id, date, outlet URL, title, text
    {"iran-condemns", "2024-01-10", "https://first.example/1", "Morning briefing",
     "Iran condemned Azerbaijan on Monday."},
    {"iran-condemns-again", "2024-01-10", "https://second.example/7", "Regional roundup",
     "Iran condemned Azerbaijan on Monday."},
    {"baku-accuses", "2024-01-20", "https://first.example/2", "Evening briefing",
     "Azerbaijan accused Iran of espionage in Baku."},
    {"iran-praises", "2024-02-05", "https://second.example/8", "Weekly digest",
     "Iran praised Azerbaijan in Baku for the agreement."},
    {"iran-condemns-march", "2024-03-15", "https://first.example/3", "Border report",
     "Iran condemned Azerbaijan over the border drills."},
    {"armenia-turkey", "2024-02-10", "https://third.example/1", "Caucasus notes",
     "In Ankara, Armenia met with Turkey."},
    {"russia-threatens", "2024-03-01", "https://third.example/2", "Sanctions watch",
     "Russia threatened Armenia with sanctions."},
};

inline std::string write_articles(const TempDir& dir, const std::string& name, std::size_t first,
                                  std::size_t count) {
  const auto file = dir.path() / name;
  std::ofstream out(file);
  for (std::size_t i = first; i < first + count; ++i)
    out << nlohmann::json{{"id", kArticles[i][0]},
                          {"date", kArticles[i][1]},
                          {"url", kArticles[i][2]},
                          {"title", kArticles[i][3]},
                          {"text", kArticles[i][4]}}
               .dump()
        << '\n';
  return file.string();
}

// Codes `jsonl` into `db` with the real binary.
inline void code_into(const std::string& jsonl, const std::string& db, const TempDir& dir) {
  const std::string log = (dir.path() / "code.log").string();
  const int status = wait_for(spawn_dyad({"code", jsonl, "--db", db, "--jsonl", "/dev/null"}, log));
  ASSERT_EQ(status, 0) << "dyad code failed; see " << log;
}

// The server over one database, serving `web_dir` (if any) on a free loopback port.
class RunningServer {
 public:
  RunningServer(const std::string& db, std::optional<std::filesystem::path> web_dir = {}) {
    serve::ServerOptions options;
    options.db = db;
    options.port = 0;
    options.threads = 4;
    options.web_dir = std::move(web_dir);
    server_ = std::make_unique<serve::Server>(options);
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(30, 0);
    client_->set_url_encode(false);  // send paths as written: "+" as a browser's form space
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return server_->port(); }

  // GET `path`: the status and body (status -1 when the request failed).
  std::pair<int, std::string> get(const std::string& path) const {
    // listen_after_bind may not have started accepting yet: retry briefly on a failed connect.
    for (int attempt = 0; attempt < 200; ++attempt) {
      if (auto result = client_->Get(path.c_str())) return {result->status, result->body};
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return {-1, ""};
  }

  nlohmann::json json(const std::string& path) const {
    const auto [status, body] = get(path);
    EXPECT_EQ(status, 200) << path << ": " << body;
    return status == 200 ? nlohmann::json::parse(body) : nlohmann::json();
  }

 private:
  std::unique_ptr<serve::Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace dyad::testing
