// Where an event happened: the gazetteer (data/geo/places.tsv, regions.tsv, english_names.tsv,
// and the country names, demonyms and capitals the actors stage reads from
// data/actors/countries*.tsv) and the choice among places that share a name.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/binary_io.h"
#include "util/data_cache.h"

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
  // The same gazetteer, read from the data cache (util/data_cache.h) when it holds one built from
  // the same files, else built and stored there.
  static Gazetteer load(const std::filesystem::path& data_dir);
  // Where load() keeps the gazetteer.
  static DataCacheEntry cache_entry(const std::filesystem::path& data_dir);
  // As bytes, and back: read() throws CorruptData on anything write() would not have written.
  void write(ByteWriter& out) const;
  static Gazetteer read(ByteReader& in);
  // Whether the gazetteer was read from the data cache (read()).
  bool loaded_from_cache() const { return loaded_from_cache_; }

  // The place `name` (any case; a leading "the" ignored) most likely means in an event whose
  // actors belong to `actor_countries`: a place in one of those countries first, then a country
  // before a region, a capital and other cities, then the larger. nullptr when unknown.
  const Place* resolve(std::string_view name,
                       const std::vector<std::string>& actor_countries) const;
  // The town or city (type capital or city) `name` most likely means where it is what an event
  // is done to ("bombed Aleppo"): the largest of the name, or one in an actor's country at least
  // a tenth its size ("Tripoli": Lebanon's in a Lebanese event). A town of fewer than 50,000
  // people counts only in an actor's country: the gazetteer spells many cities in their own
  // language ("Genève"), so an English name may find only a small namesake abroad ("Geneva",
  // Illinois). nullptr when no town has the name.
  const Place* resolve_town(std::string_view name,
                            const std::vector<std::string>& actor_countries) const;
  // The country itself, and its capital; nullptr when unknown.
  const Place* country(std::string_view code) const;
  const Place* capital_of(std::string_view code) const;
  // The country a demonym names ("Syrian" → "SYR"); empty when the word is none.
  std::string demonym_country(std::string_view word) const;

 private:
  Gazetteer() = default;
  // The places a lower-case name may mean, best first; empty when none.
  std::span<const std::uint32_t> named(std::string_view key) const;

  std::vector<Place> places_;
  // Names as they are searched, stored as they are cached: the lower-case names sorted, one
  // after the other in name_text_ (name i from name_starts_[i] to name_starts_[i + 1]), and
  // name i's places at name_places_[place_starts_[i] .. place_starts_[i + 1]).
  std::string name_text_;
  std::vector<std::uint32_t> name_starts_, place_starts_, name_places_;
  std::unordered_map<std::string, std::size_t> countries_, capitals_;  // by CAMEO code
  std::unordered_map<std::string, std::string> demonyms_;              // lower case → code
  bool loaded_from_cache_ = false;
};

}  // namespace dyad
