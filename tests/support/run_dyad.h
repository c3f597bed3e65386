// Runs the dyad binary under test through the shell and collects its exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "support/temp_dir.h"

namespace dyad::testing {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `args` is pasted after the binary's path into a shell command line.
inline Run run_dyad(const std::string& args) {
  TempDir scratch;
  const auto err_file = scratch.path() / "stderr";
  const std::string command = std::string(DYAD_BINARY) + " " + args + " 2>" + err_file.string();
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
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

}  // namespace dyad::testing
