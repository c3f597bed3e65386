// The data cache (util/data_cache.h) and what loads through it: the event patterns, the
// gazetteer and foreign verb dictionaries are read back from the cache when their files are
// unchanged, and parsed anew (with the same result) when the cache is missing, stale, damaged
// or off.
#include "util/data_cache.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>

#include "actors/lexicon.h"
#include "compat/foreign_dictionaries.h"
#include "events/cameo.h"
#include "events/patterns.h"
#include "geo/places.h"
#include "support/temp_dir.h"
#include "util/read_only_file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Points DYAD_CACHE_DIR at a fresh directory for one test.
class CacheDir {
 public:
  CacheDir() { setenv("DYAD_CACHE_DIR", dir_.path().c_str(), 1); }
  ~CacheDir() { unsetenv("DYAD_CACHE_DIR"); }
  const fs::path& path() const { return dir_.path(); }

 private:
  testing::TempDir dir_;
};

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

void append(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::app) << text;
}

// The one entry of `kind` in the cache directory.
fs::path entry_of(const CacheDir& cache, const std::string& kind) {
  fs::path found;
  for (const auto& entry : fs::directory_iterator(cache.path()))
    if (entry.path().filename().string().starts_with(kind + "-")) {
      EXPECT_TRUE(found.empty()) << "two " << kind << " entries";
      found = entry.path();
    }
  EXPECT_FALSE(found.empty()) << "no " << kind << " entry";
  return found;
}

// A copy of the data files the event patterns and the gazetteer are read from.
struct DataCopy {
  testing::TempDir dir;
  DataCopy() {
    for (const char* sub : {"events", "cameo", "geo", "actors"})
      fs::copy(fs::path(DYAD_DATA_DIR) / sub, dir.path() / sub, fs::copy_options::recursive);
  }
  const fs::path& path() const { return dir.path(); }
};

PatternBook load_patterns(const fs::path& data_dir) {
  const CameoTable cameo(data_dir);
  return PatternBook::load(data_dir,
                           [&](const std::string& code) { return cameo.find(code) != nullptr; },
                           {data_dir / "cameo" / "cameo.tsv"});
}

void expect_same_book(const PatternBook& a, const PatternBook& b) {
  EXPECT_EQ(a.codes_intentions(), b.codes_intentions());
  ASSERT_EQ(a.patterns().size(), b.patterns().size());
  for (std::size_t i = 0; i < a.patterns().size(); ++i) {
    const EventPattern &pa = a.patterns()[i], &pb = b.patterns()[i];
    SCOPED_TRACE(pa.rule + " " + pa.text);
    EXPECT_EQ(pa.code, pb.code);
    EXPECT_EQ(pa.paired_code, pb.paired_code);
    EXPECT_EQ(pa.text, pb.text);
    EXPECT_EQ(pa.example, pb.example);
    EXPECT_EQ(pa.rule, pb.rule);
    EXPECT_EQ(pa.anchor, pb.anchor);
    EXPECT_EQ(pa.literals, pb.literals);
    EXPECT_EQ(pa.has_source, pb.has_source);
    EXPECT_EQ(pa.has_target, pb.has_target);
    ASSERT_EQ(pa.elements.size(), pb.elements.size());
    for (std::size_t e = 0; e < pa.elements.size(); ++e) {
      const PatternElement &ea = pa.elements[e], &eb = pb.elements[e];
      EXPECT_EQ(ea.kind, eb.kind);
      EXPECT_EQ(ea.words, eb.words);
      EXPECT_EQ(ea.optional, eb.optional);
      EXPECT_EQ(ea.anywhere_later, eb.anywhere_later);
      EXPECT_EQ(ea.text, eb.text);
      // The same words by the same numbers, and each book finds the pattern by its anchor.
      ASSERT_EQ(ea.word_ids.size(), eb.word_ids.size());
      for (const auto& word : ea.words) EXPECT_EQ(a.word_id(word), b.word_id(word)) << word;
    }
    for (const PatternBook* book : {&a, &b}) {
      const auto& anchor = book->patterns()[i].elements[pa.anchor];
      const auto* anchored = book->anchored_at(anchor.word_ids.front());
      ASSERT_NE(anchored, nullptr);
      EXPECT_NE(std::find(anchored->begin(), anchored->end(), i), anchored->end());
    }
  }
  EXPECT_EQ(a.inflections("seize"), b.inflections("seize"));
}

