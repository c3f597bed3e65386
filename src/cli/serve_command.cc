// `dyad serve --db FILE|URL`: the dashboard and JSON API over an event database (docs/api.md).
#include <memory>

#include "cli/commands.h"
#include "serve/server.h"
#include "util/module.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct ServeOptions {
  std::string db, host = "127.0.0.1", web;
  int port = 8080, threads = 8;
};

int run_serve(const ServeOptions& o) {
  // The server is a module (util/module.h): its libraries load only for this command.
  const serve::ServerOptions options{o.db, o.host, o.port, o.threads, find_web_dir(o.web)};
  return module_function<decltype(dyad_serve)>("serve", "dyad_serve")(options);
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
