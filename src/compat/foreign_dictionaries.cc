#include "compat/foreign_dictionaries.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "compat/dictionary_lines.h"
#include "compat/foreign_verbs.h"
#include "util/data_cache.h"
#include "util/utf8.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// "991201" (YYMMDD) or "19991201" → "1999-12-01".
std::string foreign_date(std::string_view text) {
  std::string digits(text);
  if (digits.size() == 6) digits = (std::stoi(digits.substr(0, 2)) < 50 ? "20" : "19") + digits;
  if (digits.size() != 8 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
    throw std::runtime_error("bad date '" + std::string(text) + "'");
  return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
}

// "[USAGOV 991201-010114]", "[AR1 <911226]", "[ARN]", "[---]" → an office (empty code = null).
Office foreign_office(std::string_view raw, const std::string& where) {
  // "HOBGOV 19950601 - 19990815", "HOB < 950601": spaces inside a date range are allowed, so
  // "<", ">" and "-" tokens are glued back to the dates around them.
  std::vector<std::string> words;
  bool glue_next = false;
  for (const auto& token : words_of(raw)) {
    const bool is_date = std::isdigit(static_cast<unsigned char>(token[0]));
    if (glue_next ||
        (!words.empty() && (token.starts_with("-") && token != "---") && is_date == false &&
         std::isdigit(static_cast<unsigned char>(words.back().back())))) {
      words.back() += token;
    } else if (!words.empty() && is_date && words.back().ends_with("-") && words.back() != "---") {
      words.back() += token;
    } else {
      words.push_back(token);
    }
    glue_next = token == "<" || token == ">" || token == "-";
  }
  Office office;
  office.source = where;
  office.from = "0001-01-01";
  if (words.empty()) throw std::runtime_error("empty [ ] code");
  std::size_t i = 0;
  // "---" and "###" are TABARI's null codes: the name is known but not coded (then or ever).
  if (words[0].find_first_of("<>-") != 0 || words[0] == "---") {
    office.country = words[0] == "---" || words[0] == "###" ? "" : upper_ascii(words[0]);
    i = 1;
  }
  for (; i < words.size(); ++i) {
    const std::string& range = words[i];
    if (range.starts_with("<")) {
      office.to = foreign_date(range.substr(1));
    } else if (range.starts_with(">")) {
      office.from = foreign_date(range.substr(1));
    } else if (const auto dash = range.find('-'); dash != std::string::npos) {
      office.from = foreign_date(range.substr(0, dash));
      office.to = foreign_date(range.substr(dash + 1));
    } else {
      throw std::runtime_error("cannot read code block '[" + std::string(raw) + "]'");
    }
  }
  return office;
}

// "ARNOR_" → {"arnor", exact}; "ARGENTIN" → prefix; underscores join words.
struct ForeignPhrase {
  std::string text;
  bool prefix = true;
};

ForeignPhrase foreign_phrase(std::string_view raw) {
  ForeignPhrase phrase;
  std::string text(trim(raw));
  if (text.ends_with("_")) {
    phrase.prefix = false;
    text.pop_back();
  }
  std::replace(text.begin(), text.end(), '_', ' ');
  phrase.text = std::string(trim(text));
  return phrase;
}

// Splits "NAME [code] [code]" into the name and the bracketed blocks.
void split_codes(std::string_view line, std::string& name, std::vector<std::string>& blocks) {
  const auto first = line.find('[');
  name = std::string(trim(line.substr(0, first)));
  while (true) {
    const auto open = line.find('[');
    if (open == std::string_view::npos) break;
    const auto close = line.find(']', open);
    if (close == std::string_view::npos) throw std::runtime_error("unclosed [");
    blocks.emplace_back(trim(line.substr(open + 1, close - open - 1)));
    line.remove_prefix(close + 1);
  }
}

class Loader {
 public:
  explicit Loader(ForeignDictionaries& out) : out_(out) {}

  template <typename Fn>
  void each_line(const fs::path& file, Fn&& handle) {
    DictionaryLines lines(file);
    std::string line;
    while (lines.next(line)) {
      try {
        handle(line, lines.where());
      } catch (const std::exception& e) {
        out_.problems.push_back({lines.where(), e.what()});
      }
    }
  }

  void actors(const fs::path& file) {
    // TABARI matches an actor phrase as a word stem unless it ends in "_" ("ARGENTIN" is also
    // "Argentina"); PETRARCH, whose dictionaries are .txt files, matches whole words only, so
    // its "THE_AU" is not "The Australian" (peers/petrarch2/dictionaries.rst).
    const bool whole_words = file.extension() == ".txt";
    std::vector<std::string> pending_names;  // names waiting for their [code] line
    std::vector<Office> offices;
    std::string first_where;
    auto flush = [&] {
      if (!pending_names.empty() && !offices.empty())
        add_actor(pending_names, offices, first_where, whole_words);
      pending_names.clear();
      offices.clear();
    };
    bool skipping_section = false;
    each_line(file, [&](const std::string& line, const std::string& where) {
      if (line.starts_with("<")) {  // <NOUN> … </NOUN>, <ADJECTIVE> …: not actors
        skipping_section = !line.starts_with("</");
        return;
      }
      if (skipping_section) return;
      if (line.starts_with("+")) {  // synonym of the actor above
        pending_names.push_back(line.substr(1));
        return;
      }
      if (line.starts_with("[")) {  // code lines of a multi-line entry
        std::string ignored;
        std::vector<std::string> blocks;
        split_codes(line, ignored, blocks);
        for (const auto& block : blocks) offices.push_back(foreign_office(block, where));
        return;
      }
      flush();
      std::string name;
      std::vector<std::string> blocks;
      split_codes(line, name, blocks);
      if (name.empty()) throw std::runtime_error("actor line without a name");
      pending_names.push_back(name);
      first_where = where;
      for (const auto& block : blocks) offices.push_back(foreign_office(block, where));
    });
    flush();
  }

  // PETRARCH's discard list: a phrase per line, "+" before it for the whole story, "_" after it
  // for a whole last word (else a stem), any case (peers/petrarch2/dictionaries.rst).
  void discards(const fs::path& file) {
    each_line(file, [&](const std::string& line, const std::string& where) {
      std::string_view phrase = line;
      const bool story = phrase.starts_with('+');
      if (story) phrase = trim(phrase.substr(1));
      const bool stem = !phrase.ends_with('_');
      if (!stem) phrase.remove_suffix(1);
      out_.discards.add(phrase, story, stem, where);
    });
  }

  void agents(const fs::path& file) {
    std::map<std::string, std::vector<std::string>> macros;  // !PERSON! = MAN, MEN, …
    each_line(file, [&](const std::string& line, const std::string& where) {
      if (line.starts_with("!") && line.find('=') != std::string::npos) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) throw std::runtime_error("macro without '='");
        std::string values = line.substr(equals + 1);
        std::replace(values.begin(), values.end(), ',', ' ');
        const std::string macro(trim(line.substr(0, equals)));
        if (values.find(macro) != std::string::npos)
          throw std::runtime_error("macro " + macro + " refers to itself");
        macros[macro] = words_of(values);
        return;
      }
      std::string head;
      std::vector<std::string> blocks;
      split_codes(line, head, blocks);
      if (blocks.empty()) throw std::runtime_error("agent without [~CODE]");
      std::string code = blocks.front();
      code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
      // "[~GOV]" appends the agent to the actor's code, "[NGO~]" puts it first; both are agents.
      if (code.find('~') == std::string::npos || code.size() < 4)
        throw std::runtime_error("agent code must be [~XXX] or [XXX~]");
      const bool prefix = code.back() == '~';
      std::erase(code, '~');
      // "ATTORNEY_GENERAL {ATTORNEYS_GENERAL}": explicit plurals; "{}" none; else add "S".
      std::vector<std::string> forms;
      std::string name = head;
      bool explicit_plurals = false;
      if (const auto brace = head.find('{'); brace != std::string::npos) {
        explicit_plurals = true;
        const auto close = head.find('}', brace);
        for (const auto& plural : words_of(head.substr(brace + 1, close - brace - 1)))
          forms.push_back(plural);
        name = std::string(trim(head.substr(0, brace)));
      }
      forms.push_back(name);
      if (!explicit_plurals && !name.ends_with("_")) forms.push_back(name + "S");
      LexiconEntry entry{
          EntryKind::kAgent, "", upper_ascii(code), prefix ? "prefix" : "person", where, -1, {}};
      const int index = out_.lexicon.add_entry(entry);
      for (const auto& form : forms)
        for (const auto& expanded : expand_macros(form, macros)) {
          out_.lexicon.add_phrase(foreign_phrase(expanded).text, true, index);
          ++out_.agent_phrases;
        }
    });
  }

 private:
  // Every phrase the macros in `phrase` stand for ("!PERSON!_OFFICIAL" → MAN_OFFICIAL, …).
  // A macro's values are used as written, never expanded again, so no definition can recurse;
  // the number of phrases is bounded.
  static std::vector<std::string> expand_macros(
      const std::string& phrase, const std::map<std::string, std::vector<std::string>>& macros) {
    constexpr std::size_t kMaxPhrases = 10000;
    std::vector<std::string> out = {""};
    std::size_t from = 0;
    while (from < phrase.size()) {
      const auto open = phrase.find('!', from);
      const auto close = open == std::string::npos ? open : phrase.find('!', open + 1);
      const auto it = close == std::string::npos
                          ? macros.end()
                          : macros.find(phrase.substr(open, close - open + 1));
      if (it == macros.end()) {  // literal text up to the next '!' (or the end)
        const auto end = open == std::string::npos ? phrase.size() : open + 1;
        for (auto& done : out) done += phrase.substr(from, end - from);
        from = end;
        continue;
      }
      for (auto& done : out) done += phrase.substr(from, open - from);
      if (out.size() * it->second.size() > kMaxPhrases)
        throw std::runtime_error("macros expand to over " + std::to_string(kMaxPhrases) +
                                 " phrases");
      std::vector<std::string> next;
      for (const auto& done : out)
        for (const auto& value : it->second) next.push_back(done + value);
      out = std::move(next);
      from = close + 1;
    }
    return out;
  }

  void add_actor(const std::vector<std::string>& names, std::vector<Office> offices,
                 const std::string& where, bool whole_words) {
    auto undated_null = [](const Office& o) {
      return o.country.empty() && o.from == "0001-01-01" && o.to.empty();
    };
    offices.erase(std::remove_if(offices.begin(), offices.end(), undated_null), offices.end());
    if (offices.empty()) return;  // [---]: a known name that is not coded
    const bool dated =
        offices.size() > 1 || offices[0].from != "0001-01-01" || !offices[0].to.empty();
    int index;
    if (dated) {
      // Dated codes first, so that an undated code is the fallback for other dates.
      std::stable_sort(offices.begin(), offices.end(), [](const Office& a, const Office& b) {
        return a.from > b.from || (!a.to.empty() && b.to.empty());
      });
      // Known in every article: a foreign dictionary has no archive of its own.
      const int person = out_.lexicon.add_person({names.front(), offices, ""});
      index = out_.lexicon.add_entry({EntryKind::kPerson, "", "", "person", where, person, {}});
    } else {
      index = out_.lexicon.add_entry(
          {EntryKind::kCountry, offices[0].country, "", "name", where, -1, {}});
    }
    for (const auto& name : names) {
      const auto phrase = foreign_phrase(name);
      if (phrase.text.empty()) continue;
      out_.lexicon.add_phrase(phrase.text, true, index, phrase.prefix && !whole_words);
      ++out_.actor_phrases;
    }
  }

  ForeignDictionaries& out_;
};

}  // namespace

