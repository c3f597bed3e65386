#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>

#include "store/export.h"
#include "util/utf8.h"

namespace dyad::serve {

namespace {

using nlohmann::json;

const char* const kQuadClassNames[] = {"verbal_cooperation", "material_cooperation",
                                       "verbal_conflict", "material_conflict"};

// The filters every list endpoint shares (docs/api.md, "Filters").
const char* const kFilterNames[] = {"from",     "to",     "actor", "source", "target",
                                    "country",  "root",   "cameo", "plover", "quad_class",
                                    "modality", "outlet", "q",     "place",  "place_country"};

// Reads an endpoint's parameters: rejects names it does not know (a typo must not silently
// widen a query) and values it cannot use, each with a message naming the parameter.
class Reader {
 public:
  Reader(const Parameters& parameters, std::set<std::string> known, bool filters)
      : parameters_(parameters), known_(std::move(known)) {
    if (filters) known_.insert(std::begin(kFilterNames), std::end(kFilterNames));
    for (const auto& [name, value] : parameters_)
      if (!known_.contains(name)) throw BadParameter(name, "unknown parameter '" + name + "'");
  }

  // The value, or none when absent or empty.
  std::optional<std::string> text(const std::string& name, std::size_t max_size = 200) const {
    const auto it = parameters_.find(name);
    if (it == parameters_.end() || it->second.empty()) return std::nullopt;
    if (it->second.size() > max_size)
      throw BadParameter(name, name + ": longer than " + std::to_string(max_size) + " bytes");
    return it->second;
  }

  std::optional<std::string> date(const std::string& name) const {
    auto value = text(name);
    if (value && !is_iso_date(*value))
      throw BadParameter(name, name + ": not a YYYY-MM-DD date: '" + *value + "'");
    return value;
  }

  // A CAMEO actor or country code: letters and digits, read upper case.
  std::optional<std::string> code(const std::string& name) const {
    auto value = text(name, 32);
    if (!value) return value;
    for (char& c : *value) {
      if (!std::isalnum(static_cast<unsigned char>(c)))
        throw BadParameter(name,
                           name + ": not an actor code (letters and digits): '" + *value + "'");
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return value;
  }

  std::optional<std::string> digits(const std::string& name, std::size_t min, std::size_t max,
                                    const std::string& what) const {
    auto value = text(name, max);
    if (value && (value->size() < min || !std::all_of(value->begin(), value->end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c));
                  })))
      throw BadParameter(name, name + ": not " + what + ": '" + *value + "'");
    return value;
  }

  std::optional<std::int64_t> integer(const std::string& name, std::int64_t min,
                                      std::int64_t max) const {
    const auto value = text(name, 20);
    if (!value) return std::nullopt;
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc() || end != value->data() + value->size() || number < min ||
        number > max)
      throw BadParameter(name, name + ": not an integer from " + std::to_string(min) + " to " +
                                   std::to_string(max) + ": '" + *value + "'");
    return number;
  }

  std::optional<std::string> one_of(const std::string& name,
                                    const std::set<std::string>& choices) const {
    auto value = text(name);
    if (value && !choices.contains(*value)) {
      std::string list;
      for (const auto& choice : choices) list += (list.empty() ? "" : ", ") + choice;
      throw BadParameter(name, name + ": one of " + list + ", not '" + *value + "'");
    }
    return value;
  }

  // The shared filters, with `limit` (1..max_limit, default_limit when absent) and `offset`.
  EventFilter filter(std::int64_t default_limit, std::int64_t max_limit) const {
    EventFilter f;
    f.from = date("from");
    f.to = date("to");
    if (f.from && f.to && *f.from > *f.to)
      throw BadParameter("to", "to: " + *f.to + " is before from: " + *f.from);
    f.actor = code("actor");
    f.source = code("source");
    f.target = code("target");
    f.country = code("country");
    if (f.country && f.country->size() != 3)
      throw BadParameter("country", "country: not a 3-letter country code: '" + *f.country + "'");
    f.root = digits("root", 2, 2, "a two-digit CAMEO root");
    f.cameo = digits("cameo", 2, 4, "a CAMEO code (2 to 4 digits)");
    if (const auto type = text("plover", 20)) {
      f.plover_event = upper_ascii(*type);
      if (plover_quad_class(*f.plover_event) == 0)
        throw BadParameter("plover", "plover: not a PLOVER event type: '" + *type + "'");
    }
    if (const auto quad = integer("quad_class", 1, 4)) f.quad_class = static_cast<int>(*quad);
    f.modality = one_of("modality", {"asserted", "future", "hypothetical", "alleged"});
    f.outlet = text("outlet");
    f.place = text("place");
    f.place_country = code("place_country");
    if (f.place_country && f.place_country->size() != 3)
      throw BadParameter("place_country",
                         "place_country: not a 3-letter country code: '" + *f.place_country + "'");
    f.text = text("q", 500);
    if (f.text && f.text->find_first_not_of(" \t\r\n") == std::string::npos) f.text.reset();
    if (known_.contains("limit")) f.limit = integer("limit", 1, max_limit).value_or(default_limit);
    if (known_.contains("offset")) f.offset = integer("offset", 0, 1'000'000'000).value_or(0);
    return f;
  }

 private:
  const Parameters& parameters_;
  std::set<std::string> known_;
};

