#include "geo/places.h"

#include <algorithm>
#include <stdexcept>
#include <type_traits>

#include "util/data_cache.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

namespace {

// Lower case, without a leading "the " ("the Gaza Strip").
std::string name_key(std::string_view name) {
  std::string key = lower_ascii(trim(name));
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

// The name as English news spells it where the gazetteer keeps a transliteration: without
// accents and ʿayn marks ("Kandahār" → "Kandahar", "Ta‘izz" → "Taizz"), and without the Arabic
// article ("Al Fallūjah" → "Fallujah"). Empty when it is the name itself.
std::string plain_name(std::string_view name) {
  std::string folded;
  fold_accents(name, folded);
  for (const std::string_view mark : {"\u2018", "\u2019", "\u02BB", "\u02BC", "\u02BF", "'"})
    for (std::size_t at; (at = folded.find(mark)) != std::string::npos;)
      folded.erase(at, mark.size());
  for (const std::string_view article :
       {"Al ", "Al-", "Ar ", "As ", "Ash ", "Ad ", "At ", "Az ", "An "})
    if (folded.starts_with(article) && folded.size() > article.size() + 2) {
      folded.erase(0, article.size());
      break;
    }
  return folded == name ? std::string() : folded;
}

int type_rank(const std::string& type) {
  if (type == "country") return 0;
  if (type == "region") return 1;
  if (type == "capital") return 2;
  return 3;
}

std::int64_t number(std::string_view field) {
  return field.empty() ? 0 : std::stoll(std::string(field));
}

}  // namespace

Gazetteer::Gazetteer(const std::filesystem::path& data_dir) {
  for (const char* name : {"places.tsv", "regions.tsv"}) {
    const auto file = data_dir / "geo" / name;
    read_tsv(file, data_display_name(data_dir, file), 7, 7, [&](const auto& f, const RowLocation&) {
      Place p{std::string(f[0]),
              std::string(f[1]),
              std::stod(std::string(f[2])),
              std::stod(std::string(f[3])),
              std::string(f[4]),
              number(f[5]),
              number(f[6])};
      const bool known_type =
          p.type == "country" || p.type == "region" || p.type == "capital" || p.type == "city";
      if (p.name.empty() || p.country.size() != 3 || !known_type)
        throw std::runtime_error("bad place row (name, CAMEO country, type)");
      places_.push_back(std::move(p));
    });
  }
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_name;  // lower-case name
  auto add_alias = [&](const std::string& name, std::size_t place) {
    auto& indexes = by_name[name_key(name)];
    const auto index = static_cast<std::uint32_t>(place);
    if (std::find(indexes.begin(), indexes.end(), index) == indexes.end()) indexes.push_back(index);
  };
  for (std::size_t i = 0; i < places_.size(); ++i) {
    const Place& p = places_[i];
    add_alias(p.name, i);
    if (const std::string plain = plain_name(p.name); !plain.empty()) add_alias(plain, i);
    if (p.type == "country") countries_.emplace(p.country, i);
    // The largest capital row of a country is its capital (places.tsv lists the larger first).
    if (p.type == "capital") capitals_.emplace(p.country, i);
  }
  // The names English news gives towns the gazetteer spells otherwise ("Deraa", "Kiev").
  {
    const auto file = data_dir / "geo" / "english_names.tsv";
    read_tsv(file, data_display_name(data_dir, file), 3, 3, [&](const auto& f, const RowLocation&) {
      const auto place = std::find_if(places_.begin(), places_.end(), [&](const Place& p) {
        return p.name == f[1] && p.country == f[2] && p.type != "country";
      });
      if (place == places_.end())
        throw std::runtime_error("no place '" + std::string(f[1]) + "' in " + std::string(f[2]) +
                                 " in places.tsv");
      add_alias(std::string(f[0]), static_cast<std::size_t>(place - places_.begin()));
    });
  }
  // The names the actors stage knows a country and its capital by ("Republic of Azerbaijan",
  // "Washington, D.C."), and its demonyms.
  for (const char* name : {"countries.tsv", "countries_extra.tsv"}) {
    const auto file = data_dir / "actors" / name;
    read_tsv(file, data_display_name(data_dir, file), 4, 4, [&](const auto& f, const RowLocation&) {
      const std::string code(f[0]), kind(f[1]), phrase(f[2]);
      if (kind == "demonym") {
        demonyms_.emplace(lower_ascii(phrase), code);
      } else if (kind == "name" || kind == "official" || kind == "alias") {
        if (const auto it = countries_.find(code); it != countries_.end())
          add_alias(phrase, it->second);
      } else if (kind == "capital") {
        if (const auto it = capitals_.find(code); it != capitals_.end())
          add_alias(phrase, it->second);
      }
    });
  }
  for (auto& [name, indexes] : by_name) {
    std::stable_sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
      const Place &pa = places_[a], &pb = places_[b];
      if (type_rank(pa.type) != type_rank(pb.type)) return type_rank(pa.type) < type_rank(pb.type);
      return pa.population > pb.population;
    });
  }
  std::vector<const std::string*> names;
  names.reserve(by_name.size());
  for (const auto& entry : by_name) names.push_back(&entry.first);
  std::sort(names.begin(), names.end(), [](auto* a, auto* b) { return *a < *b; });
  name_starts_.push_back(0);
  place_starts_.push_back(0);
  for (const std::string* name : names) {
    name_text_ += *name;
    name_starts_.push_back(static_cast<std::uint32_t>(name_text_.size()));
    const auto& indexes = by_name.at(*name);
    name_places_.insert(name_places_.end(), indexes.begin(), indexes.end());
    place_starts_.push_back(static_cast<std::uint32_t>(name_places_.size()));
  }
}

