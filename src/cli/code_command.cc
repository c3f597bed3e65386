// `dyad code INPUT...`: the whole pipeline; events to JSON Lines, GDELT TSV and/or SQLite.
#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/parallel.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "store/event_store.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

struct CodeOptions {
  BatchOptions batch;
  std::string jsonl;
  std::string tsv;
  std::string db;
  int db_batch = 500;
  unsigned threads = 1;
  bool brief = false;
  bool tsv_header = false;
  bool undated_as_ingest = false;
};

// An output file, or stdout for "-".
class Output {
 public:
  explicit Output(const std::string& target) {
    if (target == "-") return;
    file_ = std::make_unique<std::ofstream>(target, std::ios::binary | std::ios::trunc);
    if (!*file_) throw std::runtime_error(target + ": cannot write");
  }
  std::ostream& stream() { return file_ ? *file_ : std::cout; }

 private:
  std::unique_ptr<std::ofstream> file_;
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
  command->add_option("--db", options->db,
                      "store documents and events in this SQLite file or postgresql:// URL; "
                      "documents already stored unchanged are skipped");
  command
      ->add_option("--db-batch", options->db_batch,
                   "documents per database transaction (default 500); a crash loses at most "
                   "the documents of one transaction, and a re-run codes them again")
      ->check(CLI::Range(1, 1000000));
  command->add_option("--threads", options->threads, "worker threads (default 1)")
      ->check(CLI::Range(1u, 256u));
  command->add_flag("--brief", options->brief,
                    "print one readable line per event to stdout instead of JSON Lines");
  return [options, &globals]() {
    const auto pipeline_owner = make_pipeline(globals.data_dir, globals.dictionaries);
    const Pipeline& pipeline = *pipeline_owner;
    if (options->jsonl.empty() && options->tsv.empty() && options->db.empty() && !options->brief)
      options->jsonl = "-";
    std::optional<Output> jsonl, tsv;
    std::unique_ptr<EventStore> store;
    // Documents stored by an earlier run, by content hash: unchanged ones need no coding.
    std::unordered_map<std::string, std::string> stored_hashes;
    if (!options->jsonl.empty()) jsonl.emplace(options->jsonl);
    if (!options->tsv.empty()) {
      tsv.emplace(options->tsv);
      if (options->tsv_header) tsv->stream() << gdelt_header() << '\n';
    }
    // GDELT's DATEADDED: when these events entered the data, i.e. this run.
    const auto run_started = std::chrono::system_clock::now();
    const std::string date_added = gdelt_timestamp(run_started);
    const std::string ingest_day =
        date_added.substr(0, 4) + "-" + date_added.substr(4, 2) + "-" + date_added.substr(6, 2);
    std::size_t undated_left_out = 0;
    if (!options->db.empty()) {
      store = open_event_store(options->db);
      store->set_documents_per_transaction(options->db_batch);
      stored_hashes = store->content_hashes();
    }
    // With other outputs asked for, unchanged documents are still coded (for those outputs).
    const bool store_only = store && !jsonl && !tsv && !options->brief;
    std::size_t documents = 0, unchanged = 0, events = 0, sentences = 0, bytes = 0;
    const auto started = std::chrono::steady_clock::now();
    std::uint64_t event_id = 0;
    const auto progress = make_progress(options->batch);
    struct Result {
      Coded coded;
      std::vector<EventRecord> records;
      bool unchanged = false;  // stored already with the same content: not coded
      std::string jsonl;       // the records as JSON Lines, serialised by the worker thread
    };
    const int code = run_parallel<Result>(
        options->batch, options->threads,
        [&](const Document& doc) {
          if (store_only) {
            const auto stored = stored_hashes.find(doc.id);
            if (stored != stored_hashes.end() && stored->second == content_hash(doc))
              return Result{{}, {}, true, {}};
          }
          Result result{pipeline.run(doc), {}, false, {}};
          result.records = make_records(doc, result.coded.article, result.coded.sentences,
                                        result.coded.mentions, result.coded.events);
          if (jsonl)
            for (const auto& record : result.records) {
              result.jsonl += to_json(record).dump();
              result.jsonl += '\n';
            }
          return result;
        },
        [&](const Document& doc, Result& result) {
          ++documents;
          if (result.unchanged) {
            ++unchanged;
            return;
          }
          sentences += result.coded.sentences.size();
          bytes += doc.text.size();
          events += result.records.size();
          progress->add_events(result.records.size());
          if (jsonl) jsonl->stream() << result.jsonl;
          for (const auto& record : result.records) {
            if (options->brief) print_brief(record, result.coded.article.text);
            if (!tsv) continue;
            if (record.date) {
              tsv->stream() << gdelt_row(record, ++event_id, date_added) << '\n';
            } else if (options->undated_as_ingest) {
              EventRecord dated = record;
              dated.date = ingest_day;
              tsv->stream() << gdelt_row(dated, ++event_id, date_added) << '\n';
            } else {
              ++undated_left_out;
            }
          }
          if (store && store->put(make_stored_document(doc, result.coded.article),
                                  result.records) == EventStore::PutResult::kUnchanged)
            ++unchanged;
        },
        progress.get());
    if (store) store->commit();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::string skipped =
        store ? fmt::format(" ({} unchanged in {})", unchanged, store->location()) : "";
    std::cerr << fmt::format(
        "dyad: coded {} documents{}, {} sentences, {} events in {:.2f} s ({:.0f} documents/s, "
        "{:.1f} MB/s, {:.0f} sentences/s, {:.0f} events/s)\n",
        documents, skipped, sentences, events, seconds, documents / seconds, bytes / seconds / 1e6,
        sentences / seconds, events / seconds);
    report_undated_left_out(undated_left_out);
    return code;
  };
}

}  // namespace dyad::cli