// Cache entries and the parser model are read through ReadOnlyFile: a small file mapped, a large
// one read into huge pages. Both give the file's bytes exactly; a missing file says so.
TEST(ReadOnlyFile, SmallAndLargeFilesGiveTheirBytesExactly) {
  testing::TempDir dir;
  for (const std::size_t size : {std::size_t{0}, std::size_t{5000}, ReadOnlyFile::kReadFrom - 1,
                                 ReadOnlyFile::kReadFrom, 3 * ReadOnlyFile::kReadFrom + 7}) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(i * 7919 % 251);
    const fs::path file = dir.path() / ("f" + std::to_string(size));
    std::ofstream(file, std::ios::binary) << bytes;
    const ReadOnlyFile contents(file);
    EXPECT_EQ(contents.failed(), ReadOnlyFile::Failure::kNone) << size;
    EXPECT_TRUE(contents.bytes() == bytes) << size;
  }
  const ReadOnlyFile missing(dir.path() / "none");
  EXPECT_EQ(missing.failed(), ReadOnlyFile::Failure::kOpen);
  EXPECT_FALSE(missing.error().empty());
  EXPECT_TRUE(missing.bytes().empty());
  const ReadOnlyFile directory(dir.path());  // opens, but cannot be read
  EXPECT_EQ(directory.failed(), ReadOnlyFile::Failure::kRead);
  EXPECT_TRUE(directory.bytes().empty());
}

TEST(DataCache, EntryReadsBackOnlyWhatWasWrittenForTheSameInputs) {
  const CacheDir cache;
  ASSERT_FALSE(build_identity().empty()) << "the test binary has no GNU build id";
  DataCacheEntry entry("test");
  entry.add_text("input one");
  std::string payload;
  auto read_all = [&](ByteReader& in) { payload = in.get_string(); };
  EXPECT_FALSE(entry.read(read_all));
  ByteWriter hello;
  hello.put_string("hello");
  entry.write(hello.bytes());
  EXPECT_TRUE(entry.read(read_all));
  EXPECT_EQ(payload, "hello");

  DataCacheEntry other("test");
  other.add_text("input two");
  EXPECT_FALSE(other.read(read_all));

  // Bytes the reader does not read, or a reader that finds the payload inconsistent.
  entry.write(hello.bytes() + "more");
  EXPECT_FALSE(entry.read(read_all));
  EXPECT_FALSE(entry.read([](ByteReader&) { throw CorruptData("inconsistent"); }));

  // A damaged byte or a truncated file.
  entry.write(hello.bytes());
  const std::string whole = read_bytes(entry.file());
  std::string damaged = whole;
  damaged[damaged.size() - 2] ^= 0x20;
  write_bytes(entry.file(), damaged);
  EXPECT_FALSE(entry.read(read_all));
  write_bytes(entry.file(), whole.substr(0, whole.size() - 1));
  EXPECT_FALSE(entry.read(read_all));
  write_bytes(entry.file(), "");
  EXPECT_FALSE(entry.read(read_all));
  write_bytes(entry.file(), whole);
  EXPECT_TRUE(entry.read(read_all));
}

TEST(DataCache, OnlyTheNewestEntriesOfAKindStay) {
  const CacheDir cache;
  DataCacheEntry other("other");
  other.write("kept");
  std::vector<DataCacheEntry> entries;
  const auto start = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (int i = 0; i < 12; ++i) {
    entries.emplace_back("test");
    entries.back().add_text(std::to_string(i));
    entries.back().write("entry");
    // One minute apart: file times can be coarser than the writes are apart.
    fs::last_write_time(entries.back().file(), start + std::chrono::minutes(i));
  }
  std::size_t left = 0;
  for (const auto& entry : fs::directory_iterator(cache.path()))
    left += entry.path().filename().string().starts_with("test-");
  EXPECT_EQ(left, DataCacheEntry::kKeptPerKind);
  for (int i = 0; i < 12; ++i)
    EXPECT_EQ(fs::exists(entries[static_cast<std::size_t>(i)].file()),
              i >= 12 - static_cast<int>(DataCacheEntry::kKeptPerKind))
        << i;
  EXPECT_TRUE(fs::exists(other.file()));
}

