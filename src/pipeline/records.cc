#include "pipeline/records.h"

#include "events/absent_actor.h"

namespace dyad {

namespace {

// The actor's span is given only when it was named in the event's own sentence.
ActorRecord actor_record(const ActorMention& mention, std::size_t sentence) {
  ActorRecord actor{mention.code, mention.country, mention.agent, mention.text, {}, {}};
  if (mention.sentence == sentence) actor.span = mention.span;
  return actor;
}

}  // namespace

std::vector<EventRecord> make_records(const Document& doc, const AnalyzedDocument& analyzed) {
  const Article& article = analyzed.article;
  std::vector<EventRecord> records;
  records.reserve(analyzed.events.size());
  for (std::size_t i = 0; i < analyzed.events.size(); ++i) {
    const Event& event = analyzed.events[i];
    EventRecord r;
    r.doc_id = doc.id;
    r.sentence = event.sentence;
    r.date = article.date;
    r.source = actor_record(actor_at(analyzed.mentions, event.source), event.sentence);
    r.target = actor_record(actor_at(analyzed.mentions, event.target), event.sentence);
    r.cameo = event.code();
    r.root = r.cameo.substr(0, 2);
    if (event.cameo) {
      r.label = event.cameo->label;
      r.goldstein = event.cameo->goldstein;
      r.quad_class = event.cameo->quad_class;
    }
    r.modality = event.modality;
    r.span = event.span;
    const Span s = analyzed.sentences[event.sentence].span;
    r.sentence_text = article.text.substr(s.begin, s.end - s.begin);
    r.rule = event.pattern->rule;
    r.url = doc.meta.url;
    if (i < analyzed.plover.size()) {
      const PloverCoding& plover = analyzed.plover[i];
      r.plover = {plover.event, plover.mode, plover.context};
    }
    if (i < analyzed.places.size() && analyzed.places[i]) {
      const EventPlace& where = *analyzed.places[i];
      const Place& p = *where.place;
      r.geo = GeoRecord{p.name, p.country, p.lat, p.lon, p.type, where.basis, p.feature_id};
    }
    add_char_spans(r, article.text);
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace dyad
