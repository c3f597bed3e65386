#include "compat/foreign_phrases.h"

#include <algorithm>
#include <stdexcept>

#include "util/utf8.h"

namespace dyad::foreign {

std::string join_contractions(std::string text) {
  for (std::size_t at = 0; (at = lower_ascii(text).find("n't", at)) != std::string::npos; at += 3) {
    std::size_t gap = at;
    while (gap > 0 && (text[gap - 1] == ' ' || text[gap - 1] == '_' || text[gap - 1] == '\t'))
      --gap;
    if (gap > 0 && gap < at) {
      text.erase(gap, at - gap);
      at = gap;
    }
  }
  return text;
}

Run phrase_words(std::string_view phrase, bool spaces_join) {
  Run words;
  bool joined = false;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    words.push_back({lower_ascii(current), joined && !words.empty()});
    current.clear();
    joined = false;
  };
  for (const char c : phrase) {
    if (c == '_') {
      flush();
      joined = true;
    } else if (c == ' ' || c == '\t') {
      flush();
      joined = spaces_join;
    } else if (c != '(' && c != ')') {
      current += c;
    }
  }
  flush();
  return words;
}

std::vector<std::string> Slot::spellings() const {
  if (!symbol.empty()) return {symbol};
  std::vector<std::string> singles, out;
  for (const auto& run : runs) {
    if (run.empty() || std::any_of(run.begin(), run.end(), [](const PhraseWord& w) {
          return w.text.empty() || w.text.find_first_of("&+$*[]|{}()") != std::string::npos;
        }))
      continue;
    if (run.size() == 1) {
      singles.push_back(run[0].text);
      continue;
    }
    std::string spelled = run[0].text;
    for (std::size_t i = 1; i < run.size(); ++i)
      spelled += (run[i].joined ? "_" : " ") + run[i].text;
    out.push_back(std::move(spelled));
  }
  std::sort(singles.begin(), singles.end());
  singles.erase(std::unique(singles.begin(), singles.end()), singles.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (singles.size() == 1) out.insert(out.begin(), singles[0]);
  if (singles.size() > 1) {
    std::string set = "[";
    for (std::size_t i = 0; i < singles.size(); ++i) set += (i ? "|" : "") + singles[i];
    out.insert(out.begin(), set + "]");
  }
  return out;
}

void Slot::shorten() {
  for (auto& run : runs)
    if (run.size() > 1) run.resize(1);
}

std::vector<std::vector<Element>> spell_out(std::vector<Slot> slots, std::size_t max_patterns) {
  std::vector<std::vector<std::string>> choices;
  for (bool shortened = false;; shortened = true) {
    choices.clear();
    std::size_t patterns = 1;
    for (const auto& slot : slots) {
      choices.push_back(slot.spellings());
      if (choices.back().empty()) throw std::runtime_error("alternatives without a usable word");
      patterns = std::min(patterns * choices.back().size(), max_patterns + 1);
    }
    if (patterns <= max_patterns || shortened) break;
    for (auto& slot : slots) slot.shorten();
  }
  std::vector<std::vector<Element>> out = {{}};
  for (std::size_t i = 0; i < slots.size(); ++i) {
    std::vector<std::vector<Element>> next;
    for (const auto& done : out)
      for (const auto& spelling : choices[i]) {
        next.push_back(done);
        next.back().push_back({spelling, slots[i].adjacent});
      }
    out = std::move(next);
  }
  return out;
}

}  // namespace dyad::foreign
