#include "store/event_store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "store/sqlite_store.h"
#include "util/hash.h"
#include "util/module.h"

namespace dyad {

namespace {

std::optional<std::string> url_host(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return std::nullopt;
  std::string host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const auto at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (const auto port = host.rfind(':'); port != std::string::npos && host.back() != ']')
    host = host.substr(0, port);
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (host.starts_with("www.")) host = host.substr(4);
  if (host.empty()) return std::nullopt;
  return host;
}

// Days since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian).
std::chrono::sys_days parse_date(const std::string& date) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3)
    throw std::invalid_argument("not a YYYY-MM-DD date: '" + date + "'");
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) throw std::invalid_argument("not a calendar date: '" + date + "'");
  return std::chrono::sys_days{ymd};
}

}  // namespace

std::string content_hash(const Document& doc) {
  Fnv1a64 hash;
  hash.add_field(doc.text);
  hash.add_field(doc.meta.title);
  hash.add_field(doc.meta.date);
  hash.add_field(doc.meta.url);
  hash.add_field(doc.meta.source);
  // Only when given, so that the hashes of documents stored before --date existed still match.
  if (doc.meta.fallback_date) hash.add_field(doc.meta.fallback_date);
  return hash.hex();
}

std::string document_outlet(const Document& doc,
                            const std::optional<std::string>& credited_source) {
  if (doc.meta.url)
    if (auto host = url_host(*doc.meta.url)) return *host;
  if (credited_source && !credited_source->empty()) return *credited_source;
  if (doc.meta.source && !doc.meta.source->empty()) return *doc.meta.source;
  return {};
}

StoredDocument make_stored_document(const Document& doc, const Article& article,
                                    const std::string& data_fingerprint) {
  StoredDocument stored;
  stored.doc_id = doc.id;
  stored.origin = doc.origin;
  stored.url = doc.meta.url;
  stored.title = article.title;
  stored.date = article.date;
  stored.credited_source = article.credited_source;
  stored.outlet = document_outlet(doc, article.credited_source);
  stored.content_hash = content_hash(doc);
  stored.text = article.text;
  stored.data_fingerprint = data_fingerprint;
  return stored;
}

namespace {

// The PostgreSQL store lives in a module (util/module.h), loaded by the first run that needs it.
std::unique_ptr<EventStore> open_postgres_store(const std::string& url, bool read_only) {
  using Open = EventStore*(const std::string& url, bool read_only);
  return std::unique_ptr<EventStore>(
      module_function<Open>("postgres", "dyad_open_postgres_store")(url, read_only));
}

}  // namespace

bool is_postgres_url(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::unique_ptr<EventStore> open_event_store(const std::string& location, bool create_missing) {
  if (is_postgres_url(location)) return open_postgres_store(location, false);
  if (!create_missing && !std::filesystem::exists(location))
    throw std::runtime_error(location + ": no such database file");
  return std::make_unique<SqliteStore>(location, /*read_only=*/!create_missing);
}

std::unique_ptr<EventStore> open_event_store_read_only(const std::string& location) {
  if (is_postgres_url(location)) return open_postgres_store(location, true);
  if (!std::filesystem::exists(location))
    throw std::runtime_error(location + ": no such database file");
  return std::make_unique<SqliteStore>(location, true);
}

bool is_iso_date(const std::string& text) {
  try {
    parse_date(text);
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

std::string iso_week(const std::string& date) {
  using namespace std::chrono;
  const sys_days day = parse_date(date);
  // ISO weeks start on Monday; the week belongs to the year of its Thursday.
  const weekday wd{day};
  const sys_days thursday = day - days{(wd.c_encoding() + 6) % 7} + days{3};
  const year_month_day thursday_ymd{thursday};
  const sys_days first_of_year{thursday_ymd.year() / January / 1};
  const int week = static_cast<int>((thursday - first_of_year).count() / 7) + 1;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-W%02d", static_cast<int>(thursday_ymd.year()), week);
  return out;
}

namespace {

std::vector<TimelinePoint> fold_into_periods(const std::vector<EventDay>& days, Period by) {
  struct Sum {
    TimelinePoint point;
    double goldstein_sum = 0.0;
  };
  std::map<std::string, Sum> periods;  // ordered: every period label sorts chronologically
  for (const auto& day : days) {
    std::string period = day.date;
    if (by == Period::kMonth) period = day.date.substr(0, 7);
    if (by == Period::kWeek) period = iso_week(day.date);
    Sum& sum = periods[period];
    sum.point.period = period;
    if (sum.point.first_date.empty() || day.date < sum.point.first_date)
      sum.point.first_date = day.date;
    sum.point.last_date = std::max(sum.point.last_date, day.date);
    sum.point.num_events += day.num_events;
    for (int q = 0; q < 4; ++q) sum.point.by_quad_class[q] += day.by_quad_class[q];
    sum.goldstein_sum += day.goldstein_sum;
  }
  std::vector<TimelinePoint> points;
  for (auto& [period, sum] : periods) {
    sum.point.mean_goldstein = sum.point.num_events > 0
                                   ? sum.goldstein_sum / static_cast<double>(sum.point.num_events)
                                   : 0.0;
    points.push_back(sum.point);
  }
  return points;
}

}  // namespace

std::vector<TimelinePoint> timeline(EventStore& store, const std::string& source,
                                    const std::string& target, Period by, bool both,
                                    const EventFilter& filter) {
  EventFilter forward = filter;
  forward.source = source;
  forward.target = target;
  std::vector<EventDay> days = store.days(forward);
  if (both) {
    EventFilter backward = filter;
    backward.source = target;
    backward.target = source;
    auto back = store.days(backward);
    days.insert(days.end(), back.begin(), back.end());
  }
  return fold_into_periods(days, by);
}

std::vector<TimelinePoint> timeline(EventStore& store, const EventFilter& filter, Period by) {
  return fold_into_periods(store.days(filter), by);
}

}  // namespace dyad
