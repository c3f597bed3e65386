#include "actors/lexicon.h"

#include <hs/hs.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "clean/dates.h"
#include "util/data_cache.h"
#include "util/hash.h"
#include "util/paths.h"
#include "util/read_only_file.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

namespace fs = std::filesystem;

struct ActorLexicon::Database {
  hs_database_t* db = nullptr;
  ~Database() { hs_free_database(db); }
};

namespace {

// True when a letter or digit touches position `at` from the left (before) or right (after),
// so that "Iran" inside "Iranian" is not a match but "Iran" in "Iran’s" is.
bool word_char_before(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c >= 0 && u_isalnum(c);
}

bool word_char_after(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isalnum(c);
}

// A real calendar date written YYYY-MM-DD.
bool is_date(std::string_view text) {
  return text.size() == 10 && parse_date(text) == text;
}

std::vector<std::string_view> split_bars(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const auto bar = text.find('|');
    const auto part = trim(text.substr(0, bar));
    if (!part.empty()) parts.push_back(part);
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return parts;
}

// Where the word containing position `at` ends.
std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    auto i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    if (c < 0 || !u_isalnum(c)) break;
    at = static_cast<std::size_t>(i);
  }
  return at;
}

// Per-thread scratch space for vectorscan. hs_alloc_scratch is costly even when the scratch is
// already big enough, so it runs only when this thread first scans a given database.
hs_scratch_t* thread_scratch(const hs_database_t* db) {
  thread_local struct Holder {
    hs_scratch_t* scratch = nullptr;
    std::vector<const hs_database_t*> sized_for;
    ~Holder() { hs_free_scratch(scratch); }
  } holder;
  if (std::find(holder.sized_for.begin(), holder.sized_for.end(), db) == holder.sized_for.end()) {
    if (hs_alloc_scratch(db, &holder.scratch) != HS_SUCCESS)
      throw std::runtime_error("vectorscan: cannot allocate scratch space");
    holder.sized_for.push_back(db);
  }
  return holder.scratch;
}

}  // namespace

ActorLexicon::ActorLexicon(const fs::path& data_dir) : database_(std::make_unique<Database>()) {
  const fs::path dir = data_dir / "actors";
  load_countries(dir / "countries.tsv");
  load_countries(dir / "countries_extra.tsv");
  load_regions(dir / "regions.tsv");
  load_peoples(dir / "peoples.tsv");
  load_agents(dir / "agents.tsv");
  load_organizations(dir / "international.tsv");
  load_organizations(dir / "armed_groups.tsv");  // same format: code, phrase, note
  load_organizations(dir / "parties.tsv");       // named parties and movements, the same format
  load_people(dir / "people.tsv", "");
  // Office holders of 1980-2009 for archives (Reuters 1987, the CAMEO manual's examples): read
  // only in articles dated before 2010, so that later and undated articles see people.tsv alone.
  load_people(dir / "people_1980_2009.tsv", "2010-01-01");
  compile();
}

DataCacheEntry ActorLexicon::cache_entry(const fs::path& data_dir) {
  // Every file in data/actors: those the constructor reads and perhaps a few more. Without the
  // directory nothing is ever written under the key (the constructor says what is missing).
  DataCacheEntry cache("lexicon");
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_dir / "actors", ec))
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) cache.add_file(file);
  return cache;
}

ActorLexicon ActorLexicon::load(const fs::path& data_dir) {
  ActorLexicon lexicon =
      read_or_build<ActorLexicon>(cache_entry(data_dir), [&] { return ActorLexicon(data_dir); });
  if (lexicon.dictionaries_from_cache()) lexicon.compile();
  return lexicon;
}

// A member added to these must be written and read below: then update the sizes.
static_assert(sizeof(LexiconEntry) == 168);
static_assert(sizeof(Office) == 192);
static_assert(sizeof(Person) == 88);

void ActorLexicon::write(ByteWriter& out) const {
  static_assert(sizeof(Phrase) == 64);  // as above
  out.put<std::uint32_t>(static_cast<std::uint32_t>(entries_.size()));
  for (const LexiconEntry& e : entries_) {
    out.put<std::uint8_t>(static_cast<std::uint8_t>(e.kind));
    for (const std::string* text : {&e.code, &e.agent, &e.subkind, &e.source})
      out.put_string(*text);
    out.put<std::int32_t>(e.person);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(e.countries.size()));
    for (const auto& country : e.countries) out.put_string(country);
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(people_.size()));
  for (const Person& person : people_) {
    out.put_string(person.name);
    out.put_string(person.known_before);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(person.offices.size()));
    for (const Office& o : person.offices)
      for (const std::string* text : {&o.country, &o.agent, &o.role, &o.from, &o.to, &o.source})
        out.put_string(*text);
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(phrases_.size()));
  for (const Phrase& phrase : phrases_) {
    out.put_string(phrase.text);
    out.put<std::uint8_t>(phrase.caseless);
    out.put<std::uint8_t>(phrase.prefix);
    out.put_array(phrase.entries);
  }
}

