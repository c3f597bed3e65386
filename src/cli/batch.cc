#include "cli/batch.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "store/event_store.h"
#include "util/paths.h"
#include "util/utf8.h"

namespace dyad::cli {

namespace {

// Named one by one up to this many; the rest are counted.
constexpr std::size_t kNotArticlesNamed = 5;

void report_not_articles(const std::vector<NotAnArticle>& files) {
  if (files.empty()) return;
  std::string named;
  for (std::size_t i = 0; i < files.size() && i < kNotArticlesNamed; ++i)
    named += fmt::format("\n  {} ({})", files[i].file, files[i].reason);
  if (files.size() > kNotArticlesNamed)
    named += fmt::format("\n  and {} more", files.size() - kNotArticlesNamed);
  std::cerr << fmt::format("dyad: {} file{} not read as articles (not coded):{}\n", files.size(),
                           files.size() == 1 ? "" : "s", named);
}

// Dates the documents that carry no date of their own, as the options ask.
void set_fallback_date(const BatchOptions& options, Document& doc) {
  if (options.date_from_path)
    if (auto date = date_from_path(origin_file(doc.origin))) {
      doc.meta.fallback_basis = "path (--date-from-path)";
      doc.meta.fallback_date = std::move(date);
      return;
    }
  if (!options.date.empty()) {
    doc.meta.fallback_date = options.date;
    doc.meta.fallback_basis = "--date";
  }
}

bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::optional<std::string> checked_date(std::string_view y, std::string_view m,
                                        std::string_view d) {
  if (y.size() != 4 || m.size() != 2 || d.size() != 2 || !is_digits(y) || !is_digits(m) ||
      !is_digits(d))
    return std::nullopt;
  std::string date = fmt::format("{}-{}-{}", y, m, d);
  if (!is_iso_date(date)) return std::nullopt;
  return date;
}

std::vector<std::filesystem::path> input_paths(const BatchOptions& options) {
  return {options.inputs.begin(), options.inputs.end()};
}

}  // namespace

std::optional<std::string> date_from_path(const std::string& path) {
  std::vector<std::string> parts;
  for (const auto& part : std::filesystem::path(path)) parts.push_back(part.string());
  // The deepest match wins: a dated folder inside an archive named by year.
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (i >= 2)
      if (auto date = checked_date(parts[i - 2], parts[i - 1], parts[i].substr(0, 2));
          date && (parts[i].size() == 2 || !std::isdigit(static_cast<unsigned char>(parts[i][2]))))
        return date;
    const std::string& part = parts[i];
    for (std::size_t at = 0; at + 10 <= part.size(); ++at) {
      const bool starts = at == 0 || !std::isdigit(static_cast<unsigned char>(part[at - 1]));
      const bool ends =
          at + 10 == part.size() || !std::isdigit(static_cast<unsigned char>(part[at + 10]));
      if (starts && ends && (part[at + 4] == '-' || part[at + 4] == '_') &&
          part[at + 7] == part[at + 4])
        if (auto date = checked_date(std::string_view(part).substr(at, 4),
                                     std::string_view(part).substr(at + 5, 2),
                                     std::string_view(part).substr(at + 8, 2)))
          return date;
    }
  }
  return std::nullopt;
}

void add_batch_options(CLI::App& command, BatchOptions& options) {
  command
      .add_option("INPUT", options.inputs,
                  "files or directories (recursive): .txt .html .htm .jsonl[.gz] .warc[.gz]")
      ->required();
  command
      .add_option("--max-doc-mb", options.max_doc_mb,
                  "refuse documents larger than this many MB (default 8)")
      ->check(CLI::PositiveNumber);
  command
      .add_option("--progress", options.progress_seconds,
                  "a progress line on stderr every SECONDS (documents, events, rates, time "
                  "left); default: updated in place on a terminal, every 5 s otherwise; 0: none")
      ->check(CLI::NonNegativeNumber);
  command
      .add_option("--date", options.date,
                  "date documents that carry none (no date in metadata or byline) with this "
                  "YYYY-MM-DD; without it they stay undated, never dated by the day of the run")
      ->check(iso_date_validator());
  command.add_flag("--date-from-path", options.date_from_path,
                   "date documents that carry none from their path: folders 2019/03/14/ or a "
                   "2019-03-14 in a folder or file name (before --date)");
}

void refuse_overwrite(const std::vector<OutputFile>& outputs,
                      const std::vector<std::string>& inputs, const std::string& db) {
  auto is_file = [](const std::string& path) { return !path.empty() && path != "-"; };
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    if (!is_file(path)) continue;
    const std::string named = option + " " + path;
    for (const auto& input : inputs)
      if (same_file(path, input))
        throw std::runtime_error(named + " is also an input; refusing to overwrite it");
    if (!db.empty() && !is_postgres_url(db) && same_file(path, db))
      throw std::runtime_error(named + " is also the database; refusing to overwrite it");
    for (std::size_t j = 0; j < i; ++j)
      if (is_file(outputs[j].path) && same_file(path, outputs[j].path))
        throw std::runtime_error(named + " is also " + outputs[j].option + "; name two files");
  }
}

void report_stopped_run(const StoreUnavailable& e) {
  report_error("", e.what());
  if (e.rolled_back() == 0) return;  // a reader, or nothing was in flight
  std::cerr << "dyad: stopped: " << e.rolled_back() << " document"
            << (e.rolled_back() == 1 ? " " : "s ")
            << "handed to the database since its last commit "
            << (e.rolled_back() == 1 ? "was" : "were")
            << " rolled back, and later documents were not stored; documents committed before "
               "are intact: run the same command again to store the rest\n";
}

void report_error(const std::string& document, const std::string& message) {
  std::string line = message;
  for (char& c : line)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::cerr << "dyad: error: " << (document.empty() ? "" : printable_name(document) + ": ")
            << printable_name(line) << '\n';
}

std::unique_ptr<Progress> make_progress(const BatchOptions& options) {
  return std::make_unique<Progress>(input_bytes(input_paths(options)), options.progress_seconds);
}

int run_batch(const BatchOptions& options, const std::function<void(Document&)>& process,
              Progress* progress) {
  IngestOptions ingest_options;
  ingest_options.max_document_bytes = static_cast<std::size_t>(options.max_doc_mb * (1 << 20));
  std::unique_ptr<Progress> own_progress;
  if (!progress) {
    own_progress = make_progress(options);
    progress = own_progress.get();
  }
  std::size_t failed = 0;
  std::vector<NotAnArticle> not_articles;
  IngestCallbacks callbacks;
  auto report = [&](const std::string& document, const std::string& message) {
    progress->finish();
    ++failed;
    report_error(document, message);
  };
  callbacks.on_error = [&](IngestError&& error) { report(error.document, error.message); };
  callbacks.on_not_article = [&](NotAnArticle&& file) { not_articles.push_back(std::move(file)); };
  callbacks.on_document = [&](Document&& doc) {
    set_fallback_date(options, doc);
    for (const auto& warning : doc.warnings)
      std::cerr << "dyad: warning: " << doc.origin << ": " << warning << '\n';
    const std::size_t bytes = doc.text.size();
    const std::string origin = doc.origin;
    try {
      process(doc);
    } catch (const StoreUnavailable&) {
      throw;  // the run cannot go on: the command says so once
    } catch (const std::exception& e) {
      report(origin, e.what());
    }
    progress->add_document(origin, bytes);
  };
  ingest(input_paths(options), ingest_options, callbacks);
  progress->finish();
  report_not_articles(not_articles);
  std::cout.flush();
  return failed > 0 ? kSomeFailed : kOk;
}

}  // namespace dyad::cli