TEST(DataCache, NothingIsCachedWhenTheCacheIsOffOrAnInputIsMissing) {
  const CacheDir cache;
  DataCacheEntry missing("test");
  missing.add_file(cache.path() / "no such file");
  EXPECT_TRUE(missing.file().empty());
  missing.write("payload");
  EXPECT_TRUE(fs::is_empty(cache.path()));

  setenv("DYAD_CACHE_DIR", "off", 1);
  DataCacheEntry off("test");
  EXPECT_TRUE(off.file().empty());
  off.write("payload");
  EXPECT_FALSE(off.read([](ByteReader&) {}));
  EXPECT_FALSE(load_patterns(DYAD_DATA_DIR).loaded_from_cache());
  EXPECT_FALSE(load_patterns(DYAD_DATA_DIR).loaded_from_cache());
}

TEST(DataCache, EventPatternsAreReadBackAsTheyWereBuilt) {
  const CacheDir cache;
  const PatternBook built = load_patterns(DYAD_DATA_DIR);
  EXPECT_FALSE(built.loaded_from_cache());
  const PatternBook cached = load_patterns(DYAD_DATA_DIR);
  EXPECT_TRUE(cached.loaded_from_cache());
  const CameoTable cameo(DYAD_DATA_DIR);
  const PatternBook parsed(DYAD_DATA_DIR,
                           [&](const std::string& code) { return cameo.find(code) != nullptr; });
  expect_same_book(parsed, built);
  expect_same_book(parsed, cached);
}

TEST(DataCache, ADamagedOrUnreadablePatternEntryIsRebuilt) {
  const CacheDir cache;
  const PatternBook built = load_patterns(DYAD_DATA_DIR);
  const fs::path entry = entry_of(cache, "patterns");
  std::string bytes = read_bytes(entry);
  bytes[bytes.size() / 2] ^= 0x01;
  write_bytes(entry, bytes);
  const PatternBook after_damage = load_patterns(DYAD_DATA_DIR);
  EXPECT_FALSE(after_damage.loaded_from_cache());
  expect_same_book(built, after_damage);
  EXPECT_TRUE(load_patterns(DYAD_DATA_DIR).loaded_from_cache());  // rewritten whole

  // A whole entry (right key, right checksum) whose payload is no pattern book.
  PatternBook::cache_entry(DYAD_DATA_DIR, {fs::path(DYAD_DATA_DIR) / "cameo" / "cameo.tsv"})
      .write(std::string(64, '\x07'));
  const PatternBook after_garbage = load_patterns(DYAD_DATA_DIR);
  EXPECT_FALSE(after_garbage.loaded_from_cache());
  expect_same_book(built, after_garbage);
  EXPECT_TRUE(load_patterns(DYAD_DATA_DIR).loaded_from_cache());
}

