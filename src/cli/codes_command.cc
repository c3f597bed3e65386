// `dyad codes WORD-OR-CODE`: what a CAMEO actor or event code means, or which codes a word
// leads to, read from the dictionaries dyad codes with (data/actors, data/cameo, data/events).
#include <fmt/core.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "util/paths.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad::cli {

namespace {

// One dictionary row a code or phrase comes from.
struct Entry {
  std::string code;    // IRN, GOV, IGOUNO, 111
  std::string phrase;  // Iran, government, United Nations, Criticize or denounce
  std::string kind;    // country name, agent, organisation, person (president), event …
  std::string where;   // data/actors/countries.tsv:412
};

// `word` occurs in `phrase` as whole words (case-insensitive); pattern syntax counts as a break.
bool has_word(const std::string& phrase, const std::string& word) {
  const std::string text = lower_ascii(phrase);
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

class Dictionaries {
 public:
  explicit Dictionaries(const std::filesystem::path& data) {
    const auto actors = data / "actors";
    read(data, actors / "countries.tsv", 3, 4, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[2]), "country " + std::string(f[1]), {}};
    });
    read(data, actors / "countries_extra.tsv", 3, 4, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[2]), "country " + std::string(f[1]), {}};
    });
    read(data, actors / "agents.tsv", 2, 3, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[1]), "agent", {}};
    });
    read(data, actors / "international.tsv", 2, 3, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[1]), "organisation", {}};
    });
    read(data, actors / "armed_groups.tsv", 2, 3, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[1]), "armed group", {}};
    });
    read(data, actors / "parties.tsv", 2, 3, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[1]), "party or movement", {}};
    });
    read(data, actors / "regions.tsv", 3, 4, [](auto f) {
      return Entry{std::string(f[0]), std::string(f[2]), "region (" + std::string(f[1]) + ")", {}};
    });
    for (const char* people : {"people.tsv", "people_1980_2009.tsv"})
      read(data, actors / people, 5, 7, [](auto f) {
        const std::string to = f.size() > 6 && !f[6].empty() ? std::string(f[6]) : "";
        return Entry{std::string(f[2]) + std::string(f[3]),
                     std::string(f[0]),
                     fmt::format("person: {} {}–{}", f[4], f.size() > 5 ? f[5] : "", to),
                     {}};
      });
    read(data, data / "cameo" / "cameo.tsv", 4, 4, [](auto f) {
      return Entry{std::string(f[0]),
                   std::string(f[1]),
                   fmt::format("event, Goldstein {}, QuadClass {}", f[2], f[3]),
                   {}};
    });
    for (const auto& entry : std::filesystem::directory_iterator(data / "events")) {
      const auto& file = entry.path();
      if (file.extension() != ".tsv" || !std::isdigit(file.filename().string()[0])) continue;
      read(data, file, 2, 4, [](auto f) {
        return Entry{std::string(f[0]), std::string(f[1]), "event pattern", {}};
      });
    }
  }

  // Rows for a code: a composite actor code's 3-letter parts (IRNGOV: IRN, GOV), then the code
  // itself (a person or organisation coded so, an event code).
  std::vector<Entry> for_code(const std::string& code) const {
    std::vector<Entry> out;
    if (code.size() > 3 && code.size() % 3 == 0 &&
        std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isalpha(c); }))
      for (std::size_t i = 0; i < code.size(); i += 3) add_code_rows(code.substr(i, 3), out);
    add_code_rows(code, out);
    return out;
  }

  // Rows whose phrase holds `word` (event patterns only when no label or actor phrase does,
  // those starting with the word first).
  std::vector<Entry> for_word(const std::string& word) const {
    std::vector<Entry> out, patterns;
    const std::string wanted = lower_ascii(word);
    for (const auto& e : entries_)
      if (has_word(e.phrase, wanted)) (e.kind == "event pattern" ? patterns : out).push_back(e);
    if (!out.empty()) return out;
    std::stable_partition(patterns.begin(), patterns.end(), [&](const Entry& e) {
      return lower_ascii(e.phrase).starts_with("{" + wanted + "}");
    });
    return patterns;
  }

  const Entry* event(const std::string& code) const {
    for (const auto& e : entries_)
      if (e.code == code && e.kind.starts_with("event,")) return &e;
    return nullptr;
  }

 private:
  template <typename Make>
  void read(const std::filesystem::path& data, const std::filesystem::path& file,
            std::size_t min_columns, std::size_t max_columns, Make make) {
    read_tsv(file, data_display_name(data, file), min_columns, max_columns,
             [&](const std::vector<std::string_view>& fields, const RowLocation& at) {
               Entry entry = make(fields);
               entry.where = at.str();
               while (!entry.phrase.empty() && entry.phrase.back() == ' ') entry.phrase.pop_back();
               entries_.push_back(std::move(entry));
             });
  }

  // The first few rows of each kind for `code` (a country has many names, GOV many people).
  void add_code_rows(const std::string& code, std::vector<Entry>& out) const {
    std::map<std::string, int> shown;
    for (const auto& e : entries_) {
      if (e.code != code || e.kind == "event pattern") continue;
      const std::string kind = e.kind.substr(0, e.kind.find_first_of(" :,"));
      if (shown[kind]++ < 3) out.push_back(e);
    }
  }

  std::vector<Entry> entries_;
};

constexpr std::size_t kShown = 25;

void print(const std::vector<Entry>& entries, const Dictionaries& dictionaries) {
  for (std::size_t i = 0; i < entries.size() && i < kShown; ++i) {
    const Entry& e = entries[i];
    std::string label = e.kind;
    if (e.kind == "event pattern")
      if (const Entry* event = dictionaries.event(e.code)) label = event->phrase;
    fmt::print("  {:<8} {:<44} {}  ({})\n", e.code, e.phrase, label, e.where);
  }
  if (entries.size() > kShown) fmt::print("  … and {} more\n", entries.size() - kShown);
}

}  // namespace

std::function<int()> add_codes_command(CLI::App& app, const GlobalOptions& globals) {
  auto query = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "codes",
      "Look up a CAMEO actor code (IRN, IRNGOV, IGOUNO), an event code (11, 111) or a word "
      "(Iran, minister, condemn): what it means and the dictionary rows behind it.");
  command->add_option("WORD_OR_CODE", *query, "a code or a word")->required();
  return [query, &globals]() {
    const Dictionaries dictionaries(find_data_dir(globals.data_dir));
    const auto by_code = dictionaries.for_code(upper_ascii(*query));
    const auto by_word = dictionaries.for_word(*query);
    if (by_code.empty() && by_word.empty()) {
      std::cerr << "dyad: no actor or event code, and no dictionary phrase, matches '" << *query
                << "'\n";
      return static_cast<int>(kSomeFailed);
    }
    if (!by_code.empty()) {
      fmt::print("code {}:\n", upper_ascii(*query));
      print(by_code, dictionaries);
    }
    if (!by_word.empty()) {
      fmt::print("phrases with '{}':\n", *query);
      print(by_word, dictionaries);
    }
    return static_cast<int>(kOk);
  };
}

}  // namespace dyad::cli
