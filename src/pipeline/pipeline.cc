#include "pipeline/pipeline.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <ostream>
#include <stdexcept>

#include "compat/foreign_dictionaries.h"
#include "events/absent_actor.h"
#include "events/one_sided.h"
#include "pipeline/parse_stage.h"
#include "pipeline/validate.h"
#include "util/hash.h"
#include "util/paths.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

fs::path model_file(const fs::path& data_dir) {
  return data_dir / "parse" / "en_ewt.model";
}

}  // namespace

Pipeline::Pipeline(const fs::path& data_dir)
    : cleaner_(data_dir),
      segmenter_(data_dir),
      lexicon_(ActorLexicon::load(data_dir)),
      cameo_(data_dir),
      patterns_(PatternBook::load(
          data_dir, [this](const std::string& code) { return cameo_.find(code) != nullptr; },
          {data_dir / "cameo" / "cameo.tsv"})),  // the codes known_code knows
      discards_(DiscardList::load(data_dir)),
      parser_(model_file(data_dir)),
      plover_(data_dir),
      gazetteer_(Gazetteer::load(data_dir)),
      data_dir_(data_dir) {
  add_stages();
}

Pipeline::Pipeline(const fs::path& data_dir, ActorLexicon lexicon, PatternBook patterns,
                   DiscardList discards, const std::vector<fs::path>& dictionary_files)
    : cleaner_(data_dir),
      segmenter_(data_dir),
      lexicon_(std::move(lexicon)),
      cameo_(data_dir),
      patterns_(std::move(patterns)),
      discards_(std::move(discards)),
      parser_(model_file(data_dir)),
      plover_(data_dir),
      gazetteer_(Gazetteer::load(data_dir)),
      data_dir_(data_dir),
      dictionary_files_(dictionary_files) {
  add_stages();
}

Pipeline::~Pipeline() = default;

const std::string& Pipeline::fingerprint() const {
  std::call_once(fingerprint_once_,
                 [this] { fingerprint_ = data_fingerprint(data_dir_, dictionary_files_); });
  return fingerprint_;
}

void Pipeline::add_stages() {
  stages_.push_back(std::make_unique<SegmentStage>(segmenter_));
  stages_.push_back(std::make_unique<ActorStage>(lexicon_));
  stages_.push_back(std::make_unique<PlaceStage>(gazetteer_, lexicon_));
  stages_.push_back(std::make_unique<ParseStage>(parser_, patterns_));
  stages_.push_back(std::make_unique<EventStage>(patterns_, cameo_, discards_, parser_));
  stages_.push_back(std::make_unique<PloverStage>(plover_));
  stages_.push_back(std::make_unique<GeoStage>(gazetteer_));
}

AnalyzedDocument Pipeline::run(const Document& doc, const RunOptions& options) const {
  return run_article(cleaner_.clean(doc), options);
}

AnalyzedDocument Pipeline::run_article(Article article, const RunOptions& options) const {
  AnalyzedDocument doc;
  doc.article = std::move(article);
  doc.want_trace = options.trace;
  doc.one_sided = options.one_sided;
  for (const auto& stage : stages_) {
    stage->run(doc);
    if (stage->name() == options.last_stage) break;
  }
  return doc;
}

void EventStage::run(AnalyzedDocument& doc) const {
  const OnDemandParser parser(model_, doc);
  doc.events = coder_.code(doc.sentences, doc.mentions, doc.want_trace ? &doc.trace : nullptr,
                           &parser, doc.one_sided);
  if (doc.one_sided) {
    drop_told_in_full(doc.events);
    drop_state_protests(doc.events, doc.mentions);
  }
  if (!doc.events.empty() && !discards_.empty()) drop_discarded(doc);
}

void EventStage::drop_discarded(AnalyzedDocument& doc) const {
  auto sentence_text = [&](std::size_t s) {
    const Span& span = doc.sentences[s].span;
    return std::string_view(doc.article.text).substr(span.begin, span.end - span.begin);
  };
  // Every sentence is read for a story-level phrase; a sentence-level one only matters where an
  // event is.
  const DiscardPhrase* story = nullptr;
  std::vector<const DiscardPhrase*> found(doc.sentences.size(), nullptr);
  for (std::size_t s = 0; s < doc.sentences.size() && !story; ++s) {
    found[s] = discards_.find(sentence_text(s));
    if (found[s] && found[s]->story) story = found[s];
  }
  std::vector<Event> kept;
  for (Event& event : doc.events) {
    const DiscardPhrase* why = story ? story : found[event.sentence];
    if (!why) {
      kept.push_back(std::move(event));
      continue;
    }
    if (doc.want_trace)
      doc.trace.push_back({event.sentence, event.pattern,
                           std::string("discarded: the ") + (why->story ? "article" : "sentence") +
                               " names '" + why->phrase + "' (" + why->rule + ")"});
  }
  doc.events = std::move(kept);
}

void GeoStage::run(AnalyzedDocument& doc) const {
  doc.places.clear();
  for (const auto& event : doc.events) {
    EventSite site{&doc.sentences[event.sentence], event.predicate, {}, {}, nullptr};
    for (const std::size_t m : {event.source, event.target}) {
      const ActorMention& actor = actor_at(doc.mentions, m);
      if (actor.sentence == event.sentence)
        site.actor_tokens.emplace_back(actor.first_token, actor.last_token);
      if (!actor.country.empty()) site.actor_countries.push_back(actor.country);
    }
    // The town the places stage found: resolved within its own country, it is the same town.
    if (const ActorMention& target = actor_at(doc.mentions, event.target); target.place)
      site.target_town = gazetteer_.resolve_town(target.text, {target.country});
    doc.places.push_back(placer_.place(doc.article, site));
  }
}

std::unique_ptr<Pipeline> make_pipeline(const PipelineOptions& options, std::ostream& warnings) {
  const auto data = find_data_dir(options.data_dir);
  if (options.dictionaries.empty()) return std::make_unique<Pipeline>(data);
  const ForeignDictionaryFiles files = find_foreign_dictionaries(options.dictionaries);
  ForeignDictionaries foreign = load_foreign_dictionaries(files);
  for (const auto& problem : foreign.problems)
    warnings << "dyad: warning: " << problem.location << ": " << problem.message
             << " (line skipped)\n";
  return std::make_unique<Pipeline>(data, std::move(foreign.lexicon), std::move(foreign.patterns),
                                    std::move(foreign.discards), all_files(files));
}

std::string data_fingerprint(const fs::path& data_dir, const std::vector<fs::path>& extra_files) {
  Fnv1a64 hash;
  hash.add_field(DYAD_VERSION);
  auto add_file = [&](const fs::path& file, const std::string& name) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot read");
    hash.add_field(name);
    hash.add_field(std::string(std::istreambuf_iterator<char>(in), {}));
  };
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(data_dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) add_file(file, fs::relative(file, data_dir).generic_string());
  for (const auto& file : extra_files) add_file(file, file.filename().string());
  return hash.hex();
}

}  // namespace dyad