DataCacheEntry Gazetteer::cache_entry(const std::filesystem::path& data_dir) {
  DataCacheEntry cache("gazetteer");
  for (const auto* file : {"geo/places.tsv", "geo/regions.tsv", "geo/english_names.tsv",
                           "actors/countries.tsv", "actors/countries_extra.tsv"})
    cache.add_file(data_dir / file);
  return cache;
}

Gazetteer Gazetteer::load(const std::filesystem::path& data_dir) {
  return read_or_build<Gazetteer>(cache_entry(data_dir), [&] { return Gazetteer(data_dir); });
}

namespace {

template <typename Value>
void write_map(ByteWriter& out, const std::unordered_map<std::string, Value>& map) {
  out.put<std::uint32_t>(static_cast<std::uint32_t>(map.size()));
  for (const auto& [key, value] : map) {
    out.put_string(key);
    if constexpr (std::is_same_v<Value, std::string>)
      out.put_string(value);
    else
      out.put<std::uint32_t>(static_cast<std::uint32_t>(value));
  }
}

// `places`: the number of places, which every index must stay under.
template <typename Value>
void read_map(ByteReader& in, std::unordered_map<std::string, Value>& map, std::size_t places) {
  const auto size = in.get_count(8);  // a key and a value
  map.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    std::string key = in.get_string();
    if constexpr (std::is_same_v<Value, std::string>) {
      map.emplace(std::move(key), in.get_string());
    } else {
      const auto index = in.get<std::uint32_t>();
      if (index >= places) throw CorruptData("place index past the places");
      map.emplace(std::move(key), index);
    }
  }
}

}  // namespace

// A member added to Place must be written and read below: then update the size.
static_assert(sizeof(Place) == 128);

void Gazetteer::write(ByteWriter& out) const {
  out.put<std::uint32_t>(static_cast<std::uint32_t>(places_.size()));
  for (const Place& p : places_) {
    for (const std::string* text : {&p.name, &p.country, &p.type}) out.put_string(*text);
    out.put(p.lat);
    out.put(p.lon);
    out.put(p.population);
    out.put(p.feature_id);
  }
  out.put_string(name_text_);
  out.put_array(name_starts_);
  out.put_array(place_starts_);
  out.put_array(name_places_);
  write_map(out, countries_);
  write_map(out, capitals_);
  write_map(out, demonyms_);
}