std::size_t comment_start(std::string_view line) {
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    if (line[i] == ']' && depth > 0) --depth;
    if (depth == 0 && (line[i] == '#' || line[i] == ';')) return i;
  }
  return std::string_view::npos;
}

ForeignDictionaryFiles find_foreign_dictionaries(const fs::path& path) {
  ForeignDictionaryFiles files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(path)) entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    for (const auto& file : entries) {
      const std::string name = lower_ascii(file.filename().string());
      if (name.find("actors") != std::string::npos)
        files.actors.push_back(file);
      else if (name.find("agents") != std::string::npos)
        files.agents.push_back(file);
      else if (name.find("verbs") != std::string::npos)
        files.verbs.push_back(file);
      else if (name.find("discards") != std::string::npos)
        files.discards.push_back(file);
    }
  } else {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": cannot open project file");
    for (std::string line; std::getline(in, line);) {
      std::string tag, value;
      std::istringstream fields(line);
      fields >> tag >> value;
      const fs::path file = path.parent_path() / value;
      if (tag == "<actorsfile>") files.actors.push_back(file);
      if (tag == "<agentsfile>") files.agents.push_back(file);
      if (tag == "<verbsfile>") files.verbs.push_back(file);
    }
  }
  if (files.actors.empty() || files.verbs.empty())
    throw std::runtime_error(path.string() + ": no actors and verbs dictionaries found there");
  return files;
}