json optional_json(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

json actor_json(const ActorRecord& actor) {
  return {{"code", actor.code},
          {"country", actor.country},
          {"agent", actor.agent},
          {"text", actor.text}};
}

// The evidence sentence cut around the span: what a page shows highlighted, independent of how
// the reader's language counts string offsets.
json highlight_json(const StoredMention& m) {
  const std::string& sentence = m.record.sentence_text;
  if (!m.sentence_begin || m.record.span.begin < *m.sentence_begin) return nullptr;
  const std::size_t begin = m.record.span.begin - *m.sentence_begin;
  const std::size_t end = m.record.span.end - *m.sentence_begin;
  if (end < begin || end > sentence.size()) return nullptr;
  return {{"before", sentence.substr(0, begin)},
          {"text", sentence.substr(begin, end - begin)},
          {"after", sentence.substr(end)}};
}

json mention_json(const StoredMention& m) {
  const EventRecord& r = m.record;
  return {{"doc_id", r.doc_id},
          {"sentence", r.sentence},
          {"sentence_text", r.sentence_text},
          {"highlight", highlight_json(m)},
          {"source", actor_json(r.source)},
          {"target", actor_json(r.target)},
          {"modality", r.modality},
          {"rule", r.rule},
          {"title", optional_json(m.title)},
          {"date", optional_json(r.date)},
          {"url", optional_json(r.url)},
          {"outlet", m.outlet}};
}

json group_json(const EventGroup& g) {
  json out = group_fields_json(g);
  out["evidence"] = g.mentions.empty() ? json(nullptr) : mention_json(g.mentions.front());
  return out;
}

void add_quad_classes(json& out, const std::int64_t (&counts)[4]) {
  for (int q = 0; q < 4; ++q) out[kQuadClassNames[q]] = counts[q];
}

json points_json(const std::vector<TimelinePoint>& points) {
  json out = json::array();
  for (const auto& p : points) {
    json point{{"period", p.period},
               {"first_date", p.first_date},
               {"last_date", p.last_date},
               {"num_events", p.num_events},
               {"mean_goldstein", p.mean_goldstein}};
    add_quad_classes(point, p.by_quad_class);
    out.push_back(std::move(point));
  }
  return out;
}

// Events of the filter whose article had no date: what a timeline leaves out.
std::int64_t undated_events(EventStore& store, EventFilter filter) {
  filter.undated = Undated::kOnly;
  return store.count_events(filter);
}

Period period(const Reader& reader) {
  const std::string by = reader.one_of("by", {"day", "week", "month"}).value_or("month");
  return by == "day" ? Period::kDay : by == "week" ? Period::kWeek : Period::kMonth;
}

}  // namespace