Gazetteer Gazetteer::read(ByteReader& in) {
  Gazetteer g;
  g.places_.resize(in.get_count(44));  // three strings, four numbers
  for (Place& p : g.places_) {
    for (std::string* text : {&p.name, &p.country, &p.type}) *text = in.get_string();
    p.lat = in.get<double>();
    p.lon = in.get<double>();
    p.population = in.get<std::int64_t>();
    p.feature_id = in.get<std::int64_t>();
  }
  g.name_text_ = in.get_string();
  g.name_starts_ = in.get_array<std::uint32_t>();
  g.place_starts_ = in.get_array<std::uint32_t>();
  g.name_places_ = in.get_array<std::uint32_t>();
  // Every range must lie inside what it indexes, each after the one before, every place
  // index below the number of places.
  auto ascending_within = [](const std::vector<std::uint32_t>& starts, std::size_t size) {
    return !starts.empty() && starts.front() == 0 && starts.back() == size &&
           std::is_sorted(starts.begin(), starts.end());
  };
  if (g.name_starts_.size() != g.place_starts_.size() ||
      !ascending_within(g.name_starts_, g.name_text_.size()) ||
      !ascending_within(g.place_starts_, g.name_places_.size()))
    throw CorruptData("name ranges out of order or out of bounds");
  for (std::size_t i = 0; i + 1 < g.place_starts_.size(); ++i)
    if (g.place_starts_[i] == g.place_starts_[i + 1]) throw CorruptData("a name without places");
  for (const std::uint32_t place : g.name_places_)
    if (place >= g.places_.size()) throw CorruptData("place index past the places");
  read_map(in, g.countries_, g.places_.size());
  read_map(in, g.capitals_, g.places_.size());
  read_map(in, g.demonyms_, g.places_.size());
  g.loaded_from_cache_ = true;
  return g;
}

std::span<const std::uint32_t> Gazetteer::named(std::string_view key) const {
  const std::size_t names = name_starts_.empty() ? 0 : name_starts_.size() - 1;
  auto name = [&](std::size_t i) {
    return std::string_view(name_text_)
        .substr(name_starts_[i], name_starts_[i + 1] - name_starts_[i]);
  };
  std::size_t low = 0, high = names;  // the first name not less than key is in [low, high]
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (name(mid) < key)
      low = mid + 1;
    else
      high = mid;
  }
  if (low == names || name(low) != key) return {};
  return std::span(name_places_)
      .subspan(place_starts_[low], place_starts_[low + 1] - place_starts_[low]);
}

const Place* Gazetteer::resolve(std::string_view name,
                                const std::vector<std::string>& actor_countries) const {
  const auto places = named(name_key(name));
  if (places.empty()) return nullptr;
  for (const std::uint32_t i : places)
    if (std::find(actor_countries.begin(), actor_countries.end(), places_[i].country) !=
        actor_countries.end())
      return &places_[i];
  return &places_[places.front()];
}

const Place* Gazetteer::resolve_town(std::string_view name,
                                     const std::vector<std::string>& actor_countries) const {
  const Place* largest = nullptr;
  const Place* in_actor_country = nullptr;
  for (const std::uint32_t i : named(name_key(name))) {
    const Place& place = places_[i];
    if (place.type != "capital" && place.type != "city") continue;
    if (!largest || place.population > largest->population) largest = &place;
    if (std::find(actor_countries.begin(), actor_countries.end(), place.country) !=
            actor_countries.end() &&
        (!in_actor_country || place.population > in_actor_country->population))
      in_actor_country = &place;
  }
  constexpr std::int64_t kKnownAbroad = 50'000;
  if (in_actor_country && in_actor_country->population * 10 >= largest->population)
    return in_actor_country;
  return largest && largest->population >= kKnownAbroad ? largest : nullptr;
}

const Place* Gazetteer::country(std::string_view code) const {
  const auto it = countries_.find(std::string(code));
  return it == countries_.end() ? nullptr : &places_[it->second];
}

const Place* Gazetteer::capital_of(std::string_view code) const {
  const auto it = capitals_.find(std::string(code));
  return it == capitals_.end() ? nullptr : &places_[it->second];
}

std::string Gazetteer::demonym_country(std::string_view word) const {
  const auto it = demonyms_.find(lower_ascii(word));
  return it == demonyms_.end() ? std::string() : it->second;
}

}  // namespace dyad
