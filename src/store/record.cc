#include "store/record.h"

#include <array>
#include <stdexcept>
#include <unordered_map>

#include "util/utf8.h"

namespace dyad {

namespace {

// A byte span of `text` in code points.
Span char_span(std::string_view text, Span bytes) {
  const std::size_t begin = code_points(text.substr(0, bytes.begin));
  return {begin, begin + code_points(text.substr(bytes.begin, bytes.end - bytes.begin))};
}

nlohmann::json span_json(const std::optional<Span>& span) {
  return span ? nlohmann::json{span->begin, span->end} : nlohmann::json(nullptr);
}

// `with_chars`: the record carries code-point spans (add_char_spans()).
nlohmann::json actor_json(const ActorRecord& actor, bool with_chars) {
  nlohmann::json json = {{"code", actor.code},
                         {"country", actor.country},
                         {"agent", actor.agent},
                         {"text", actor.text},
                         {"span", span_json(actor.span)}};
  if (with_chars) json["char_span"] = span_json(actor.char_span);
  return json;
}

// GDELT 2.0 event columns, in order (the 61 of the 2015+ event table).
constexpr std::array<const char*, 61> kGdeltColumns = {"GLOBALEVENTID",
                                                       "SQLDATE",
                                                       "MonthYear",
                                                       "Year",
                                                       "FractionDate",
                                                       "Actor1Code",
                                                       "Actor1Name",
                                                       "Actor1CountryCode",
                                                       "Actor1KnownGroupCode",
                                                       "Actor1EthnicCode",
                                                       "Actor1Religion1Code",
                                                       "Actor1Religion2Code",
                                                       "Actor1Type1Code",
                                                       "Actor1Type2Code",
                                                       "Actor1Type3Code",
                                                       "Actor2Code",
                                                       "Actor2Name",
                                                       "Actor2CountryCode",
                                                       "Actor2KnownGroupCode",
                                                       "Actor2EthnicCode",
                                                       "Actor2Religion1Code",
                                                       "Actor2Religion2Code",
                                                       "Actor2Type1Code",
                                                       "Actor2Type2Code",
                                                       "Actor2Type3Code",
                                                       "IsRootEvent",
                                                       "EventCode",
                                                       "EventBaseCode",
                                                       "EventRootCode",
                                                       "QuadClass",
                                                       "GoldsteinScale",
                                                       "NumMentions",
                                                       "NumSources",
                                                       "NumArticles",
                                                       "AvgTone",
                                                       "Actor1Geo_Type",
                                                       "Actor1Geo_FullName",
                                                       "Actor1Geo_CountryCode",
                                                       "Actor1Geo_ADM1Code",
                                                       "Actor1Geo_ADM2Code",
                                                       "Actor1Geo_Lat",
                                                       "Actor1Geo_Long",
                                                       "Actor1Geo_FeatureID",
                                                       "Actor2Geo_Type",
                                                       "Actor2Geo_FullName",
                                                       "Actor2Geo_CountryCode",
                                                       "Actor2Geo_ADM1Code",
                                                       "Actor2Geo_ADM2Code",
                                                       "Actor2Geo_Lat",
                                                       "Actor2Geo_Long",
                                                       "Actor2Geo_FeatureID",
                                                       "ActionGeo_Type",
                                                       "ActionGeo_FullName",
                                                       "ActionGeo_CountryCode",
                                                       "ActionGeo_ADM1Code",
                                                       "ActionGeo_ADM2Code",
                                                       "ActionGeo_Lat",
                                                       "ActionGeo_Long",
                                                       "ActionGeo_FeatureID",
                                                       "DATEADDED",
                                                       "SOURCEURL"};

// Tabs and newlines would break the TSV; GDELT's names are upper case.
std::string tsv_safe(std::string text, bool upper = false) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return text;
}

// Agent codes split into GDELT's three type columns: "GOVMIL" → GOV, MIL.
std::array<std::string, 3> type_codes(const std::string& agent) {
  std::array<std::string, 3> types;
  for (std::size_t i = 0; i < 3 && i * 3 + 3 <= agent.size(); ++i)
    types[i] = agent.substr(i * 3, 3);
  return types;
}

void add_actor_columns(std::vector<std::string>& row, const ActorRecord& actor) {
  row.push_back(actor.code);
  row.push_back(tsv_safe(actor.text, true));
  row.push_back(actor.country);
  row.push_back(actor.code.starts_with("IGO") ? actor.code : "");  // KnownGroupCode
  row.insert(row.end(), 3, "");                                    // Ethnic, Religion1, Religion2
  for (const auto& type : type_codes(actor.agent)) row.push_back(type);
}

// GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state or region.
std::string gdelt_geo_type(const GeoRecord& geo) {
  if (geo.type == "country") return "1";
  const bool us = geo.country == "USA";
  if (geo.type == "region") return us ? "2" : "5";
  return us ? "3" : "4";
}

// ActionGeo_*: type, full name, country, ADM1, ADM2, lat, long, feature id.
void add_action_geo_columns(std::vector<std::string>& row, const std::optional<GeoRecord>& geo) {
  if (!geo) {
    row.insert(row.end(), 8, "");
    return;
  }
  char lat[32], lon[32];
  std::snprintf(lat, sizeof lat, "%.4f", geo->lat);
  std::snprintf(lon, sizeof lon, "%.4f", geo->lon);
  row.push_back(gdelt_geo_type(*geo));
  row.push_back(tsv_safe(geo->name));
  row.push_back(geo->country);
  row.insert(row.end(), 2, "");  // ADM1, ADM2
  row.push_back(lat);
  row.push_back(lon);
  row.push_back(geo->feature_id ? std::to_string(geo->feature_id) : "");
}

std::string tab_joined(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    line += fields[i];
  }
  return line;
}