TEST(DataCache, AChangedPatternOrCodeFileIsAStaleEntry) {
  const CacheDir cache;
  const DataCopy data;
  const PatternBook before = load_patterns(data.path());
  EXPECT_TRUE(load_patterns(data.path()).loaded_from_cache());
  append(data.path() / "events" / "04_consult.tsv",
         "040\t{parley} with $T\tThe envoy parleyed with the rebels.\n");
  const PatternBook changed = load_patterns(data.path());
  EXPECT_FALSE(changed.loaded_from_cache());
  ASSERT_EQ(changed.patterns().size(), before.patterns().size() + 1);
  EXPECT_NE(std::find_if(changed.patterns().begin(), changed.patterns().end(),
                         [](const EventPattern& p) { return p.text == "{parley} with $T"; }),
            changed.patterns().end());
  EXPECT_NE(changed.word_id("parleyed"), PatternBook::kUnknownWord);
  const PatternBook cached = load_patterns(data.path());
  EXPECT_TRUE(cached.loaded_from_cache());
  expect_same_book(changed, cached);

  // The codes the patterns are checked against are an input too: a code the table no longer
  // has is an error again, not a book read from the cache.
  const fs::path codes = data.path() / "cameo" / "cameo.tsv";
  std::string table = read_bytes(codes);
  const auto row = table.find("\n040\t");
  ASSERT_NE(row, std::string::npos);
  table.erase(row + 1, table.find('\n', row + 1) - row);
  write_bytes(codes, table);
  EXPECT_THROW(load_patterns(data.path()), std::runtime_error);
}

TEST(DataCache, TheGazetteerIsReadBackAndRebuiltWhenStaleOrDamaged) {
  const CacheDir cache;
  const DataCopy data;
  const Gazetteer built = Gazetteer::load(data.path());
  EXPECT_FALSE(built.loaded_from_cache());
  const Gazetteer cached = Gazetteer::load(data.path());
  EXPECT_TRUE(cached.loaded_from_cache());
  for (const Gazetteer* g : {&built, &cached}) {
    ASSERT_NE(g->resolve("Tripoli", {"LBN"}), nullptr);
    EXPECT_EQ(g->resolve("Tripoli", {"LBN"})->country, "LBN");
    EXPECT_EQ(g->resolve("tripoli", {})->country, "LBY");  // the capital before a city
    EXPECT_EQ(g->resolve("the Gaza Strip", {})->name, "Gaza Strip");
    EXPECT_EQ(g->resolve("Republic of Azerbaijan", {})->country, "AZE");
    EXPECT_EQ(g->resolve("Nowhereville", {}), nullptr);
    EXPECT_EQ(g->resolve("", {}), nullptr);
    EXPECT_EQ(g->capital_of("SYR")->name, "Damascus");
    EXPECT_EQ(g->country("FRA")->type, "country");
    EXPECT_EQ(g->demonym_country("Syrian"), "SYR");
  }
  EXPECT_EQ(cached.resolve("Paris", {})->lat, built.resolve("Paris", {})->lat);
  EXPECT_EQ(cached.resolve("Paris", {})->population, built.resolve("Paris", {})->population);

  append(data.path() / "geo" / "places.tsv", "Nowhereville\tFRA\t45.5\t4.25\tcity\t20000\t1\n");
  const Gazetteer changed = Gazetteer::load(data.path());
  EXPECT_FALSE(changed.loaded_from_cache());
  ASSERT_NE(changed.resolve("Nowhereville", {}), nullptr);
  EXPECT_EQ(changed.resolve("nowhereville", {})->lon, 4.25);
  EXPECT_TRUE(Gazetteer::load(data.path()).loaded_from_cache());

  Gazetteer::cache_entry(data.path()).write("no gazetteer");
  const Gazetteer rebuilt = Gazetteer::load(data.path());
  EXPECT_FALSE(rebuilt.loaded_from_cache());
  EXPECT_EQ(rebuilt.resolve("Nowhereville", {})->country, "FRA");
}

// Every phrase the lexicon finds in `text`, with what it means.
std::vector<std::string> scanned(const ActorLexicon& lexicon, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& match : lexicon.scan(text)) {
    std::string found(text.substr(match.span.begin, match.span.end - match.span.begin));
    for (const int index : match.entries) {
      const LexiconEntry& e = lexicon.entry(index);
      found += " " + e.code + "/" + e.agent + "/" + e.subkind + "/" + e.source;
      for (const auto& country : e.countries) found += " " + country;
      if (e.kind == EntryKind::kPerson)
        for (const Office& o : lexicon.person(e.person).offices)
          found += " " + o.country + o.agent + o.role + o.from + o.to + o.source;
    }
    out.push_back(found);
  }
  return out;
}

