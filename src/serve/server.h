// `dyad serve`: the JSON API (docs/api.md) and the built dashboard over one event database, on
// a pool of threads, each with its own read-only connection.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace dyad::serve {

struct ServerOptions {
  std::string db;                                // SQLite file or postgresql:// URL
  std::string host = "127.0.0.1";                // loopback unless asked otherwise
  int port = 8080;                               // 0: any free port (port() says which)
  int threads = 8;                               // requests served at once
  std::optional<std::filesystem::path> web_dir;  // the built page; none: API only
};

class Server {
 public:
  // Opens the database read-only once, so a wrong --db fails here rather than on a request,
  // and binds the address. Throws std::runtime_error naming what failed.
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;
  // Serves until stop() (from another thread or a signal handler's thread).
  void run();
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dyad::serve

// Serves `options` until SIGINT or SIGTERM, after printing the address on stdout; returns 0.
// Throws std::runtime_error as Server does. The entry point of the serve module (util/module.h):
// `dyad serve` calls it through module_function, never directly.
extern "C" int dyad_serve(const dyad::serve::ServerOptions& options);
