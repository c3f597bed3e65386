#include "events/patterns.h"

#include <algorithm>
#include <stdexcept>

#include "util/data_cache.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Regular English inflections. Over-generating is harmless (a form that is not a word never
// occurs in text), so doubled and undoubled consonants are both produced.
WordSet regular_forms(const std::string& lemma) {
  WordSet forms{lemma};
  if (lemma.empty()) return forms;
  const char last = lemma.back();
  const std::string stem = lemma.substr(0, lemma.size() - 1);
  const bool consonant_y = last == 'y' && lemma.size() > 1 && !is_vowel(lemma[lemma.size() - 2]);
  if (lemma.ends_with("s") || lemma.ends_with("sh") || lemma.ends_with("ch") ||
      lemma.ends_with("x") || lemma.ends_with("z") || lemma.ends_with("o"))
    forms.insert(lemma + "es");
  else if (consonant_y)
    forms.insert(stem + "ies");
  else
    forms.insert(lemma + "s");
  if (last == 'e') {
    forms.insert(lemma + "d");
    forms.insert(stem + "ing");
    if (lemma.ends_with("ie")) forms.insert(lemma.substr(0, lemma.size() - 2) + "ying");
  } else if (consonant_y) {
    forms.insert(stem + "ied");
    forms.insert(lemma + "ing");
  } else {
    forms.insert(lemma + "ed");
    forms.insert(lemma + "ing");
    if (!is_vowel(last) && last != 'w' && last != 'x' && last != 'y') {
      forms.insert(lemma + last + "ed");
      forms.insert(lemma + last + "ing");
    }
  }
  return forms;
}

// "a|b|c" → {a, b, c}, lower case.
WordSet alternatives(std::string_view spec) {
  WordSet words;
  while (true) {
    const auto bar = spec.find('|');
    const auto word = trim(spec.substr(0, bar));
    if (!word.empty()) words.insert(lower_ascii(word));
    if (bar == std::string_view::npos) break;
    spec.remove_prefix(bar + 1);
  }
  return words;
}

// "[a|b|c]" → {a, b, c}; "word" → {word}.
WordSet word_set(std::string_view spec) {
  if (spec.starts_with("[") && spec.ends_with("]"))
    return alternatives(spec.substr(1, spec.size() - 2));
  return {lower_ascii(spec)};
}

struct EventFiles {
  std::vector<fs::path> verbs, patterns;
};

// data/events/irregular_verbs*.tsv and the other *.tsv files, each in name order; discards.tsv
// is no pattern file (events/discards.h reads it).
EventFiles event_files(const fs::path& data_dir) {
  EventFiles files;
  for (const auto& entry : fs::directory_iterator(data_dir / "events")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tsv") continue;
    const std::string name = entry.path().filename().string();
    if (name == "discards.tsv") continue;
    (name.starts_with("irregular_verbs") ? files.verbs : files.patterns).push_back(entry.path());
  }
  std::sort(files.verbs.begin(), files.verbs.end());
  std::sort(files.patterns.begin(), files.patterns.end());
  return files;
}

}  // namespace

PatternBook::PatternBook(const fs::path& data_dir,
                         const std::function<bool(const std::string&)>& known_code)
    : codes_intentions_(true) {
  const auto [verb_files, pattern_files] = event_files(data_dir);
  for (const auto& file : verb_files)
    read_tsv(file, data_display_name(data_dir, file), 5, 5, [&](const auto& f, const RowLocation&) {
      std::vector<std::string> forms;
      for (std::size_t i = 1; i < 5; ++i)
        for (const auto& form : alternatives(f[i])) forms.push_back(form);
      add_irregular(lower_ascii(trim(f[0])), forms);
    });
  for (const auto& file : pattern_files)
    read_tsv(file, data_display_name(data_dir, file), 3, 3,
             [&](const auto& f, const RowLocation& at) {
               const std::string code(trim(f[0]));
               if (!known_code(code))
                 throw std::runtime_error("'" + code + "' is not a CAMEO event code");
               if (trim(f[2]).empty())
                 throw std::runtime_error("pattern without an example sentence");
               add(code, std::string(trim(f[1])), std::string(trim(f[2])), at.str());
             });
  finish();
}

