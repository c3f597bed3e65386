// The actor dictionaries (data/actors/*.tsv) compiled into one vectorscan literal automaton.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/document.h"
#include "util/data_cache.h"

namespace dyad {

enum class EntryKind { kCountry, kRegion, kAgent, kOrganization, kPerson };

// One dictionary row that a phrase can resolve to.
struct LexiconEntry {
  EntryKind kind = EntryKind::kCountry;
  std::string code;     // country (IRN), organisation (IGOUNO) or region code
  std::string agent;    // agent code (GOV, MIL…) for agents
  std::string subkind;  // countries: name/official/demonym/capital/seat/alias;
                        // agents: person/org/group, or prefix (PETRARCH's "[NGO~]",
                        // written before the country); regions: location/actor
  std::string source;   // "data/actors/agents.tsv:12"
  int person = -1;      // index into people() for kPerson
  // A people of several countries ("Kurdish"): the countries it may belong to, the most likely
  // first (`code` is that one); the article decides among them.
  std::vector<std::string> countries;
};

// An office held by a person, for date-aware coding.
struct Office {
  std::string country;
  std::string agent;
  std::string role;
  std::string from;  // YYYY-MM-DD
  std::string to;    // YYYY-MM-DD, empty while in office
  std::string source;
};

struct Person {
  std::string name;
  std::vector<Office> offices;
  // "2010-01-01" for the archive of earlier office holders (people_1980_2009.tsv): the person is
  // an actor only in articles dated before this day. Empty (people.tsv): in every article.
  std::string known_before;
  // Whether an article of `date` (YYYY-MM-DD; none: undated, read as current) may name this
  // person.
  bool known_on(const std::optional<std::string>& date) const {
    return known_before.empty() || (date && *date < known_before);
  }
};

// A dictionary phrase found in a text.
struct LexiconMatch {
  Span span;
  std::vector<int> entries;  // indices into entries(): one phrase may mean several things
};

class ActorLexicon {
 public:
  // Loads and compiles every dictionary under `<data_dir>/actors/`. Throws
  // std::runtime_error("file:line: ...") on a malformed line.
  explicit ActorLexicon(const std::filesystem::path& data_dir);
  // The same lexicon, its dictionaries read from the data cache (util/data_cache.h) when it holds
  // them for the same files, else read and stored there; compiled (the automaton has its own
  // cache) either way.
  static ActorLexicon load(const std::filesystem::path& data_dir);
  // Where load() keeps the dictionaries.
  static DataCacheEntry cache_entry(const std::filesystem::path& data_dir);
  // The dictionaries before compile() as bytes, and back: read() throws CorruptData on anything
  // write() would not have written.
  void write(ByteWriter& out) const;
  static ActorLexicon read(ByteReader& in);
  // Whether the dictionaries were read from the data cache (read()).
  bool dictionaries_from_cache() const { return dictionaries_from_cache_; }

  // An empty lexicon for readers of other dictionary formats (TABARI, PETRARCH): add entries
  // and phrases, then compile() before the first scan().
  ActorLexicon();
  ~ActorLexicon();
  ActorLexicon(ActorLexicon&&) noexcept;
  ActorLexicon& operator=(ActorLexicon&&) noexcept;

  // Adds an entry (for kPerson, `person` must come from add_person) and returns its index.
  int add_entry(LexiconEntry entry);
  int add_person(Person person);
  // A phrase that means `entry`. `caseless`: match in any case; `prefix`: the last word may
  // continue in the text (TABARI's "ARGENTIN" matches "Argentina" and "Argentine").
  void add_phrase(std::string_view text, bool caseless, int entry, bool prefix = false);
  // Compiles the phrases into one automaton. The compiled automaton is cached in cache_dir()
  // under a hash of the phrases and the vectorscan version, so a later run with the same
  // dictionaries loads it instead of compiling (a missing, stale or corrupt cache file is
  // compiled anew and rewritten; an unwritable cache directory only costs the compile).
  void compile();

  // Thread-safe. Every dictionary phrase in `text` on word boundaries, longest first where
  // phrases overlap, in text order. `date` is the text's (YYYY-MM-DD; none: undated): the people
  // it cannot name (Person::known_on) are left out before overlaps are decided, so an archive
  // name never hides a phrase of a later article ("King Hussein" in "King Hussein Bridge").
  std::vector<LexiconMatch> scan(std::string_view text,
                                 const std::optional<std::string>& date = std::nullopt) const;

  const LexiconEntry& entry(int index) const { return entries_[static_cast<std::size_t>(index)]; }
  const Person& person(int index) const { return people_[static_cast<std::size_t>(index)]; }
  std::size_t phrase_count() const { return phrases_.size(); }
  // Whether compile() loaded the automaton from the cache.
  bool loaded_from_cache() const { return loaded_from_cache_; }

 private:
  struct Phrase {
    std::string text;
    bool caseless = false;
    bool prefix = false;
    std::vector<int> entries;
  };
  void load_countries(const std::filesystem::path& file);
  void load_regions(const std::filesystem::path& file);
  void load_peoples(const std::filesystem::path& file);
  void load_agents(const std::filesystem::path& file);
  void load_organizations(const std::filesystem::path& file);
  void load_people(const std::filesystem::path& file, const std::string& known_before);

  std::vector<LexiconEntry> entries_;
  std::vector<Person> people_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::size_t> phrase_index_;  // "i:"/"s:" + phrase → phrases_
  struct Database;
  std::unique_ptr<Database> database_;
  bool loaded_from_cache_ = false;
  bool dictionaries_from_cache_ = false;
};

}  // namespace dyad
