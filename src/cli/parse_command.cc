// `dyad parse`: CoNLL-U for articles (dyad's own sentences and tokens) or for the gold words of
// a CoNLL-U file, optionally scored against that file's annotation.
#include <fmt/core.h>

#include <iostream>

#include "cli/commands.h"
#include "parse/train.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct ParseOptions {
  std::string conllu;
  bool evaluate = false;
  std::string model;
};

}  // namespace

std::filesystem::path parser_model_path(const std::string& option, const std::string& data_dir) {
  if (!option.empty()) return option;
  return find_data_dir(data_dir) / "parse" / "en_ewt.model";
}

std::function<int()> add_parse_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<ParseOptions>();
  auto* command = app.add_subcommand(
      "parse",
      "Tag, lemmatize and parse: print CoNLL-U (UPOS, Penn XPOS, lemma, head, UD relation) for "
      "the words of a CoNLL-U file (--conllu), optionally scoring the result against the file's "
      "own annotation (--evaluate).");
  command->add_option("--conllu", options->conllu, "parse the gold words of this CoNLL-U file")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_flag("--evaluate", options->evaluate,
                    "print UPOS, XPOS, lemma, UAS and LAS against the file's annotation instead "
                    "of the CoNLL-U");
  command->add_option("--model", options->model,
                      "parser model (default: data/parse/en_ewt.model)");
  return [options, &globals]() {
    const parse::Model model =
        parse::Model::load(parser_model_path(options->model, globals.data_dir));
    const auto gold = parse::read_conllu_file(options->conllu);
    std::vector<parse::ConlluSentence> parsed;
    const parse::Scores scores =
        parse::evaluate(model, gold, options->evaluate ? nullptr : &parsed);
    if (options->evaluate) {
      fmt::print("{}\n", parse::format_scores(scores));
      return kOk;
    }
    std::ios::sync_with_stdio(false);
    for (const auto& sentence : parsed) parse::write_conllu(std::cout, sentence);
    return kOk;
  };
}

}  // namespace dyad::cli
