// `dyad serve --db FILE|URL`: the dashboard and JSON API over an event database (docs/api.md).
#include <fmt/core.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "serve/server.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct ServeOptions {
  std::string db, host = "127.0.0.1", web;
  int port = 8080, threads = 8;
};

int run_serve(const ServeOptions& o) {
  // SIGINT and SIGTERM go to one waiting thread that stops the server, so it ends cleanly; the
  // mask is set before any server thread starts, so they all inherit it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  serve::ServerOptions options{o.db, o.host, o.port, o.threads, find_web_dir(o.web)};
  serve::Server server(options);
  const std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  fmt::print("dyad: serving {} at http://{}:{}/{}\n", o.db, host, server.port(),
             options.web_dir ? "" : " (API only: the page is not built, see scripts/build-web)");
  std::fflush(stdout);
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  server.run();
  // run() returned: by a signal (the waiter is done) or a failure (wake the waiter ourselves).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return kOk;
}

}  // namespace

std::function<int()> add_serve_command(CLI::App& app, const GlobalOptions& /*globals*/) {
  auto o = std::make_shared<ServeOptions>();
  auto* serve = app.add_subcommand(
      "serve",
      "Serve the dashboard (timeline, network, map, evidence) and the JSON API (docs/api.md) "
      "over an event database, read-only.");
  serve->add_option("--db", o->db, "the event database (SQLite file or postgresql:// URL)")
      ->required();
  serve->add_option("--port", o->port, "TCP port (default 8080; 0 = any free port)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--host", o->host,
                    "address to listen on (default 127.0.0.1: this machine only)");
  serve->add_option("--threads", o->threads, "requests served at once (default 8)")
      ->check(CLI::Range(1, 256));
  serve->add_option("--web", o->web,
                    "the built dashboard (default: $DYAD_WEB, else build/web, else web/dist)");
  return [o] { return run_serve(*o); };
}

}  // namespace dyad::cli