namespace {

// The verb dictionaries' patterns, with the problems and count reading them gave, from the data
// cache when it holds them for the same files (their paths too: rules and problems name them),
// else read and stored there.
void load_verbs(const std::vector<fs::path>& files, ForeignDictionaries& out) {
  DataCacheEntry cache("foreign-verbs");
  for (const auto& file : files) {
    cache.add_text(file.string());
    cache.add_file(file);
  }
  std::vector<DictionaryProblem> problems;
  std::size_t patterns = 0;
  const bool cached = cache.read([&](ByteReader& in) {
    out.patterns = PatternBook::read(in);
    problems.resize(in.get_count(8));  // two strings
    for (auto& problem : problems) {
      problem.location = in.get_string();
      problem.message = in.get_string();
    }
    patterns = in.get<std::uint64_t>();
  });
  if (cached) {
    out.problems.insert(out.problems.end(), problems.begin(), problems.end());
    out.verb_patterns += patterns;
    return;
  }
  out.patterns = PatternBook();
  const std::size_t problems_before = out.problems.size(), patterns_before = out.verb_patterns;
  for (const auto& file : files) load_foreign_verbs(file, out);
  out.patterns.finish();
  ByteWriter bytes;
  out.patterns.write(bytes);
  bytes.put<std::uint32_t>(static_cast<std::uint32_t>(out.problems.size() - problems_before));
  for (std::size_t i = problems_before; i < out.problems.size(); ++i) {
    bytes.put_string(out.problems[i].location);
    bytes.put_string(out.problems[i].message);
  }
  bytes.put<std::uint64_t>(out.verb_patterns - patterns_before);
  cache.write(bytes.bytes());
}

}  // namespace

ForeignDictionaries load_foreign_dictionaries(const ForeignDictionaryFiles& files) {
  ForeignDictionaries out;
  Loader loader(out);
  for (const auto& file : files.actors) loader.actors(file);
  for (const auto& file : files.agents) loader.agents(file);
  for (const auto& file : files.discards) loader.discards(file);
  load_verbs(files.verbs, out);
  out.lexicon.compile();
  return out;
}

}  // namespace dyad
