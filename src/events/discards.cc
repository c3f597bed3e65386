#include "events/discards.h"

#include <stdexcept>

#include "util/tsv.h"

namespace dyad {

namespace {

// Letters and digits, and every byte of a multi-byte UTF-8 character: what a word is made of.
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

bool space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Upper-case ASCII with every run of white space one space, no space at either end.
std::string normalized(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (space_byte(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

DiscardList DiscardList::load(const std::filesystem::path& data_dir) {
  DiscardList list;
  const auto file = data_dir / "events" / "discards.tsv";
  if (!std::filesystem::exists(file)) return list;
  read_tsv(file, data_display_name(data_dir, file), 3, 3,
           [&](const std::vector<std::string_view>& f, const RowLocation& where) {
             if (f[0] != "sentence" && f[0] != "story")
               throw std::runtime_error("scope must be 'sentence' or 'story'");
             list.add(f[1], f[0] == "story", false, where.str());
           });
  return list;
}

void DiscardList::add(std::string_view phrase, bool story, bool stem, std::string rule) {
  DiscardPhrase entry{normalized(phrase), story, stem, std::move(rule)};
  if (entry.phrase.empty() || !word_byte(entry.phrase.front()))
    throw std::runtime_error("a discard phrase must start with a letter or digit");
  std::size_t key = 0;
  while (key < kKeyLength && key < entry.phrase.size() && word_byte(entry.phrase[key])) ++key;
  by_key_[entry.phrase.substr(0, key)].push_back(phrases_.size());
  phrases_.push_back(std::move(entry));
}

const DiscardPhrase* DiscardList::find(std::string_view text) const {
  if (phrases_.empty()) return nullptr;
  const std::string s = normalized(text);
  std::string key;
  for (std::size_t start = 0; start < s.size(); ++start) {
    if (!word_byte(s[start]) || (start > 0 && word_byte(s[start - 1]))) continue;
    key.clear();
    for (std::size_t k = start; k < s.size() && key.size() < kKeyLength && word_byte(s[k]); ++k) {
      key += s[k];
      const auto it = by_key_.find(key);
      if (it == by_key_.end()) continue;
      for (const std::size_t p : it->second) {
        const DiscardPhrase& entry = phrases_[p];
        if (s.compare(start, entry.phrase.size(), entry.phrase) != 0) continue;
        const std::size_t end = start + entry.phrase.size();
        if (entry.stem || end == s.size() || !word_byte(s[end])) return &entry;
      }
    }
  }
  return nullptr;
}

}  // namespace dyad
