// The serve module's entry point (util/module.h): `dyad serve` without linking cpp-httplib and
// OpenSSL into every run of dyad.
#include <fmt/core.h>

#include <csignal>
#include <cstdio>
#include <thread>

#include "serve/server.h"

extern "C" int dyad_serve(const dyad::serve::ServerOptions& options) {
  // SIGINT and SIGTERM go to one waiting thread that stops the server, so it ends cleanly; the
  // mask is set before any server thread starts, so they all inherit it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  dyad::serve::Server server(options);
  const std::string host =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  fmt::print("dyad: serving {} at http://{}:{}/{}\n", options.db, host, server.port(),
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
  return 0;
}
