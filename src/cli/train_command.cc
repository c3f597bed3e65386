// `dyad train --train FILE.conllu --dev FILE.conllu -o MODEL`: trains the tagger, lemmatizer and
// dependency parser (docs/parsing.md); progress on stderr.
#include <fmt/core.h>

#include <iostream>

#include "cli/commands.h"
#include "parse/train.h"

namespace dyad::cli {

namespace {

struct TrainCommandOptions {
  std::string train, dev, test, output;
  parse::TrainOptions training;
};

}  // namespace

std::function<int()> add_train_command(CLI::App& app, const GlobalOptions&) {
  auto options = std::make_shared<TrainCommandOptions>();
  auto* command = app.add_subcommand(
      "train",
      "Train the part-of-speech tagger, lemmatizer and dependency parser on a Universal "
      "Dependencies treebank (CoNLL-U). Deterministic: the same data and seed give the same "
      "model, byte for byte.");
  command->add_option("--train", options->train, "training treebank (.conllu)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dev", options->dev, "development treebank (.conllu): scores per epoch")
      ->required()
      ->check(CLI::ExistingFile);
  command
      ->add_option("--test", options->test,
                   "test treebank (.conllu): scored once, the scores go in the model header")
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "model file to write")->required();
  command->add_option("--tagger-epochs", options->training.tagger_epochs, "tagger passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  command->add_option("--epochs", options->training.parser_epochs, "parser passes")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  command
      ->add_option("--folds", options->training.folds,
                   "jack-knife folds for the parser's training tags (1: none)")
      ->capture_default_str()
      ->check(CLI::Range(1, 20));
  command->add_flag("--non-monotonic", options->training.non_monotonic,
                    "non-monotonic arc-eager transitions (LEFT-ARC may replace a head, words "
                    "without a head are unshifted)");
  command->add_option("--seed", options->training.seed, "random seed (training order)")
      ->capture_default_str();
  return [options]() {
    parse::TrainOptions training = options->training;
    training.train = options->train;
    training.dev = options->dev;
    if (!options->test.empty()) training.test = options->test;
    training.progress = &std::cerr;
    const parse::Model model = parse::train_model(training);
    model.save(options->output);
    std::cerr << fmt::format("dyad: model written to {} ({} bytes)\n", options->output,
                             std::filesystem::file_size(options->output));
    return kOk;
  };
}

}  // namespace dyad::cli
