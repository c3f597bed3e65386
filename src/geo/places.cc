#include "geo/places.h"

#include <algorithm>
#include <stdexcept>

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
  for (std::size_t i = 0; i < places_.size(); ++i) {
    const Place& p = places_[i];
    add_alias(p.name, i);
    if (p.type == "country") countries_.emplace(p.country, i);
    // The largest capital row of a country is its capital (places.tsv lists the larger first).
    if (p.type == "capital") capitals_.emplace(p.country, i);
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
  for (auto& [name, indexes] : by_name_) {
    std::stable_sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
      const Place &pa = places_[a], &pb = places_[b];
      if (type_rank(pa.type) != type_rank(pb.type)) return type_rank(pa.type) < type_rank(pb.type);
      return pa.population > pb.population;
    });
  }
}

void Gazetteer::add_alias(const std::string& name, std::size_t place) {
  auto& indexes = by_name_[name_key(name)];
  if (std::find(indexes.begin(), indexes.end(), place) == indexes.end()) indexes.push_back(place);
}

const Place* Gazetteer::resolve(std::string_view name,
                                const std::vector<std::string>& actor_countries) const {
  const auto it = by_name_.find(name_key(name));
  if (it == by_name_.end()) return nullptr;
  for (const std::size_t i : it->second)
    if (std::find(actor_countries.begin(), actor_countries.end(), places_[i].country) !=
        actor_countries.end())
      return &places_[i];
  return &places_[it->second.front()];
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
