// Every stage's compiled dictionaries, loaded once and shared read-only by all threads.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "actors/actors.h"
#include "clean/clean.h"
#include "events/cameo.h"
#include "events/coder.h"
#include "events/patterns.h"
#include "segment/segment.h"
#include "store/record.h"

namespace dyad::cli {

// What the pipeline made of one document.
struct Coded {
  Article article;
  std::vector<Sentence> sentences;
  std::vector<ActorMention> mentions;
  std::vector<Event> events;
  std::vector<PatternTrace> trace;  // filled only when asked for
};

class Pipeline {
 public:
  explicit Pipeline(const std::filesystem::path& data_dir)
      : cleaner_(data_dir),
        segmenter_(data_dir),
        lexicon_(data_dir),
        cameo_(data_dir),
        patterns_(data_dir,
                  [this](const std::string& code) { return cameo_.find(code) != nullptr; }),
        words_(data_dir),
        resolver_(lexicon_),
        coder_(patterns_, cameo_, words_) {}

  // With dictionaries read from another format (TABARI, PETRARCH) instead of data/actors and
  // data/events; the clean and segment rules and the CAMEO table still come from data_dir.
  Pipeline(const std::filesystem::path& data_dir, ActorLexicon lexicon, PatternBook patterns)
      : cleaner_(data_dir),
        segmenter_(data_dir),
        lexicon_(std::move(lexicon)),
        cameo_(data_dir),
        patterns_(std::move(patterns)),
        words_(data_dir),
        resolver_(lexicon_),
        coder_(patterns_, cameo_, words_) {}

  Pipeline(const Pipeline&) = delete;  // the resolver and coder refer to members
  Pipeline& operator=(const Pipeline&) = delete;

  Coded run(const Document& doc, bool with_trace = false) const {
    return run_article(cleaner_.clean(doc), with_trace);
  }

  // For text that needs no cleaning (a validation sentence): the stages after clean.
  Coded run_article(Article article, bool with_trace = false) const {
    Coded out;
    out.article = std::move(article);
    out.sentences = segmenter_.split(out.article);
    out.mentions = resolver_.resolve(out.article, out.sentences);
    out.events =
        coder_.code(out.article, out.sentences, out.mentions, with_trace ? &out.trace : nullptr);
    return out;
  }

  const PatternBook& patterns() const { return patterns_; }

 private:
  Cleaner cleaner_;
  Segmenter segmenter_;
  ActorLexicon lexicon_;
  CameoTable cameo_;
  PatternBook patterns_;
  WordClasses words_;
  ActorResolver resolver_;
  EventCoder coder_;
};

// The pipeline the global options ask for: dyad's own dictionaries, or the TABARI/PETRARCH
// ones named by --dictionaries (their unreadable lines are reported on stderr and skipped).
std::unique_ptr<Pipeline> make_pipeline(const std::string& data_dir,
                                        const std::string& dictionaries);

}  // namespace dyad::cli
