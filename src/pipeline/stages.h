// The stages after clean, each a thin adapter from a stage library to the AnalyzedDocument.
// A new stage (the parser) is one more Stage in Pipeline's list; no other stage changes.
#pragma once

#include <string_view>

#include "events/discards.h"
#include "geo/place_targets.h"
#include "geo/placed_groups.h"
#include "parse/lazy_model.h"
#include "pipeline/analyzed_document.h"

namespace dyad {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  // Thread-safe: one stage object serves every worker thread.
  virtual void run(AnalyzedDocument& doc) const = 0;
};

// Reads article; adds sentences (tokens with norm and word classes).
class SegmentStage final : public Stage {
 public:
  explicit SegmentStage(const Segmenter& segmenter) : segmenter_(segmenter) {}
  std::string_view name() const override { return "segment"; }
  void run(AnalyzedDocument& doc) const override { doc.sentences = segmenter_.split(doc.article); }

 private:
  const Segmenter& segmenter_;
};

// Reads article and sentences; adds mentions.
class ActorStage final : public Stage {
 public:
  explicit ActorStage(const ActorLexicon& lexicon) : resolver_(lexicon) {}
  std::string_view name() const override { return "actors"; }
  void run(AnalyzedDocument& doc) const override {
    doc.mentions = resolver_.resolve(doc.article, doc.sentences);
  }

 private:
  ActorResolver resolver_;
};

// Reads article, sentences and mentions; adds the towns and cities an event may be done to, as
// location mentions that carry their country (geo/place_targets.h), and gives a group placed
// "in" one of them its country (geo/placed_groups.h).
class PlaceStage final : public Stage {
 public:
  PlaceStage(const Gazetteer& gazetteer, const ActorLexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}
  std::string_view name() const override { return "places"; }
  void run(AnalyzedDocument& doc) const override {
    add_place_mentions(doc.article, doc.sentences, gazetteer_, doc.mentions);
    place_groups_by_town(doc.article, doc.sentences, lexicon_, doc.mentions);
  }

 private:
  const Gazetteer& gazetteer_;
  const ActorLexicon& lexicon_;
};

// Reads sentences and mentions; adds events (and the trace when want_trace is set), and the
// parse of the sentences marked in parse_on_demand whose subjects the coder reads.
// No event from a sentence that names a discard phrase, none from an article that names a
// story-level one (each dropped event is in the trace with the phrase's rule).
class EventStage final : public Stage {
 public:
  EventStage(const PatternBook& patterns, const CameoTable& cameo, const DiscardList& discards,
             const parse::LazyModel& model)
      : coder_(patterns, cameo), discards_(discards), model_(model) {}
  std::string_view name() const override { return "events"; }
  void run(AnalyzedDocument& doc) const override;

 private:
  void drop_discarded(AnalyzedDocument& doc) const;

  EventCoder coder_;
  const DiscardList& discards_;
  const parse::LazyModel& model_;
};

// Reads events and sentences; adds plover (one coding per event).
class PloverStage final : public Stage {
 public:
  explicit PloverStage(const PloverCoder& coder) : coder_(coder) {}
  std::string_view name() const override { return "plover"; }
  void run(AnalyzedDocument& doc) const override {
    doc.plover.clear();
    for (const auto& event : doc.events)
      doc.plover.push_back(
          coder_.code(event.code(), doc.sentences[event.sentence], event.span, event.modality));
  }

 private:
  const PloverCoder& coder_;
};

// Reads events, sentences, mentions and the article's dateline; adds places (one per event).
class GeoStage final : public Stage {
 public:
  explicit GeoStage(const Gazetteer& gazetteer) : gazetteer_(gazetteer), placer_(gazetteer) {}
  std::string_view name() const override { return "geo"; }
  void run(AnalyzedDocument& doc) const override;

 private:
  const Gazetteer& gazetteer_;
  EventPlacer placer_;
};

}  // namespace dyad