void PatternBook::add_irregular(const std::string& lemma, const std::vector<std::string>& forms) {
  auto& known = irregular_[lemma];
  known.insert(known.end(), forms.begin(), forms.end());
}

void PatternBook::add(const std::string& code, const std::string& text, const std::string& example,
                      const std::string& rule) {
  const auto colon = code.find(':');
  EventPattern pattern = parse(code.substr(0, colon), text, rule);
  if (colon != std::string::npos) pattern.paired_code = code.substr(colon + 1);
  pattern.example = example;
  patterns_.push_back(std::move(pattern));
}

void PatternBook::finish() {
  vocabulary_.clear();
  for (auto& pattern : patterns_)
    for (auto& element : pattern.elements) {
      element.word_ids.clear();
      for (const auto& word : element.words) {
        const auto [it, added] =
            vocabulary_.try_emplace(word, static_cast<std::uint32_t>(vocabulary_.size()));
        element.word_ids.push_back(it->second);
      }
    }
  index_anchors();
}

void PatternBook::index_anchors() {
  by_anchor_.assign(vocabulary_.size(), {});
  for (std::size_t i = 0; i < patterns_.size(); ++i)
    for (const std::uint32_t id : patterns_[i].elements[patterns_[i].anchor].word_ids)
      by_anchor_[id].push_back(i);
}

DataCacheEntry PatternBook::cache_entry(const fs::path& data_dir,
                                        const std::vector<fs::path>& code_files) {
  DataCacheEntry cache("patterns");
  const auto [verb_files, pattern_files] = event_files(data_dir);
  for (const auto* files : {&verb_files, &pattern_files, &code_files})
    for (const auto& file : *files) cache.add_file(file);
  return cache;
}

PatternBook PatternBook::load(const fs::path& data_dir,
                              const std::function<bool(const std::string&)>& known_code,
                              const std::vector<fs::path>& code_files) {
  return read_or_build<PatternBook>(cache_entry(data_dir, code_files),
                                    [&] { return PatternBook(data_dir, known_code); });
}

// A member added to these must be written and read below: then update the sizes.
static_assert(sizeof(EventPattern) == 208);
static_assert(sizeof(PatternElement) == 96);

void PatternBook::write(ByteWriter& out) const {
  out.put<std::uint8_t>(codes_intentions_);
  std::vector<const std::string*> words(vocabulary_.size());
  for (const auto& [word, id] : vocabulary_) words[id] = &word;
  out.put<std::uint32_t>(static_cast<std::uint32_t>(words.size()));
  for (const std::string* word : words) out.put_string(*word);
  out.put<std::uint32_t>(static_cast<std::uint32_t>(irregular_.size()));
  for (const auto& [lemma, forms] : irregular_) {
    out.put_string(lemma);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(forms.size()));
    for (const auto& form : forms) out.put_string(form);
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(patterns_.size()));
  for (const EventPattern& pattern : patterns_) {
    for (const std::string* text :
         {&pattern.code, &pattern.paired_code, &pattern.text, &pattern.example, &pattern.rule})
      out.put_string(*text);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(pattern.anchor));
    out.put<std::uint32_t>(static_cast<std::uint32_t>(pattern.literals));
    out.put<std::uint8_t>(pattern.has_source);
    out.put<std::uint8_t>(pattern.has_target);
    out.put<std::uint8_t>(pattern.one_sided);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(pattern.elements.size()));
    for (const PatternElement& element : pattern.elements) {
      out.put<std::uint8_t>(static_cast<std::uint8_t>(element.kind));
      out.put<std::uint8_t>(element.optional);
      out.put<std::uint8_t>(element.adjacent);
      out.put<std::uint8_t>(element.anywhere_later);
      out.put_string(element.text);
      out.put_array(element.word_ids);
    }
  }
}

