// `dyad actors INPUT...`: each sentence with the actor mentions found in it and their codes.
#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "cli/batch.h"
#include "cli/commands.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

namespace {

struct ActorsOptions {
  BatchOptions batch;
  bool json = false;
};

const char* kind_name(Sentence::Kind kind) {
  switch (kind) {
    case Sentence::Kind::kTitle:
      return "title";
    case Sentence::Kind::kDateline:
      return "dateline";
    case Sentence::Kind::kBody:
      return "body";
  }
  return "body";
}

nlohmann::json mention_json(const ActorMention& m) {
  return {{"text", m.text},   {"span", {m.span.begin, m.span.end}},
          {"code", m.code},   {"country", m.country},
          {"agent", m.agent}, {"kind", m.kind},
          {"rule", m.rule}};
}

void print_json(const Document& doc, const AnalyzedDocument& analyzed) {
  const auto& [article, sentences, mentions] =
      std::tie(analyzed.article, analyzed.sentences, analyzed.mentions);
  nlohmann::json out_sentences = nlohmann::json::array();
  std::size_t next = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    nlohmann::json found = nlohmann::json::array();
    for (; next < mentions.size() && mentions[next].sentence == s; ++next)
      found.push_back(mention_json(mentions[next]));
    const Span span = sentences[s].span;
    out_sentences.push_back({{"index", s},
                             {"kind", kind_name(sentences[s].kind)},
                             {"span", {span.begin, span.end}},
                             {"text", article.text.substr(span.begin, span.end - span.begin)},
                             {"mentions", found}});
  }
  std::cout << nlohmann::json{{"doc_id", doc.id},
                              {"date", article.date ? nlohmann::json(*article.date) : nullptr},
                              {"sentences", out_sentences}}
                   .dump()
            << '\n';
}

void print_text(const Document& doc, const AnalyzedDocument& analyzed) {
  const auto& [article, sentences, mentions] =
      std::tie(analyzed.article, analyzed.sentences, analyzed.mentions);
  fmt::print("== {}  (date: {})\n", doc.id, article.date ? *article.date : "unknown");
  std::size_t next = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Span span = sentences[s].span;
    fmt::print("\n[{}] {}\n", s,
               std::string_view(article.text).substr(span.begin, span.end - span.begin));
    for (; next < mentions.size() && mentions[next].sentence == s; ++next) {
      const ActorMention& m = mentions[next];
      fmt::print("    {:<10} {:<45} {}\n", m.location ? "(place)" : m.code, "\"" + m.text + "\"",
                 m.rule);
    }
  }
  fmt::print("\n");
}

}  // namespace

std::function<int()> add_actors_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<ActorsOptions>();
  auto* command = app.add_subcommand(
      "actors",
      "Show each sentence with the political actors mentioned in it, their CAMEO "
      "actor codes (country + agent) and the dictionary row or rule behind each.");
  add_batch_options(*command, options->batch);
  command->add_flag("--json", options->json, "one JSON object per article (JSON Lines)");
  return [options, &globals]() {
    auto pipeline = make_pipeline({globals.data_dir, globals.dictionaries}, std::cerr);
    const int code = run_batch(options->batch, [&](Document& doc) {
      const AnalyzedDocument analyzed = pipeline->run(doc, {.last_stage = "actors"});
      if (options->json)
        print_json(doc, analyzed);
      else
        print_text(doc, analyzed);
    });
    keep_until_exit(pipeline);
    return code;
  };
}

}  // namespace dyad::cli
