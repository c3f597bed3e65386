// dyad: news articles in, CAMEO event data out. A thin layer over the stage libraries.
#include <iostream>
#include <stdexcept>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app{
      "dyad turns news articles (text, HTML, JSONL, WARC) into CAMEO event data:\n"
      "who did what to whom, when, with the evidence for each event."};
  app.name("dyad");
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  GlobalOptions globals;
  app.add_option("--data", globals.data_dir,
                 "dictionary and rule directory (default: $DYAD_DATA, else the bundled data/)");
  auto run_clean = add_clean_command(app, globals);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  try {
    if (app.got_subcommand("clean")) return run_clean();
  } catch (const std::exception& e) {
    std::cerr << "dyad: error: " << e.what() << '\n';
    return kUsage;
  }
  return kUsage;
}
