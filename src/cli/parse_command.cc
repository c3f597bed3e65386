// `dyad parse`: CoNLL-U for articles (dyad's own sentences and tokens) or for the gold words of
// a CoNLL-U file, optionally scored against that file's annotation.
#include <fmt/core.h>

#include <iostream>

#include "clean/clean.h"
#include "cli/batch.h"
#include "cli/commands.h"
#include "parse/train.h"
#include "parse/words.h"
#include "segment/segment.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct ParseOptions {
  BatchOptions batch;
  std::string conllu;
  bool evaluate = false;
  std::string model;
};

std::filesystem::path model_path(const std::string& option, const std::string& data_dir) {
  if (!option.empty()) return option;
  return find_data_dir(data_dir) / "parse" / "en_ewt.model";
}

// One sentence of an article as CoNLL-U: dyad's tokens, split into UD words (parse/words.h).
parse::ConlluSentence parse_sentence(const parse::Model& model, std::string_view text,
                                     const Sentence& sentence, const std::string& id) {
  std::vector<std::string_view> tokens;
  for (const Token& t : sentence.tokens)
    tokens.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  std::vector<parse::ParserWord> words;
  parse::parser_words(tokens, words);
  std::vector<std::string_view> forms;
  for (const auto& w : words) forms.push_back(w.text);
  std::vector<parse::WordAnalysis> analysis;
  model.analyze(forms, analysis);

  parse::ConlluSentence out;
  out.comments.push_back("sent_id = " + id);
  std::string sentence_text(
      text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin));
  for (char& c : sentence_text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out.comments.push_back("text = " + sentence_text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    parse::ConlluWord w;
    w.form = words[i].text;
    w.lemma = analysis[i].lemma;
    w.upos = analysis[i].upos;
    w.xpos = analysis[i].xpos;
    w.head = analysis[i].head + 1;
    w.deprel = analysis[i].deprel;
    const char* end = words[i].text.data() + words[i].text.size();
    if (i + 1 < words.size() && end == words[i + 1].text.data()) w.misc = "SpaceAfter=No";
    out.words.push_back(std::move(w));
  }
  return out;
}

}  // namespace

std::function<int()> add_parse_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<ParseOptions>();
  auto* command = app.add_subcommand(
      "parse",
      "Tag, lemmatize and parse: print CoNLL-U (UPOS, Penn XPOS, lemma, head, UD relation) "
      "for each sentence of the cleaned, segmented articles, or for the words of a CoNLL-U "
      "file (--conllu), optionally scored against the file's own annotation (--evaluate).");
  auto* inputs = command->add_option(
      "INPUT", options->batch.inputs,
      "articles: files or directories (recursive): .txt .html .htm .jsonl[.gz] .warc[.gz]");
  command
      ->add_option("--max-doc-mb", options->batch.max_doc_mb,
                   "refuse documents larger than this many MB (default 8)")
      ->check(CLI::PositiveNumber);
  auto* conllu =
      command->add_option("--conllu", options->conllu, "parse the gold words of this CoNLL-U file")
          ->check(CLI::ExistingFile)
          ->excludes(inputs);
  command
      ->add_flag("--evaluate", options->evaluate,
                 "with --conllu: print UPOS, XPOS, lemma, UAS and LAS against the file's "
                 "annotation instead of the CoNLL-U")
      ->needs(conllu);
  command->add_option("--model", options->model, "parser model (default: data/parse/en_ewt.model)");
  return [options, &globals]() -> int {
    if (options->conllu.empty() && options->batch.inputs.empty())
      throw CLI::RequiredError("INPUT or --conllu");
    const parse::Model model = parse::Model::load(model_path(options->model, globals.data_dir));
    std::ios::sync_with_stdio(false);
    if (!options->conllu.empty()) {
      const auto gold = parse::read_conllu_file(options->conllu);
      std::vector<parse::ConlluSentence> parsed;
      const parse::Scores scores =
          parse::evaluate(model, gold, options->evaluate ? nullptr : &parsed);
      if (options->evaluate) fmt::print("{}\n", parse::format_scores(scores));
      for (const auto& sentence : parsed) parse::write_conllu(std::cout, sentence);
      return kOk;
    }
    const auto data = find_data_dir(globals.data_dir);
    const Cleaner cleaner(data);
    const Segmenter segmenter(data);
    return run_batch(options->batch, [&](Document& doc) {
      const Article article = cleaner.clean(doc);
      const auto sentences = segmenter.split(article);
      bool first = true;
      for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (sentences[s].tokens.empty()) continue;
        auto parsed =
            parse_sentence(model, article.text, sentences[s], fmt::format("{}-{}", doc.id, s + 1));
        if (first) parsed.comments.insert(parsed.comments.begin(), "newdoc id = " + doc.id);
        first = false;
        parse::write_conllu(std::cout, parsed);
      }
    });
  };
}

}  // namespace dyad::cli