ActorLexicon ActorLexicon::read(ByteReader& in) {
  ActorLexicon lexicon;
  lexicon.entries_.resize(in.get_count(25));  // the fixed part of an entry
  for (LexiconEntry& e : lexicon.entries_) {
    const auto kind = in.get<std::uint8_t>();
    if (kind > static_cast<std::uint8_t>(EntryKind::kPerson)) throw CorruptData("unknown kind");
    e.kind = static_cast<EntryKind>(kind);
    for (std::string* text : {&e.code, &e.agent, &e.subkind, &e.source}) *text = in.get_string();
    e.person = in.get<std::int32_t>();
    e.countries.resize(in.get_count(4));
    for (auto& country : e.countries) country = in.get_string();
  }
  lexicon.people_.resize(in.get_count(12));  // a name, a date and a count
  for (Person& person : lexicon.people_) {
    person.name = in.get_string();
    person.known_before = in.get_string();
    person.offices.resize(in.get_count(24));  // six strings
    for (Office& o : person.offices)
      for (std::string* text : {&o.country, &o.agent, &o.role, &o.from, &o.to, &o.source})
        *text = in.get_string();
  }
  for (const LexiconEntry& e : lexicon.entries_)
    if ((e.kind == EntryKind::kPerson) != (e.person >= 0) ||
        e.person >= static_cast<int>(lexicon.people_.size()))
      throw CorruptData("entry names no person or one past the people");
  lexicon.phrases_.resize(in.get_count(14));  // the fixed part of a phrase
  for (Phrase& phrase : lexicon.phrases_) {
    phrase.text = in.get_string();
    phrase.caseless = in.get_flag();
    phrase.prefix = in.get_flag();
    phrase.entries = in.get_array<int>();
    for (const int entry : phrase.entries)
      if (entry < 0 || entry >= static_cast<int>(lexicon.entries_.size()))
        throw CorruptData("phrase entry past the entries");
  }
  lexicon.dictionaries_from_cache_ = true;
  return lexicon;
}

ActorLexicon::~ActorLexicon() = default;
ActorLexicon::ActorLexicon(ActorLexicon&&) noexcept = default;
ActorLexicon& ActorLexicon::operator=(ActorLexicon&&) noexcept = default;

ActorLexicon::ActorLexicon() : database_(std::make_unique<Database>()) {}

int ActorLexicon::add_entry(LexiconEntry entry) {
  entries_.push_back(std::move(entry));
  return static_cast<int>(entries_.size() - 1);
}

int ActorLexicon::add_person(Person person) {
  people_.push_back(std::move(person));
  return static_cast<int>(people_.size() - 1);
}

void ActorLexicon::add_phrase(std::string_view text, bool caseless, int entry, bool prefix) {
  // Case-sensitive, caseless and prefix phrases are distinct automaton entries.
  std::string key(caseless ? "i" : "s");
  key += prefix ? "p:" : ":";
  key += text;
  auto [it, added] = phrase_index_.try_emplace(std::move(key), phrases_.size());
  if (added) {
    phrases_.push_back({std::string(text), caseless, prefix, {entry}});
    return;
  }
  auto& entries = phrases_[it->second].entries;
  if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
}

static std::string display_for(const fs::path& file) {
  return "data/actors/" + file.filename().string();
}

void ActorLexicon::load_countries(const fs::path& file) {
  static const std::vector<std::string> kKinds = {"name",    "official", "demonym",
                                                  "capital", "seat",     "alias"};
  read_tsv(file, display_for(file), 4, 4, [&](const auto& f, const RowLocation& at) {
    if (f[0].size() != 3)
      throw std::runtime_error("country code must be 3 letters: " + std::string(f[0]));
    if (std::find(kKinds.begin(), kKinds.end(), f[1]) == kKinds.end())
      throw std::runtime_error("unknown kind '" + std::string(f[1]) + "'");
    if (trim(f[2]).empty()) throw std::runtime_error("empty phrase");
    entries_.push_back(
        {EntryKind::kCountry, std::string(f[0]), "", std::string(f[1]), at.str(), -1, {}});
    const int index = static_cast<int>(entries_.size() - 1);
    add_phrase(trim(f[2]), false, index);
    if (f[1] == "demonym" && !f[2].ends_with('s'))
      add_phrase(std::string(trim(f[2])) + "s", false, index);
  });
}

