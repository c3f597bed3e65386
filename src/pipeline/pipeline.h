// The pipeline as a library: every stage's data loaded once and shared read-only by all threads,
// and one run of clean → segment → actors → places → parse → events → plover → geo over a
// document. The CLI, `validate`, the tests and the benchmarks all code through it.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.h"
#include "events/cameo.h"
#include "events/discards.h"
#include "events/patterns.h"
#include "parse/lazy_model.h"
#include "pipeline/analyzed_document.h"
#include "pipeline/stages.h"

namespace dyad {

struct RunOptions {
  bool trace = false;                // record every pattern tried (`dyad explain`)
  std::string_view last_stage = {};  // stop after this stage ("segment", "actors", …); {}: none
  bool one_sided = false;  // code events with one side absent too (`dyad code --one-sided`)
};

class Pipeline {
 public:
  // dyad's own dictionaries and rules from `data_dir`. Everything loads on the calling thread:
  // a load on a thread of its own (the gazetteer's was) costs more CPU than it saves time, its
  // allocations landing on fresh 4 KB pages of a new malloc arena (docs/performance.md). The
  // parser model is read when first needed (parse/lazy_model.h).
  explicit Pipeline(const std::filesystem::path& data_dir);
  // With dictionaries read from another format (TABARI, PETRARCH) instead of data/actors and
  // data/events; the clean and segment rules and the CAMEO table still come from data_dir.
  // `dictionary_files` are the files they were read from: they enter the fingerprint.
  Pipeline(const std::filesystem::path& data_dir, ActorLexicon lexicon, PatternBook patterns,
           DiscardList discards = {},
           const std::vector<std::filesystem::path>& dictionary_files = {});

  ~Pipeline();
  Pipeline(const Pipeline&) = delete;  // the stages refer to members
  Pipeline& operator=(const Pipeline&) = delete;

  // Thread-safe.
  AnalyzedDocument run(const Document& doc, const RunOptions& options = {}) const;
  // For text that needs no cleaning (a validation sentence): the stages after clean.
  AnalyzedDocument run_article(Article article, const RunOptions& options = {}) const;

  const PatternBook& patterns() const { return patterns_; }
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
  // A hash of everything the pipeline loaded (data files, foreign dictionaries) and of dyad's
  // version: documents coded under another fingerprint may have stale events. Computed on first
  // use (it reads every data file), so commands that store nothing do not pay for it.
  // Thread-safe.
  const std::string& fingerprint() const;

 private:
  void add_stages();

  Cleaner cleaner_;
  Segmenter segmenter_;
  ActorLexicon lexicon_;
  CameoTable cameo_;
  PatternBook patterns_;
  DiscardList discards_;
  parse::LazyModel parser_;
  PloverCoder plover_;
  Gazetteer gazetteer_;
  std::filesystem::path data_dir_;
  std::vector<std::filesystem::path> dictionary_files_;
  mutable std::once_flag fingerprint_once_;
  mutable std::string fingerprint_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

struct PipelineOptions {
  std::string data_dir;      // empty: $DYAD_DATA, else the bundled data/ (find_data_dir)
  std::string dictionaries;  // TABARI .project file or PETRARCH directory; empty: dyad's own
};

// The pipeline the options ask for. Unreadable lines of foreign dictionaries are reported on
// `warnings` ("dyad: warning: file:line: …") and skipped.
std::unique_ptr<Pipeline> make_pipeline(const PipelineOptions& options, std::ostream& warnings);

// FNV-1a over dyad's version, every file under `data_dir` (relative path and bytes, in path
// order) and each of `extra_files`.
std::string data_fingerprint(const std::filesystem::path& data_dir,
                             const std::vector<std::filesystem::path>& extra_files = {});

}  // namespace dyad