constexpr std::size_t kEventCodeColumn = 26;  // EventCode, EventBaseCode, EventRootCode follow
constexpr std::size_t kQuadClassColumn = 29, kGoldsteinColumn = 30;
constexpr std::array<const char*, 3> kPloverColumns = {"PloverEvent", "PloverMode",
                                                       "PloverContext"};

}  // namespace

EventScheme event_scheme(std::string_view name) {
  if (name == "cameo") return EventScheme::kCameo;
  if (name == "plover") return EventScheme::kPlover;
  if (name == "both") return EventScheme::kBoth;
  throw std::invalid_argument("unknown event scheme '" + std::string(name) +
                              "' (known: cameo, plover, both)");
}

int plover_quad_class(std::string_view event) {
  static const std::unordered_map<std::string_view, int> kQuad = {
      {"AGREE", 1},   {"CONSULT", 1},    {"SUPPORT", 1},     {"CONCEDE", 1},  {"COOPERATE", 2},
      {"AID", 2},     {"RETREAT", 2},    {"INVESTIGATE", 2}, {"REQUEST", 3},  {"DEMAND", 3},
      {"ACCUSE", 3},  {"DISAPPROVE", 3}, {"REJECT", 3},      {"THREATEN", 3}, {"SANCTION", 3},
      {"PROTEST", 4}, {"CRIME", 4},      {"MOBILIZE", 4},    {"COERCE", 4},   {"ASSAULT", 4}};
  const auto it = kQuad.find(event);
  return it == kQuad.end() ? 0 : it->second;
}

std::string plover_context_field(const std::vector<std::string>& context) {
  std::string field;
  for (const auto& c : context) field += (field.empty() ? "" : ",") + c;
  return field;
}

nlohmann::json to_json(const PloverRecord& plover) {
  auto or_null = [](const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
  };
  return {{"event", or_null(plover.event)},
          {"mode", or_null(plover.mode)},
          {"context", plover.context}};
}

nlohmann::json to_json(const std::optional<GeoRecord>& geo) {
  if (!geo) return nullptr;
  return {{"name", geo->name}, {"country", geo->country}, {"lat", geo->lat},
          {"lon", geo->lon},   {"type", geo->type},       {"basis", geo->basis}};
}

void add_char_spans(EventRecord& record, std::string_view text) {
  record.char_span = char_span(text, record.span);
  for (ActorRecord* actor : {&record.source, &record.target})
    if (actor->span) actor->char_span = char_span(text, *actor->span);
}

