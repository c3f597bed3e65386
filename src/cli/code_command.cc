// `dyad code INPUT...`: the whole pipeline; events to JSON Lines, GDELT TSV and/or SQLite.
#include <fmt/core.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "pipeline/pipeline.h"
#include "pipeline/records.h"
#include "pipeline/sinks.h"

namespace dyad::cli {

namespace {

struct CodeOptions {
  BatchOptions batch;
  std::string jsonl;
  std::string tsv;
  std::string csv;
  std::string db;
  int db_batch = 500;
  double db_wait = EventStore::kDefaultBusyWait;
  unsigned threads = 1;
  bool brief = false;
  bool tsv_header = false;
  bool undated_as_ingest = false;
  bool one_sided = false;
  std::string scheme = "cameo";
};

// One readable line per event: where, who → whom, the CAMEO code and label, the evidence.
void print_brief(const EventRecord& r, std::string_view text) {
  std::string evidence(text.substr(r.span.begin, r.span.end - r.span.begin));
  if (evidence.size() > 90) evidence = evidence.substr(0, 87) + "...";
  fmt::print("{} [{}]  {} → {}  {} {}  \"{}\"{}\n", r.doc_id, r.sentence, r.source.code,
             r.target.code, r.cameo, r.label, evidence,
             r.modality == "asserted" ? "" : "  (" + r.modality + ")");
}

}  // namespace

std::function<int()> add_code_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<CodeOptions>();
  auto* command = app.add_subcommand(
      "code",
      "Code articles into CAMEO events (who did what to whom), with the evidence span and "
      "the dictionary rule behind each event. Without --jsonl/--tsv/--db, writes JSON "
      "Lines to stdout.");
  add_batch_options(*command, options->batch);
  command->add_option("--jsonl", options->jsonl,
                      "write events as JSON Lines to FILE ('-' = stdout)");
  command->add_option("--tsv", options->tsv,
                      "write events as GDELT 2.0 event-table rows to FILE (no header row, as "
                      "GDELT's files; events of undated articles left out unless --undated "
                      "as-ingest)");
  command->add_flag("--header", options->tsv_header, "start the --tsv file with a header row");
  add_undated_option(*command, options->undated_as_ingest);
  command->add_option("--csv", options->csv, "write events as CSV (RFC 4180) to FILE");
  add_scheme_option(*command, options->scheme);
  add_one_sided_option(*command, options->one_sided);
  command->add_option("--db", options->db,
                      "store documents and events in this SQLite file or postgresql:// URL; "
                      "documents already stored unchanged, and coded with the same "
                      "dictionaries, rules and dyad version, are skipped");
  command
      ->add_option("--db-batch", options->db_batch,
                   "documents per database transaction (default 500); a crash loses at most "
                   "the documents of one transaction, and a re-run codes them again")
      ->check(CLI::Range(1, 1000000));
  command
      ->add_option("--db-wait", options->db_wait,
                   "seconds to wait for another writer holding the database (default 60); "
                   "then the run stops, and a re-run completes it")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--threads", options->threads, "worker threads (default 1)")
      ->check(CLI::Range(1u, 256u));
  command->add_flag("--brief", options->brief,
                    "print one readable line per event to stdout instead of JSON Lines");
  return [options, &globals]() {
    refuse_overwrite(
        {{"--jsonl", options->jsonl}, {"--tsv", options->tsv}, {"--csv", options->csv}},
        options->batch.inputs, options->db);
    auto pipeline_owner = make_pipeline({globals.data_dir, globals.dictionaries}, std::cerr);
    const Pipeline& pipeline = *pipeline_owner;
    if (options->jsonl.empty() && options->tsv.empty() && options->csv.empty() &&
        options->db.empty() && !options->brief)
      options->jsonl = "-";
    // Only the event database keeps the fingerprint: computed only when one is written. It
    // names the events' kind too: a document stored without one-sided events is coded again
    // with them, and back.
    const SinkOptions sink_options{
        options->db_batch,
        options->db.empty() ? std::string()
                            : pipeline.fingerprint() + (options->one_sided ? "+one-sided" : ""),
        options->db_wait,
        {options->tsv_header, options->undated_as_ingest, event_scheme(options->scheme)}};
    std::vector<std::unique_ptr<EventSink>> sinks;
    for (const auto& [kind, target] : {std::pair<std::string, std::string>{"jsonl", options->jsonl},
                                       {"gdelt", options->tsv},
                                       {"csv", options->csv}})
      if (!target.empty()) sinks.push_back(make_sink(kind, target, sink_options));
    StoreSink* store = nullptr;
    if (!options->db.empty()) {
      sinks.push_back(make_sink("db", options->db, sink_options));
      store = static_cast<StoreSink*>(sinks.back().get());
    }
    // With other outputs asked for, unchanged documents are still coded (for those outputs).
    const bool store_only = store && sinks.size() == 1 && !options->brief;
    std::size_t documents = 0, skipped = 0, recoded = 0, not_english = 0, events = 0, sentences = 0,
                bytes = 0, tokens = 0, sentences_parsed = 0, tokens_parsed = 0;
    const auto started = std::chrono::steady_clock::now();
    const auto progress = make_progress(options->batch);
    struct Result {
      AnalyzedDocument analyzed;
      std::vector<EventRecord> records;
      bool skipped = false;               // stored already and up to date: not coded
      bool data_changed = false;          // stored with the same content under other data
      bool not_english = false;           // reliably another language: not coded
      std::vector<std::string> prepared;  // per sink, made on the worker thread
    };
    const int code = run_parallel<Result>(
        options->batch, options->threads,
        [&](const Document& doc) {
          Result result;
          // The dictionaries and patterns are English: another language yields nothing or noise.
          if (doc.language_reliable && doc.language != "en") {
            result.not_english = true;
            return result;
          }
          if (store) {
            const auto stored = store->stored_as(doc);
            if (store_only && stored == StoreSink::Stored::kUpToDate) {
              result.skipped = true;
              return result;
            }
            result.data_changed = stored == StoreSink::Stored::kOtherData;
          }
          result.analyzed = pipeline.run(doc, {.one_sided = options->one_sided});
          result.records = make_records(doc, result.analyzed);
          for (const auto& sink : sinks) result.prepared.push_back(sink->prepare(result.records));
          return result;
        },
        [&](const Document& doc, Result& result) {
          if (result.not_english) {
            ++not_english;
            return;
          }
          ++documents;
          if (result.skipped) {
            ++skipped;
            return;
          }
          recoded += result.data_changed;
          sentences += result.analyzed.sentences.size();
          for (const auto& sentence : result.analyzed.sentences) tokens += sentence.tokens.size();
          sentences_parsed += result.analyzed.sentences_parsed;
          tokens_parsed += result.analyzed.tokens_parsed;
          bytes += doc.text.size();
          events += result.records.size();
          progress->add_events(result.records.size());
          if (options->brief)
            for (const auto& record : result.records)
              print_brief(record, result.analyzed.article.text);
          for (std::size_t i = 0; i < sinks.size(); ++i)
            sinks[i]->write(doc, result.analyzed, result.records, result.prepared[i]);
        },
        progress.get());
    // A failing database stops the run: StoreUnavailable, reported by main().
    for (const auto& sink : sinks) sink->finish();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string stored;
    if (store) {
      stored = fmt::format(" ({} unchanged in {}", skipped + store->unchanged(), store->location());
      if (recoded > 0)
        stored +=
            fmt::format("; {} recoded because the dictionaries, rules or dyad changed", recoded);
      stored += ")";
    }
    if (not_english > 0) stored += fmt::format(" ({} not in English, not coded)", not_english);
    std::cerr << fmt::format(
        "dyad: coded {} documents{}, {} sentences, {} events in {:.2f} s ({:.0f} documents/s, "
        "{:.1f} MB/s, {:.0f} sentences/s, {:.0f} events/s); {} sentences parsed ({} of {} "
        "tokens)\n",
        documents, stored, sentences, events, seconds, documents / seconds, bytes / seconds / 1e6,
        sentences / seconds, events / seconds, sentences_parsed, tokens_parsed, tokens);
    std::size_t undated_left_out = 0;
    for (const auto& sink : sinks) undated_left_out += sink->left_out();
    report_undated_left_out(undated_left_out);
    keep_until_exit(pipeline_owner);
    return code;
  };
}

}  // namespace dyad::cli