TEST(DataCache, TheActorDictionariesAreReadBackAndRebuiltWhenStaleOrDamaged) {
  const CacheDir cache;
  const DataCopy data;
  const std::string text =
      "Iran's foreign minister met Azerbaijan's president and the Taliban in Baku; Vladimir "
      "Putin told the UN Security Council and Kurdish rebels that Syrians would vote.";
  const ActorLexicon built = ActorLexicon::load(data.path());
  EXPECT_FALSE(built.dictionaries_from_cache());
  const ActorLexicon cached = ActorLexicon::load(data.path());
  EXPECT_TRUE(cached.dictionaries_from_cache());
  EXPECT_TRUE(cached.loaded_from_cache());  // the automaton, from its own cache
  EXPECT_EQ(cached.phrase_count(), built.phrase_count());
  const auto found = scanned(built, text);
  EXPECT_GE(found.size(), 6u) << ::testing::PrintToString(found);
  // A people of several countries keeps them all (data/actors/peoples.tsv).
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const std::string& f) {
    return f.starts_with("Kurdish") && f.find(" SYR IRQ TUR IRN") != std::string::npos;
  })) << ::testing::PrintToString(found);
  EXPECT_EQ(scanned(cached, text), found);

  append(data.path() / "actors" / "armed_groups.tsv", "GONREB\tRiders of Rohan\ta test\n");
  const ActorLexicon changed = ActorLexicon::load(data.path());
  EXPECT_FALSE(changed.dictionaries_from_cache());
  EXPECT_EQ(scanned(changed, "The Riders of Rohan arrived.").size(), 1u);
  EXPECT_TRUE(ActorLexicon::load(data.path()).dictionaries_from_cache());

  ActorLexicon::cache_entry(data.path()).write(std::string(40, '\x01'));
  const ActorLexicon rebuilt = ActorLexicon::load(data.path());
  EXPECT_FALSE(rebuilt.dictionaries_from_cache());
  EXPECT_EQ(scanned(rebuilt, "The Riders of Rohan arrived."),
            scanned(changed, "The Riders of Rohan arrived."));
}

TEST(DataCache, ForeignVerbsAreReadBackWithTheirProblems) {
  const CacheDir cache;
  const testing::TempDir dictionaries;
  dictionaries.write("Tiny.actors", "ARNOR_  [ARN]\nBROKEN [ARN 99999999]\nGONDOR  [GON]\n");
  const fs::path verbs = dictionaries.write("Tiny.verbs",
                                            "CONDEMN  [111]\n"
                                            "LEAVE {LEFT LEAVES LEAVING}  [---]\n"
                                            "- * FOR + [032:033]\n"
                                            "- * NOWHERE\n");
  const auto files = find_foreign_dictionaries(dictionaries.path());
  const ForeignDictionaries read = load_foreign_dictionaries(files);
  EXPECT_FALSE(read.patterns.loaded_from_cache());
  ASSERT_EQ(read.problems.size(), 2u);  // the actor's, then the verb's
  EXPECT_NE(read.problems[1].message.find("pattern without a [code]"), std::string::npos);
  const ForeignDictionaries cached = load_foreign_dictionaries(files);
  EXPECT_TRUE(cached.patterns.loaded_from_cache());
  expect_same_book(read.patterns, cached.patterns);
  ASSERT_EQ(cached.problems.size(), read.problems.size());
  for (std::size_t i = 0; i < read.problems.size(); ++i) {
    EXPECT_EQ(cached.problems[i].location, read.problems[i].location);
    EXPECT_EQ(cached.problems[i].message, read.problems[i].message);
  }
  EXPECT_EQ(cached.verb_patterns, read.verb_patterns);
  EXPECT_EQ(cached.actor_phrases, read.actor_phrases);

  append(verbs, "- * TO + [036]\n");
  const ForeignDictionaries changed = load_foreign_dictionaries(files);
  EXPECT_FALSE(changed.patterns.loaded_from_cache());
  EXPECT_EQ(changed.verb_patterns, read.verb_patterns + 1);
}

}  // namespace
}  // namespace dyad