json meta(EventStore& store, const Parameters& parameters) {
  Reader(parameters, {}, false);
  const StoreSummary s = store.summary();
  return {{"num_events", s.num_events},
          {"num_mentions", s.num_mentions},
          {"num_documents", s.num_documents},
          {"first_date", optional_json(s.first_date)},
          {"last_date", optional_json(s.last_date)},
          {"quad_classes", kQuadClassNames}};
}

json events(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit", "offset", "order"}, true);
  EventFilter filter = reader.filter(50, 1000);
  filter.newest_first = reader.one_of("order", {"newest", "oldest"}).value_or("newest") == "newest";
  json list = json::array();
  for (const auto& g : store.events(filter)) list.push_back(group_json(g));
  return {{"total", store.count_events(filter)},
          {"limit", *filter.limit},
          {"offset", filter.offset},
          {"events", std::move(list)}};
}

std::string events_csv(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit", "offset", "order"}, true);
  EventFilter filter = reader.filter(10'000, 100'000);
  filter.newest_first = reader.one_of("order", {"newest", "oldest"}).value_or("newest") == "newest";
  std::ostringstream out;
  write_events(out, store.events(filter), *make_output_format("csv"));
  return out.str();
}

json event(EventStore& store, const std::string& id) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (error != std::errc() || end != id.data() + id.size() || number <= 0)
    throw BadParameter("id", "id: not an event id: '" + id + "'");
  EventFilter filter;
  filter.event_id = number;
  const auto groups = store.events(filter);
  if (groups.empty()) throw NotFound("no event " + id);
  json out = group_json(groups.front());
  json mentions = json::array(), articles = json::array();
  std::set<std::string> seen;
  for (const auto& m : groups.front().mentions) {
    mentions.push_back(mention_json(m));
    if (seen.insert(m.record.doc_id).second)
      articles.push_back({{"doc_id", m.record.doc_id},
                          {"title", optional_json(m.title)},
                          {"date", optional_json(m.record.date)},
                          {"url", optional_json(m.record.url)},
                          {"outlet", m.outlet}});
  }
  out["mentions"] = std::move(mentions);
  out["articles"] = std::move(articles);
  return out;
}

json dyads(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit"}, true);
  json list = json::array();
  for (const auto& d : store.dyads(reader.filter(50, 1000))) {
    json dyad{{"source_code", d.source_code},
              {"target_code", d.target_code},
              {"num_events", d.num_events},
              {"num_mentions", d.num_mentions},
              {"mean_goldstein", d.mean_goldstein}};
    add_quad_classes(dyad, d.by_quad_class);
    list.push_back(std::move(dyad));
  }
  return {{"dyads", std::move(list)}};
}

json timeline(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"by"}, true);
  EventFilter filter = reader.filter(0, 0);
  // A timeline needs event dates: undated events are left out, and counted.
  filter.undated = Undated::kExclude;
  const Period by = period(reader);
  const std::string by_name = reader.text("by").value_or("month");
  if (filter.source || filter.target) {
    if (!filter.source) throw BadParameter("source", "source: needed with target");
    if (!filter.target) throw BadParameter("target", "target: needed with source");
    EventFilter backward = filter;
    std::swap(backward.source, backward.target);
    return {{"by", by_name},
            {"source", *filter.source},
            {"target", *filter.target},
            {"forward", points_json(dyad::timeline(store, filter, by))},
            {"backward", points_json(dyad::timeline(store, backward, by))},
            {"undated_left_out", undated_events(store, filter) + undated_events(store, backward)}};
  }
  if (!filter.actor)
    throw BadParameter("actor", "actor: needed (or source and target, for a dyad)");
  return {{"by", by_name},
          {"actor", *filter.actor},
          {"points", points_json(dyad::timeline(store, filter, by))},
          {"undated_left_out", undated_events(store, filter)}};
}

json actors(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit"}, true);
  json list = json::array();
  for (const auto& a : store.actors(reader.filter(50, 1000)))
    list.push_back({{"code", a.code},
                    {"num_events", a.num_events},
                    {"as_source", a.as_source},
                    {"as_target", a.as_target},
                    {"mean_goldstein", a.mean_goldstein}});
  return {{"actors", std::move(list)}};
}