nlohmann::json to_json(const EventRecord& r) {
  nlohmann::json json = {{"doc_id", r.doc_id},
                         {"sentence", r.sentence},
                         {"date", r.date ? nlohmann::json(*r.date) : nlohmann::json(nullptr)},
                         {"source", actor_json(r.source, r.char_span.has_value())},
                         {"target", actor_json(r.target, r.char_span.has_value())},
                         {"cameo", r.cameo},
                         {"root", r.root},
                         {"goldstein", r.goldstein},
                         {"quad_class", r.quad_class},
                         {"modality", r.modality},
                         {"span", {r.span.begin, r.span.end}},
                         {"sentence_text", r.sentence_text},
                         {"rule", r.rule},
                         {"plover", to_json(r.plover)},
                         {"geo", to_json(r.geo)}};
  if (r.char_span) json["char_span"] = span_json(r.char_span);
  return json;
}

std::string gdelt_header(EventScheme scheme) {
  std::vector<std::string> columns(kGdeltColumns.begin(), kGdeltColumns.end());
  if (scheme == EventScheme::kPlover)
    std::copy(kPloverColumns.begin(), kPloverColumns.end(), columns.begin() + kEventCodeColumn);
  if (scheme == EventScheme::kBoth)
    columns.insert(columns.end(), kPloverColumns.begin(), kPloverColumns.end());
  return tab_joined(columns);
}

std::string gdelt_timestamp(std::chrono::system_clock::time_point when) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(when);
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss time{seconds - day};
  char out[24];
  std::snprintf(out, sizeof out, "%04d%02u%02u%02d%02d%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return out;
}

std::string gdelt_timestamp(const std::string& iso_day) {
  if (iso_day.size() != 10) return {};
  return iso_day.substr(0, 4) + iso_day.substr(5, 2) + iso_day.substr(8, 2) + "000000";
}

std::string gdelt_row(const EventRecord& r, std::uint64_t event_id, const std::string& date_added,
                      const GdeltCounts& counts, EventScheme scheme) {
  if (scheme == EventScheme::kPlover && r.plover.event.empty()) return "";
  std::vector<std::string> row;
  row.reserve(kGdeltColumns.size());
  const std::string ymd =
      r.date ? r.date->substr(0, 4) + r.date->substr(5, 2) + r.date->substr(8, 2) : "";
  row.push_back(std::to_string(event_id));
  row.push_back(ymd);
  row.push_back(ymd.empty() ? "" : ymd.substr(0, 6));
  row.push_back(ymd.empty() ? "" : ymd.substr(0, 4));
  if (ymd.empty()) {
    row.push_back("");
  } else {
    // GDELT's FractionDate: year + (day of year) / 365, to four places.
    const int month = std::stoi(ymd.substr(4, 2)), day = std::stoi(ymd.substr(6, 2));
    static constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, "%.4f",
                  std::stoi(ymd.substr(0, 4)) + (kDaysBefore[month - 1] + day) / 365.0);
    row.push_back(fraction);
  }
  add_actor_columns(row, r.source);
  add_actor_columns(row, r.target);
  row.push_back("1");  // IsRootEvent: we code the event where the sentence states it
  row.push_back(r.cameo);
  row.push_back(r.cameo.substr(0, std::min<std::size_t>(3, r.cameo.size())));
  row.push_back(r.root);
  row.push_back(std::to_string(r.quad_class));
  char goldstein[16];
  std::snprintf(goldstein, sizeof goldstein, "%.1f", r.goldstein);
  row.push_back(goldstein);
  row.push_back(std::to_string(counts.mentions));
  row.push_back(std::to_string(counts.sources));
  row.push_back(std::to_string(counts.articles));
  row.push_back("");  // AvgTone

  row.insert(row.end(), 16, "");  // Actor1Geo_*, Actor2Geo_*: 8 columns each
  add_action_geo_columns(row, r.geo);
  row.push_back(date_added);
  row.push_back(r.url ? tsv_safe(*r.url) : "");
  const std::array<std::string, 3> plover = {r.plover.event, r.plover.mode,
                                             plover_context_field(r.plover.context)};
  if (scheme == EventScheme::kPlover) {
    std::copy(plover.begin(), plover.end(), row.begin() + kEventCodeColumn);
    row[kQuadClassColumn] = std::to_string(plover_quad_class(r.plover.event));
    row[kGoldsteinColumn].clear();
  }
  if (scheme == EventScheme::kBoth) row.insert(row.end(), plover.begin(), plover.end());
  return tab_joined(row);
}

}  // namespace dyad
