// `dyad clean INPUT...`: shows what the cleaner keeps and removes, as text or JSON lines.
#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "clean/clean.h"
#include "cli/batch.h"
#include "cli/commands.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct CleanOptions {
  BatchOptions batch;
  bool json = false;
  bool brief = false;
};

nlohmann::json span_json(const Span& span) {
  return {span.begin, span.end};
}

template <typename T>
nlohmann::json optional_json(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json article_json(const Document& doc, const Article& article) {
  nlohmann::json paragraphs = nlohmann::json::array();
  for (const Block* block : article.paragraphs())
    paragraphs.push_back({{"span", span_json(block->span)},
                          {"document_begin", optional_json(block->document_begin)}});
  nlohmann::json removed = nlohmann::json::array();
  for (const auto& item : article.removed)
    removed.push_back({{"text", item.text},
                       {"rule", item.rule},
                       {"reason", item.reason},
                       {"span", item.span ? span_json(*item.span) : nlohmann::json(nullptr)}});
  nlohmann::json dateline = nullptr;
  if (article.dateline)
    dateline = {{"text", article.dateline->text},
                {"place", article.dateline->place},
                {"span", span_json(article.dateline->span)}};
  return {{"doc_id", doc.id},
          {"origin", doc.origin},
          {"format", doc.format},
          {"encoding", doc.encoding},
          {"encoding_basis", doc.encoding_basis},
          {"language", doc.language},
          {"language_reliable", doc.language_reliable},
          {"url", optional_json(doc.meta.url)},
          {"site", optional_json(doc.meta.source)},
          {"title", optional_json(article.title)},
          {"date", optional_json(article.date)},
          {"date_basis", article.date_basis},
          {"dateline", dateline},
          {"credited_source", optional_json(article.credited_source)},
          {"text", article.text},
          {"paragraphs", paragraphs},
          {"removed", removed},
          {"warnings", doc.warnings}};
}

std::string or_dash(const std::optional<std::string>& value) {
  return value ? *value : "—";
}

void print_metadata(const Document& doc, const Article& article) {
  fmt::print("== {}  ({}, {})\n", doc.id, doc.origin, doc.format);
  fmt::print("  title:    {}\n", or_dash(article.title));
  fmt::print("  date:     {}{}\n", article.date ? *article.date : "null",
             article.date_basis.empty() ? "" : "  [" + article.date_basis + "]");
  fmt::print("  dateline: {}\n", article.dateline ? article.dateline->text : "—");
  fmt::print("  source:   {}\n", or_dash(article.credited_source));
  if (doc.meta.url) fmt::print("  url:      {}\n", *doc.meta.url);
  fmt::print("  body:     {} paragraphs, {} bytes; {} lines removed\n", article.paragraphs().size(),
             article.text.size(), article.removed.size());
}

void print_full(const Document& doc, const Article& article) {
  print_metadata(doc, article);
  fmt::print("\n");
  int number = 0;
  for (const Block* block : article.paragraphs())
    fmt::print("  [{}] {}\n\n", ++number,
               std::string_view(article.text)
                   .substr(block->span.begin, block->span.end - block->span.begin));
  if (!article.removed.empty()) fmt::print("  removed:\n");
  for (const auto& item : article.removed)
    fmt::print("    - \"{}\"\n      {}: {}\n", item.text, item.rule, item.reason);
  fmt::print("\n");
}

}  // namespace

std::function<int()> add_clean_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<CleanOptions>();
  auto* command = app.add_subcommand(
      "clean",
      "Show each article's cleaned body, title, date, dateline, credited source and "
      "the lines removed (with the rule and reason for each).");
  add_batch_options(*command, options->batch);
  command->add_flag("--json", options->json, "one JSON object per article (JSON Lines)");
  command->add_flag("--brief", options->brief, "metadata only, no body or removed lines");
  return [options, &globals]() {
    const Cleaner cleaner(find_data_dir(globals.data_dir));
    return run_batch(options->batch, [&](Document& doc) {
      const Article article = cleaner.clean(doc);
      if (options->json)
        std::cout << article_json(doc, article).dump() << '\n';
      else if (options->brief)
        print_metadata(doc, article);
      else
        print_full(doc, article);
    });
  };
}

}  // namespace dyad::cli