void ActorLexicon::load_peoples(const fs::path& file) {
  read_tsv(file, display_for(file), 3, 3, [&](const auto& f, const RowLocation& at) {
    LexiconEntry entry{EntryKind::kCountry, "", "", "people", at.str(), -1, {}};
    std::istringstream codes{std::string(f[0])};
    for (std::string code; codes >> code;) {
      if (code.size() != 3) throw std::runtime_error("country code must be 3 letters: " + code);
      entry.countries.push_back(code);
    }
    if (entry.countries.empty()) throw std::runtime_error("no country");
    if (trim(f[1]).empty()) throw std::runtime_error("empty phrase");
    entry.code = entry.countries.front();
    entries_.push_back(std::move(entry));
    add_phrase(trim(f[1]), false, static_cast<int>(entries_.size() - 1));
  });
}

void ActorLexicon::load_regions(const fs::path& file) {
  read_tsv(file, display_for(file), 4, 4, [&](const auto& f, const RowLocation& at) {
    if (f[1] != "location" && f[1] != "actor")
      throw std::runtime_error("treatment must be 'location' or 'actor'");
    entries_.push_back(
        {EntryKind::kRegion, std::string(f[0]), "", std::string(f[1]), at.str(), -1, {}});
    add_phrase(trim(f[2]), false, static_cast<int>(entries_.size() - 1));
  });
}

void ActorLexicon::load_agents(const fs::path& file) {
  read_tsv(file, display_for(file), 3, 3, [&](const auto& f, const RowLocation& at) {
    if (f[0].empty() || f[0].size() % 3 != 0 || f[0].size() > 9)
      throw std::runtime_error("agent code must be 3, 6 or 9 letters (GOV, GOVMIL)");
    if (f[2] != "person" && f[2] != "org" && f[2] != "group")
      throw std::runtime_error("kind must be person, org or group");
    entries_.push_back(
        {EntryKind::kAgent, "", std::string(f[0]), std::string(f[2]), at.str(), -1, {}});
    add_phrase(trim(f[1]), true, static_cast<int>(entries_.size() - 1));
  });
}

void ActorLexicon::load_organizations(const fs::path& file) {
  read_tsv(file, display_for(file), 2, 3, [&](const auto& f, const RowLocation& at) {
    if (f[0].size() < 3) throw std::runtime_error("organisation code too short");
    entries_.push_back({EntryKind::kOrganization, std::string(f[0]), "", "", at.str(), -1, {}});
    add_phrase(trim(f[1]), false, static_cast<int>(entries_.size() - 1));
  });
}

// A person listed in both files (Netanyahu, 1996-99 and from 2009) is two people, one per file,
// each with its own offices and phrases: the article's date decides between them.
void ActorLexicon::load_people(const fs::path& file, const std::string& known_before) {
  std::unordered_map<std::string, int> by_name;
  read_tsv(file, display_for(file), 7, 7, [&](const auto& f, const RowLocation& at) {
    const std::string name(trim(f[0]));
    if (name.empty()) throw std::runtime_error("empty name");
    if (!is_date(f[5]) || (!f[6].empty() && !is_date(f[6])))
      throw std::runtime_error("dates must be YYYY-MM-DD ('to' may be empty)");
    auto [it, added] = by_name.try_emplace(name, static_cast<int>(people_.size()));
    if (added) people_.push_back({name, {}, known_before});
    Person& person = people_[static_cast<std::size_t>(it->second)];
    person.offices.push_back({std::string(f[2]), std::string(f[3]), std::string(f[4]),
                              std::string(f[5]), std::string(f[6]), at.str()});
    if (!added) return;
    entries_.push_back({EntryKind::kPerson, "", "", "person", at.str(), it->second, {}});
    const int index = static_cast<int>(entries_.size() - 1);
    add_phrase(name, false, index);
    for (const auto alias : split_bars(f[1])) add_phrase(alias, false, index);
  });
}

namespace {

// The cache file for these phrases: a hash of every phrase with its flags, in id order, and of
// the vectorscan version (a database serialised by another version does not load).
fs::path automaton_cache_file(const std::vector<const char*>& expressions,
                              const std::vector<std::size_t>& lengths,
                              const std::vector<unsigned>& flags) {
  const fs::path dir = cache_dir();
  if (dir.empty()) return {};
  Fnv1a64 hash;
  hash.add_field(hs_version());
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    hash.add_field(std::string_view(expressions[i], lengths[i]));
    hash.add_field(std::to_string(flags[i]));
  }
  return dir / ("actors-" + hash.hex() + ".hsdb");
}