json partners(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit"}, true);
  EventFilter filter = reader.filter(50, 1000);
  if (!filter.actor) throw BadParameter("actor", "actor: needed");
  const std::int64_t limit = *filter.limit;
  filter.limit.reset();
  struct Partner {
    std::int64_t outgoing = 0, incoming = 0;
    double goldstein_sum = 0.0;
  };
  std::map<std::string, Partner> by_code;
  for (const auto& d : store.dyads(filter)) {
    // A one-sided event (`dyad code --one-sided`) has no partner: its absent side is empty.
    if (d.source_code.empty() || d.target_code.empty()) continue;
    const bool outgoing = d.source_code.starts_with(*filter.actor);
    Partner& p = by_code[outgoing ? d.target_code : d.source_code];
    (outgoing ? p.outgoing : p.incoming) += d.num_events;
    p.goldstein_sum += d.mean_goldstein * static_cast<double>(d.num_events);
  }
  std::vector<std::pair<std::string, Partner>> ranked(by_code.begin(), by_code.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second.outgoing + a.second.incoming > b.second.outgoing + b.second.incoming;
  });
  json list = json::array();
  for (const auto& [code, p] : ranked) {
    if (static_cast<std::int64_t>(list.size()) == limit) break;
    const std::int64_t total = p.outgoing + p.incoming;
    list.push_back({{"code", code},
                    {"num_events", total},
                    {"outgoing", p.outgoing},
                    {"incoming", p.incoming},
                    {"mean_goldstein", p.goldstein_sum / static_cast<double>(total)}});
  }
  return {{"actor", *filter.actor}, {"partners", std::move(list)}};
}

json network(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit"}, true);
  struct Node {
    std::int64_t num_events = 0;
    double goldstein_sum = 0.0;
  };
  std::map<std::string, Node> nodes;
  json edges = json::array();
  for (const auto& d : store.dyads(reader.filter(100, 2000))) {
    if (d.source_code.empty() || d.target_code.empty()) continue;  // one-sided: no edge
    for (const auto* code : {&d.source_code, &d.target_code}) {
      nodes[*code].num_events += d.num_events;
      nodes[*code].goldstein_sum += d.mean_goldstein * static_cast<double>(d.num_events);
    }
    edges.push_back({{"source", d.source_code},
                     {"target", d.target_code},
                     {"num_events", d.num_events},
                     {"mean_goldstein", d.mean_goldstein}});
  }
  json node_list = json::array();
  for (const auto& [code, n] : nodes)
    node_list.push_back({{"id", code},
                         {"num_events", n.num_events},
                         {"mean_goldstein", n.goldstein_sum / static_cast<double>(n.num_events)}});
  return {{"nodes", std::move(node_list)}, {"edges", std::move(edges)}};
}

json countries(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {}, true);
  EventFilter filter = reader.filter(0, 0);
  struct Country {
    std::int64_t num_events = 0;
    double goldstein_sum = 0.0;
  };
  // CAMEO actor codes start with the actor's country (ISO alpha-3: IRNGOV is Iran's government).
  std::map<std::string, Country> by_country;
  for (const auto& a : store.actors(filter)) {
    if (a.code.size() < 3) continue;
    Country& c = by_country[a.code.substr(0, 3)];
    c.num_events += a.num_events;
    c.goldstein_sum += a.mean_goldstein * static_cast<double>(a.num_events);
  }
  json list = json::array();
  for (const auto& [code, c] : by_country)
    list.push_back({{"country", code},
                    {"num_events", c.num_events},
                    {"mean_goldstein", c.goldstein_sum / static_cast<double>(c.num_events)}});
  return {{"countries", std::move(list)}};
}

json places(EventStore& store, const Parameters& parameters) {
  const Reader reader(parameters, {"limit"}, true);
  json list = json::array();
  for (const auto& p : store.places(reader.filter(500, 5000)))
    list.push_back({{"name", p.name},
                    {"country", p.country},
                    {"type", p.type},
                    {"lat", p.lat},
                    {"lon", p.lon},
                    {"num_events", p.num_events},
                    {"mean_goldstein", p.mean_goldstein}});
  return {{"places", std::move(list)}};
}

}  // namespace dyad::serve