PatternBook PatternBook::read(ByteReader& in) {
  PatternBook book;
  book.codes_intentions_ = in.get_flag();
  std::vector<const std::string*> words(in.get_count(4));
  book.vocabulary_.reserve(words.size());
  for (std::uint32_t id = 0; id < words.size(); ++id) {
    const auto [it, added] = book.vocabulary_.try_emplace(in.get_string(), id);
    if (!added) throw CorruptData("a word twice in the vocabulary");
    words[id] = &it->first;
  }
  for (auto lemmas = in.get_count(8); lemmas > 0; --lemmas) {
    auto& forms = book.irregular_[in.get_string()];
    for (auto count = in.get_count(4); count > 0; --count) forms.push_back(in.get_string());
  }
  book.patterns_.resize(in.get_count(35));  // the fixed part of a pattern
  for (EventPattern& pattern : book.patterns_) {
    for (std::string* text :
         {&pattern.code, &pattern.paired_code, &pattern.text, &pattern.example, &pattern.rule})
      *text = in.get_string();
    pattern.anchor = in.get<std::uint32_t>();
    pattern.literals = in.get<std::uint32_t>();
    pattern.has_source = in.get_flag();
    pattern.has_target = in.get_flag();
    pattern.one_sided = in.get_flag();
    pattern.elements.resize(in.get_count(16));  // the fixed part of an element
    if (pattern.anchor >= pattern.elements.size()) throw CorruptData("anchor past the elements");
    for (PatternElement& element : pattern.elements) {
      const auto kind = in.get<std::uint8_t>();
      if (kind > static_cast<std::uint8_t>(PatternElement::Kind::kSkip))
        throw CorruptData("unknown pattern element kind");
      element.kind = static_cast<PatternElement::Kind>(kind);
      element.optional = in.get_flag();
      element.adjacent = in.get_flag();
      element.anywhere_later = in.get_flag();
      element.text = in.get_string();
      element.word_ids = in.get_array<std::uint32_t>();
      element.words.reserve(element.word_ids.size());
      for (const std::uint32_t id : element.word_ids) {
        if (id >= words.size()) throw CorruptData("word id past the vocabulary");
        element.words.insert(*words[id]);
      }
    }
  }
  book.index_anchors();
  book.loaded_from_cache_ = true;
  return book;
}

std::uint32_t PatternBook::word_id(std::string_view word) const {
  const auto it = vocabulary_.find(std::string(word));
  return it == vocabulary_.end() ? kUnknownWord : it->second;
}

