// dyad: news articles in, CAMEO event data out. A thin layer over the stage libraries.
#include <iostream>
#include <stdexcept>
#include <utility>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "store/event_store.h"
#include "util/huge_pages.h"

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app{
      "dyad turns news articles (text, HTML, JSONL, WARC) into CAMEO event data:\n"
      "who did what to whom, when, with the evidence for each event."};
  app.name("dyad");
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  // Inherited by every sub-command: the global options below may also follow the sub-command
  // (`dyad code --dictionaries DIR ARTICLES/`), where a new user naturally puts them.
  app.fallthrough();
  GlobalOptions globals;
  app.add_option("--dictionaries", globals.dictionaries,
                 "code with TABARI/PETRARCH dictionaries: a TABARI .project file, or a directory "
                 "of *actors*, *agents* and *verbs* files (default: dyad's own data/)");
  app.add_option("--data", globals.data_dir,
                 "dictionary and rule directory (default: $DYAD_DATA, else the bundled data/)");
  const std::vector<std::pair<std::string, std::function<int()>>> commands = {
      {"clean", add_clean_command(app, globals)},
      {"actors", add_actors_command(app, globals)},
      {"code", add_code_command(app, globals)},
      {"explain", add_explain_command(app, globals)},
      {"validate", add_validate_command(app, globals)},
      {"export", add_export_command(app, globals)},
      {"query", add_query_command(app, globals)},
      {"codes", add_codes_command(app, globals)},
      {"train", add_train_command(app, globals)},
      {"parse", add_parse_command(app, globals)},
      {"serve", add_serve_command(app, globals)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  // The commands that load dyad's data (or the parser model) load it onto huge pages.
  for (const char* loads : {"actors", "code", "explain", "validate", "parse", "train"})
    if (app.got_subcommand(loads)) dyad::put_heap_on_huge_pages();
  try {
    for (const auto& [name, run] : commands)
      if (app.got_subcommand(name)) return run();
  } catch (const dyad::StoreUnavailable& e) {
    report_stopped_run(e);
    return kStopped;
  } catch (const std::exception& e) {
    std::cerr << "dyad: error: " << e.what() << '\n';
    return kUsage;
  }
  return kUsage;
}
