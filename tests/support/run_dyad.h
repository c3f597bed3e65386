// Runs the dyad binary (or a shell command around it) and collects exit code, stdout, stderr.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "support/temp_dir.h"

namespace dyad::testing {

struct Run {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `command` with sh; stderr is collected through a file so that neither pipe can block.
inline Run run_command(const std::string& command) {
  TempDir scratch;
  const auto err_file = scratch.path() / "stderr";
  Run run;
  FILE* pipe = popen((command + " 2>" + err_file.string()).c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.out.append(buffer.data(), got);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  std::stringstream text;
  text << err.rdbuf();
  run.err = text.str();
  return run;
}

// The dyad under test: this build's, or $DYAD_TEST_BINARY (to run a suite against another build).
inline std::string dyad_binary() {
  const char* other = std::getenv("DYAD_TEST_BINARY");
  return other && *other ? other : DYAD_BINARY;
}

inline Run run_dyad(const std::string& args) {
  return run_command(dyad_binary() + " " + args);
}

// `path` quoted for sh.
inline std::string quoted(const std::string& path) {
  std::string out = "'";
  for (const char c : path) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace dyad::testing