hs_database_t* load_cached_automaton(const fs::path& file) {
  const ReadOnlyFile contents(file);
  if (contents.failed() != ReadOnlyFile::Failure::kNone) return nullptr;
  const std::string_view bytes = contents.bytes();
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &db) != HS_SUCCESS) return nullptr;
  return db;
}

// Best effort: a reader never sees half a file.
void save_cached_automaton(const fs::path& file, const hs_database_t* db) {
  char* bytes = nullptr;
  std::size_t size = 0;
  if (hs_serialize_database(db, &bytes, &size) != HS_SUCCESS) return;
  write_file_atomically(file, std::string_view(bytes, size));
  std::free(bytes);
}

}  // namespace

void ActorLexicon::compile() {
  phrase_index_.clear();  // only needed while adding phrases
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags, ids;
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    expressions.push_back(phrases_[i].text.c_str());
    lengths.push_back(phrases_[i].text.size());
    flags.push_back(phrases_[i].caseless ? HS_FLAG_CASELESS : 0);
    ids.push_back(static_cast<unsigned>(i));
  }
  if (expressions.empty()) throw std::runtime_error("data/actors: no phrases loaded");
  const fs::path cache_file = automaton_cache_file(expressions, lengths, flags);
  if (!cache_file.empty()) {
    database_->db = load_cached_automaton(cache_file);
    loaded_from_cache_ = database_->db != nullptr;
    if (loaded_from_cache_) return;
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                           &database_->db, &error) != HS_SUCCESS) {
    const std::string message = error ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("data/actors: cannot compile dictionary automaton: " + message);
  }
  if (!cache_file.empty()) save_cached_automaton(cache_file, database_->db);
}

std::vector<LexiconMatch> ActorLexicon::scan(std::string_view text,
                                             const std::optional<std::string>& date) const {
  if (!database_->db) throw std::logic_error("ActorLexicon::scan before compile()");
  hs_scratch_t* scratch = thread_scratch(database_->db);
  struct Context {
    const ActorLexicon* self;
    std::string_view text;
    const std::optional<std::string>& date;
    std::vector<LexiconMatch> found;
  } context{this, text, date, {}};
  auto on_match = [](unsigned id, unsigned long long /*from*/, unsigned long long to,
                     unsigned /*flags*/, void* data) -> int {
    auto& ctx = *static_cast<Context*>(data);
    const auto& phrase = ctx.self->phrases_[id];
    std::size_t end = static_cast<std::size_t>(to);
    const std::size_t begin = end - phrase.text.size();
    if (word_char_before(ctx.text, begin) || (!phrase.prefix && word_char_after(ctx.text, end)))
      return 0;
    if (phrase.prefix) end = word_end(ctx.text, end);
    std::vector<int> entries = phrase.entries;
    std::erase_if(entries, [&](int index) {
      const LexiconEntry& entry = ctx.self->entry(index);
      return entry.kind == EntryKind::kPerson && !ctx.self->person(entry.person).known_on(ctx.date);
    });
    if (!entries.empty()) ctx.found.push_back({{begin, end}, std::move(entries)});
    return 0;
  };
  if (!text.empty())
    hs_scan(database_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match,
            &context);
  // Longest match wins where matches overlap; ties go to the leftmost.
  auto& found = context.found;
  std::sort(found.begin(), found.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    const auto la = a.span.end - a.span.begin, lb = b.span.end - b.span.begin;
    return la != lb ? la > lb : a.span.begin < b.span.begin;
  });
  // The matches kept so far never overlap, so by their begin they are ordered by their end too:
  // a new match overlaps one iff the last kept one starting before its end reaches past its
  // begin (a log-time look-up: an article can hold hundreds of thousands of matches).
  std::map<std::size_t, LexiconMatch*> chosen;  // by begin
  for (auto& match : found) {
    const auto after = chosen.lower_bound(match.span.end);
    if (after != chosen.begin() && std::prev(after)->second->span.end > match.span.begin) continue;
    chosen.emplace(match.span.begin, &match);
  }
  std::vector<LexiconMatch> out;
  out.reserve(chosen.size());
  for (auto& [begin, match] : chosen) out.push_back(std::move(*match));
  return out;
}

}  // namespace dyad
