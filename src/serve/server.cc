#include "serve/server.h"

#include <httplib.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "serve/api.h"
#include "store/event_store.h"

namespace dyad::serve {

namespace {

// One read-only connection per server thread: SQLite and libpqxx connections are not shared
// between threads, and each request on a thread sees what writers committed before it began.
class StorePool {
 public:
  explicit StorePool(std::string location) : location_(std::move(location)) {}

  EventStore& for_this_thread() {
    const auto id = std::this_thread::get_id();
    {
      std::lock_guard lock(mutex_);
      if (const auto it = stores_.find(id); it != stores_.end()) return *it->second;
    }
    auto store = open_event_store_read_only(location_);  // outside the lock: may take a while
    std::lock_guard lock(mutex_);
    return *stores_.emplace(id, std::move(store)).first->second;
  }

 private:
  std::string location_;
  std::mutex mutex_;
  std::unordered_map<std::thread::id, std::unique_ptr<EventStore>> stores_;
};

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(), "application/json");
}

// Runs an API call and answers its result, or the error: 400 for a bad parameter (naming it),
// 404 for an unknown event, 500 (with the cause) when the database fails.
template <typename Call>
void answer(httplib::Response& response, Call&& call) {
  try {
    call();
  } catch (const BadParameter& e) {
    send_json(response, 400, {{"error", e.what()}, {"parameter", e.parameter()}});
  } catch (const NotFound& e) {
    send_json(response, 404, {{"error", e.what()}});
  } catch (const std::exception& e) {
    send_json(response, 500, {{"error", e.what()}});
  }
}

// The query string as a form (application/x-www-form-urlencoded): "+" is a space, as browsers
// and URLSearchParams write it (httplib's own request.params keeps "+" as it is).
Parameters parameters_of(const httplib::Request& request) {
  Parameters parameters;
  const auto question = request.target.find('?');
  if (question == std::string::npos) return parameters;
  const std::string query = request.target.substr(question + 1);
  std::size_t begin = 0;
  while (begin <= query.size()) {
    const std::size_t end = std::min(query.find('&', begin), query.size());
    const std::string pair = query.substr(begin, end - begin);
    if (!pair.empty()) {
      const auto equals = pair.find('=');
      parameters.emplace(httplib::detail::decode_url(pair.substr(0, equals), true),
                         equals == std::string::npos
                             ? std::string()
                             : httplib::detail::decode_url(pair.substr(equals + 1), true));
    }
    begin = end + 1;
  }
  return parameters;
}

}  // namespace

struct Server::State {
  ServerOptions options;
  StorePool stores;
  httplib::Server http;
  int port = 0;

  explicit State(ServerOptions o) : options(std::move(o)), stores(options.db) {}
};

Server::Server(ServerOptions options) : state_(std::make_unique<State>(std::move(options))) {
  State& s = *state_;
  open_event_store_read_only(s.options.db);  // fails now on a missing or foreign database
  const int threads = std::max(1, s.options.threads);
  s.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Responses go out as several writes (headers, body): with Nagle's algorithm on, each answer
  // on a kept-alive connection waits for the client's delayed ACK, ~40 ms on Linux, whatever
  // the query cost (bench/serve-load: 43 ms per timeline that took 1 ms of CPU).
  s.http.set_tcp_nodelay(true);
  const std::pair<const char*, Endpoint> endpoints[] = {
      {"/api/meta", meta},         {"/api/events", events},       {"/api/dyads", dyads},
      {"/api/timeline", timeline}, {"/api/actors", actors},       {"/api/partners", partners},
      {"/api/network", network},   {"/api/countries", countries}, {"/api/places", places},
  };
  for (const auto& [path, endpoint] : endpoints)
    s.http.Get(path, [&s, endpoint = endpoint](const httplib::Request& request,
                                               httplib::Response& response) {
      answer(response, [&] {
        send_json(response, 200, endpoint(s.stores.for_this_thread(), parameters_of(request)));
      });
    });
  s.http.Get("/api/events.csv", [&s](const httplib::Request& request, httplib::Response& response) {
    answer(response, [&] {
      response.set_content(events_csv(s.stores.for_this_thread(), parameters_of(request)),
                           "text/csv; charset=utf-8");
      response.set_header("Content-Disposition", "attachment; filename=\"events.csv\"");
    });
  });
  s.http.Get(
      R"(/api/events/([^/]+))", [&s](const httplib::Request& request, httplib::Response& response) {
        answer(response, [&] {
          send_json(response, 200, event(s.stores.for_this_thread(), request.matches[1].str()));
        });
      });
  s.http.Get(R"(/api/.*)", [](const httplib::Request& request, httplib::Response& response) {
    send_json(response, 404, {{"error", "no API endpoint " + request.path + " (see docs/api.md)"}});
  });
  // Only files under the built folder: httplib refuses paths that climb out of a mount point.
  if (s.options.web_dir && !s.http.set_mount_point("/", s.options.web_dir->string()))
    throw std::runtime_error("cannot serve " + s.options.web_dir->string());
  if (!s.options.web_dir)
    s.http.Get("/", [](const httplib::Request&, httplib::Response& response) {
      response.set_content(
          "dyad serve: the dashboard is not built (scripts/build-web); the JSON API is at /api/ "
          "(docs/api.md).\n",
          "text/plain; charset=utf-8");
    });
  s.port = s.options.port == 0
               ? s.http.bind_to_any_port(s.options.host)
               : (s.http.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1);
  if (s.port < 0)
    throw std::runtime_error("cannot listen on " + s.options.host + ":" +
                             std::to_string(s.options.port));
}

Server::~Server() = default;

int Server::port() const {
  return state_->port;
}

void Server::run() {
  state_->http.listen_after_bind();
}

void Server::stop() {
  state_->http.stop();
}

}  // namespace dyad::serve