EventPattern PatternBook::parse(const std::string& code, const std::string& text,
                                const std::string& rule) const {
  EventPattern pattern;
  pattern.code = code;
  pattern.text = text;
  pattern.rule = rule;
  std::string_view rest = text;
  while (!(rest = trim(rest)).empty()) {
    // Elements are separated by spaces, except inside [...].
    std::size_t end = 0;
    int depth = 0;
    while (end < rest.size() && (depth > 0 || rest[end] != ' ')) {
      if (rest[end] == '[') ++depth;
      if (rest[end] == ']') --depth;
      ++end;
    }
    if (depth != 0) throw std::runtime_error("unbalanced [ ] in pattern");
    std::string_view chunk = rest.substr(0, end);
    rest.remove_prefix(end);
    if (chunk == "-$T") {  // no element: it says the act needs no target
      pattern.one_sided = true;
      continue;
    }
    // "new_[economic|cultural]_relations": words joined by "_" follow each other with no word
    // between (TABARI's and PETRARCH's connector).
    for (bool first_part = true; !chunk.empty(); first_part = false) {
      std::size_t cut = 0;
      for (int nesting = 0; cut < chunk.size() && (nesting > 0 || chunk[cut] != '_'); ++cut) {
        if (chunk[cut] == '[' || chunk[cut] == '{') ++nesting;
        if (chunk[cut] == ']' || chunk[cut] == '}') --nesting;
      }
      std::string_view token = chunk.substr(0, cut);
      chunk.remove_prefix(cut < chunk.size() ? cut + 1 : cut);
      if (token.empty()) throw std::runtime_error("empty word around '_' in pattern");
      PatternElement element;
      element.adjacent = !first_part;
      element.text = std::string(token);
      if (token.size() > 2 && token.front() == '(' && token.back() == ')') {
        element.optional = true;
        token = token.substr(1, token.size() - 2);
      }
      if (token == "$T" || token == "$T*") {
        element.kind = PatternElement::Kind::kTarget;
        element.anywhere_later = token == "$T*";
        pattern.has_target = true;
      } else if (token == "^") {
        element.kind = PatternElement::Kind::kSkip;
        element.optional = true;
      } else if (token == "$S") {
        element.kind = PatternElement::Kind::kSource;
        pattern.has_source = true;
      } else if (token.size() > 2 && token.front() == '{' && token.back() == '}') {
        element.kind = PatternElement::Kind::kVerb;
        element.words = inflections(lower_ascii(token.substr(1, token.size() - 2)));
      } else {
        if (token.find_first_of("{}()$") != std::string_view::npos)
          throw std::runtime_error("cannot read pattern element '" + std::string(token) + "'");
        element.words = word_set(token);
      }
      if (element.optional && element.kind != PatternElement::Kind::kWords &&
          element.kind != PatternElement::Kind::kSkip)
        throw std::runtime_error("only words can be optional: '" + element.text + "'");
      if (element.optional && element.adjacent)
        throw std::runtime_error("a word after '_' cannot be optional: '" + element.text + "'");
      pattern.elements.push_back(std::move(element));
    }
  }
  if (pattern.elements.empty()) throw std::runtime_error("empty pattern");
  if (pattern.one_sided && (pattern.has_target || pattern.has_source))
    throw std::runtime_error("a one-sided pattern (-$T) names neither $T nor $S");
  std::size_t anchor = pattern.elements.size();
  for (std::size_t i = 0; i < pattern.elements.size(); ++i) {
    const auto& e = pattern.elements[i];
    const bool literal = !e.optional && (e.kind == PatternElement::Kind::kWords ||
                                         e.kind == PatternElement::Kind::kVerb);
    if (literal) ++pattern.literals;
    if (e.kind == PatternElement::Kind::kVerb && anchor == pattern.elements.size()) anchor = i;
  }
  for (std::size_t i = 0; i < pattern.elements.size() && anchor == pattern.elements.size(); ++i)
    if (pattern.elements[i].kind == PatternElement::Kind::kWords && !pattern.elements[i].optional)
      anchor = i;
  if (anchor == pattern.elements.size())
    throw std::runtime_error("pattern needs at least one required word or {verb}");
  pattern.anchor = anchor;
  // "talks between $S and $T": the words name both parties alike, so the event holds in both
  // directions.
  for (std::size_t i = 0; i + 2 < pattern.elements.size(); ++i)
    if (pattern.elements[i].kind == PatternElement::Kind::kSource &&
        pattern.elements[i + 1].words == WordSet{"and"} &&
        pattern.elements[i + 2].kind == PatternElement::Kind::kTarget)
      pattern.paired_code = code;
  return pattern;
}

WordSet PatternBook::inflections(const std::string& lemma) const {
  auto forms = regular_forms(lemma);
  if (const auto it = irregular_.find(lemma); it != irregular_.end())
    for (const auto& form : it->second) forms.insert(form);
  return forms;
}

const std::vector<std::size_t>* PatternBook::anchored_at(std::uint32_t word) const {
  if (word >= by_anchor_.size() || by_anchor_[word].empty()) return nullptr;
  return &by_anchor_[word];
}

}  // namespace dyad
