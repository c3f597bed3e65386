// Where an event happened: the gazetteer (data/geo/places.tsv, regions.tsv, and the country
// names, demonyms and capitals the actors stage reads from data/actors/countries*.tsv) and the
// choice among places that share a name.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

struct Place {
  std::string name;     // as the gazetteer spells it
  std::string country;  // CAMEO country code
  double lat = 0.0, lon = 0.0;
  std::string type;  // country, region, capital, city
  std::int64_t population = 0;
  std::int64_t feature_id = 0;  // GeoNames id; 0 for countries and regions
};

class Gazetteer {
 public:
  // Throws std::runtime_error("file:line: …") on a bad row.
  explicit Gazetteer(const std::filesystem::path& data_dir);

  // The place `name` (any case; a leading "the" ignored) most likely means in an event whose
  // actors belong to `actor_countries`: a place in one of those countries first, then a country
  // before a region, a capital and other cities, then the larger. nullptr when unknown.
  const Place* resolve(std::string_view name,
                       const std::vector<std::string>& actor_countries) const;
  // The country itself, and its capital; nullptr when unknown.
  const Place* country(std::string_view code) const;
  const Place* capital_of(std::string_view code) const;
  // The country a demonym names ("Syrian" → "SYR"); empty when the word is none.
  std::string demonym_country(std::string_view word) const;

 private:
  void add_alias(const std::string& name, std::size_t place);

  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_name_;  // lower-case name
  std::unordered_map<std::string, std::size_t> countries_, capitals_;  // by CAMEO code
  std::unordered_map<std::string, std::string> demonyms_;              // lower case → code
};

}  // namespace dyad
