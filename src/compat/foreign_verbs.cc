#include "compat/foreign_verbs.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "compat/dictionary_lines.h"
#include "compat/foreign_phrases.h"
#include "util/utf8.h"

namespace dyad {

namespace {

using foreign::Element;
using foreign::PhraseWord;
using foreign::Run;
using foreign::Slot;

// Splits on spaces and underscores; a trailing "_" (TABARI's "exact word") is dropped.
std::vector<std::string> foreign_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (const char c : text) {
    if (c == ' ' || c == '_' || c == '\t') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// "---", "###", "+++": TABARI's codes for words that give no event.
bool is_null_code(const std::string& code) {
  return std::none_of(code.begin(), code.end(),
                      [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

struct Verb {
  Run before, after;          // a multi-word verb's other words ("CORDON_+OFF")
  bool lemma_joined = false;  // the verb word follows the words before it directly
  std::string lemma;
  std::string code;
};

class VerbReader {
 public:
  // PETRARCH's dictionaries are .txt files: the words of their synonym-set phrases always
  // follow each other; in TABARI's, as in patterns, only those joined by "_" do.
  VerbReader(const std::filesystem::path& file, ForeignDictionaries& out)
      : lines_(file), out_(out), petrarch_(file.extension() == ".txt") {}

  void run() {
    std::string line;
    while (lines_.next(line)) {
      try {
        handle(line);
      } catch (const std::exception& e) {
        out_.problems.push_back({lines_.where(), e.what()});
      }
    }
  }

 private:
  std::string where() const { return lines_.where(); }

  void handle(const std::string& line) {
    if (line.starts_with("<")) {
      in_time_ = line.starts_with("<TIME>");  // TIME-shift patterns are not events
      synset_.clear();
      return;
    }
    if (in_time_) return;
    if (line.starts_with("&")) {
      synset_ = upper_ascii(trim(line.substr(1)));
      if (synset_.ends_with("_")) synset_.pop_back();
      synsets_[synset_];
      expanded_.clear();
      return;
    }
    if (line.starts_with("+") && !synset_.empty()) {
      synsets_[synset_].push_back(line.substr(1));
      expanded_.clear();
      return;
    }
    synset_.clear();
    if (line.starts_with("---")) {  // PETRARCH block header: "--- ABANDON [345] ---"
      petrarch_blocks_ = true;
      group_.clear();
      group_code_ = code_in(line);
      group_has_patterns_ = false;
      return;
    }
    if (line.starts_with("~"))
      throw std::runtime_error("verb transformations (~) are not supported");
    if (line.starts_with("-")) return pattern(line.substr(1));
    if (line.starts_with("{")) return irregular_forms(line);
    verb(line);
  }

  static std::string code_in(std::string_view line) {
    const auto open = line.find('[');
    const auto close = line.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos) return {};
    std::string code(trim(line.substr(open + 1, close - open - 1)));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    return code;
  }

  void verb(const std::string& line) {
    if (!petrarch_blocks_ || group_has_patterns_) {
      group_.clear();
      group_has_patterns_ = false;
      if (!petrarch_blocks_) group_code_.clear();
    }
    std::string head = line.substr(0, line.find('['));
    std::vector<std::string> irregular;
    if (const auto brace = head.find('{'); brace != std::string::npos) {
      const auto close = head.find('}', brace);
      for (const auto& form : foreign_words(head.substr(brace + 1, close - brace - 1)))
        if (form.starts_with("+") || form.find('+') == std::string::npos)
          irregular.push_back(lower_ascii(form.starts_with("+") ? form.substr(1) : form));
      head = head.substr(0, brace);
    }
    Verb verb;
    bool marked = head.find('+') != std::string::npos;
    for (auto& word : foreign::phrase_words(head, false)) {
      if (verb.lemma.empty() && (!marked || word.text.starts_with("+"))) {
        verb.lemma = word.text.starts_with("+") ? word.text.substr(1) : word.text;
        verb.lemma_joined = word.joined;
      } else {
        (verb.lemma.empty() ? verb.before : verb.after).push_back(std::move(word));
      }
    }
    if (verb.lemma.empty()) throw std::runtime_error("verb line without a verb");
    // Irregular forms of a multi-word verb are listed whole ("CORDONED_OFF"): keep the verb word.
    std::vector<std::string> forms;
    for (const auto& form : irregular) forms.push_back(form);
    if (!forms.empty()) out_.patterns.add_irregular(verb.lemma, forms);
    verb.code = code_in(line);
    if (verb.code.empty()) verb.code = group_code_;
    if (!verb.code.empty() && !is_null_code(verb.code))
      add(verb, {{"*"}}, verb.code, "isolated verb");
    group_.push_back(std::move(verb));
  }

  // TABARI lists a verb's irregular forms on the line after it: "{ BROKE_ BROKEN_ }".
  void irregular_forms(const std::string& line) {
    if (group_.empty()) throw std::runtime_error("irregular forms before any verb");
    const auto close = line.find('}');
    std::vector<std::string> forms;
    for (const auto& form :
         foreign_words(line.substr(1, close == std::string::npos ? close : close - 1)))
      forms.push_back(lower_ascii(form));
    out_.patterns.add_irregular(group_.back().lemma, forms);
  }

  // "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]"
  void pattern(const std::string& body) {
    group_has_patterns_ = true;
    const std::string code = code_in(body);
    if (code.empty()) throw std::runtime_error("pattern without a [code]");
    if (is_null_code(code)) return;  // a null pattern: these words give no event
    std::vector<Slot> slots = pattern_slots(body.substr(0, body.find('[')));
    if (std::none_of(slots.begin(), slots.end(), [](const Slot& s) { return s.is("*"); }))
      throw std::runtime_error("pattern without * (the verb's place)");
    if (group_.empty()) throw std::runtime_error("pattern before any verb");
    constexpr std::size_t kMaxSpellings = 16;
    for (auto& elements : foreign::spell_out(std::move(slots), kMaxSpellings)) {
      const bool mutual = drop_compound_subject(elements);
      for (const auto& verb : group_) add(verb, elements, code, "pattern", mutual);
    }
  }

  // The places of a pattern in order: words, "&SET"s and "{ A | B }" alternatives, each a set
  // of runs of consecutive words, and the symbols "*" (the verb), "+", "$", "%" and "^". A "_"
  // joins a place to the one before it (no word between); a space lets words come between. A
  // "_" before a space is TABARI's "whole word" mark, and PETRARCH's "(" ")" group phrases.
  std::vector<Slot> pattern_slots(const std::string& raw) {
    const std::string text = foreign::join_contractions(raw);
    std::vector<Slot> slots;
    bool joined = false;
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '(' || c == ')') {
        joined &= c != ' ' && c != '\t';
        ++i;
        continue;
      }
      if (c == '_') {
        joined = true;
        ++i;
        continue;
      }
      Slot slot;
      if (c == '{') {
        const auto close = text.find('}', i);
        if (close == std::string::npos) throw std::runtime_error("unclosed {");
        slot.runs = alternatives(text.substr(i + 1, close - i - 1));  // TABARI's "{ A | B }"
        i = close + 1;
      } else {
        const auto end = text.find_first_of(" \t_{}()", i);
        const std::string word = text.substr(i, end == std::string::npos ? end : end - i);
        i = end == std::string::npos ? text.size() : end;
        if (word.starts_with("&")) {
          slot.runs = expand(word.substr(1));
        } else if (word == "+" || word == "%" || word == "$" || word == "^" || word == "*") {
          slot.symbol = word == "+" ? "$T" : word == "$" ? "$S" : word;
        } else {
          slot.runs.push_back({PhraseWord{lower_ascii(word), false}});
        }
      }
      slot.adjacent = joined && !slots.empty();
      joined = false;
      slots.push_back(std::move(slot));
    }
    return slots;
  }

  // "- % * DIPLOMATIC [064]": "%" before the verb is a compound subject whose members act on
  // each other ("Gondor and Osgiliath renewed diplomatic ties"): in our language, a pattern
  // with no actor slot. With another actor in the pattern, "%" stays that actor's partner.
  static bool drop_compound_subject(std::vector<Element>& elements) {
    auto is = [](const char* text) { return [text](const Element& e) { return e.text == text; }; };
    const auto verb = std::find_if(elements.begin(), elements.end(), is("*"));
    const auto compound = std::find_if(elements.begin(), verb, is("%"));
    if (compound == verb) return false;
    const auto slots = std::count_if(elements.begin(), elements.end(), is("$T")) +
                       std::count_if(elements.begin(), elements.end(), is("$S")) +
                       std::count_if(elements.begin(), elements.end(), is("%"));
    if (slots != 1) return false;
    const bool adjacent = compound->adjacent;
    const auto after = elements.erase(compound);
    if (after != elements.end() && !adjacent) after->adjacent = false;
    return true;
  }

  // The runs of a "{ A | B }" set of alternatives.
  std::vector<Run> alternatives(std::string_view inside) {
    std::vector<Run> runs;
    std::string current;
    for (const char c : std::string(inside) + "|") {
      if (c != '|') {
        current += c;
        continue;
      }
      for (auto& run : runs_of(current)) runs.push_back(std::move(run));
      current.clear();
    }
    return runs;
  }

  // The runs a phrase stands for, the synonym sets it names expanded ("&TIETYPES_MEMOS":
  // military memos, economic memos, …), at most kMaxRuns of them.
  std::vector<Run> runs_of(const std::string& phrase) {
    constexpr std::size_t kMaxRuns = 1000;
    std::vector<Run> runs = {{}};
    for (const auto& word : foreign::phrase_words(foreign::join_contractions(phrase), petrarch_)) {
      std::vector<Run> next;
      for (const auto& done : runs) {
        if (!word.text.starts_with("&")) {
          next.push_back(done);
          next.back().push_back(word);
          continue;
        }
        for (const auto& member : expand(word.text.substr(1))) {
          next.push_back(done);
          for (std::size_t i = 0; i < member.size(); ++i)
            next.back().push_back(
                PhraseWord{member[i].text, i == 0 ? word.joined : member[i].joined});
        }
      }
      // Sets named twice over ("&A" of "&B" and "&B") give each run once.
      std::sort(next.begin(), next.end());
      next.erase(std::unique(next.begin(), next.end()), next.end());
      // "&MILITARY &AIRCRAFT": past kMaxRuns the phrase is read by its words so far.
      if (next.size() > kMaxRuns && !runs.front().empty()) break;
      runs = std::move(next);
    }
    if (runs.size() == 1 && runs[0].empty()) return {};
    return runs;
  }

  // The members of a synonym set with the sets it names expanded, each once: sets nested in
  // each other many times over cost their size, not the number of paths to them. A set that
  // names itself, directly or through others, is an error.
  const std::vector<Run>& expand(const std::string& raw_name) {
    const std::string name = upper_ascii(raw_name);
    if (const auto done = expanded_.find(name); done != expanded_.end()) return done->second;
    const auto it = synsets_.find(name);
    if (it == synsets_.end()) throw std::runtime_error("unknown synonym set &" + name);
    if (std::find(expanding_.begin(), expanding_.end(), name) != expanding_.end()) {
      std::string cycle;
      for (const auto& set : expanding_) cycle += "&" + set + " → ";
      throw std::runtime_error("synonym sets refer to themselves: " + cycle + "&" + name);
    }
    expanding_.push_back(name);
    std::vector<Run> members;
    try {
      for (const auto& member : it->second)
        for (auto& run : runs_of(member)) members.push_back(std::move(run));
    } catch (...) {
      expanding_.pop_back();
      throw;
    }
    expanding_.pop_back();
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return expanded_[name] = std::move(members);
  }

  void add(const Verb& verb, const std::vector<Element>& elements, const std::string& code,
           const char* what, bool mutual = false) {
    std::string text;
    bool has_target = false;
    for (const auto& element : elements) {
      if (!text.empty()) text += element.adjacent ? '_' : ' ';
      if (element.text == "*") {
        // A multi-word verb's words, joined as written ("CORDON_+OFF", "DEATH TOLL RISEN").
        for (std::size_t i = 0; i < verb.before.size(); ++i)
          text += (i == 0 ? "" : verb.before[i].joined ? "_" : " ") + verb.before[i].text;
        if (!verb.before.empty()) text += verb.lemma_joined ? '_' : ' ';
        text += "{" + verb.lemma + "}";
        for (const auto& w : verb.after) text += (w.joined ? "_" : " ") + w.text;
      } else {
        text += element.text == "%" ? "$T" : element.text;
      }
      has_target |= element.text == "$T" || element.text == "%";
    }
    if (!has_target && !mutual)
      text += " $T*";  // TABARI: the target is the first actor after the words
    out_.patterns.add(code, text, std::string("(") + what + ")", where());
    ++out_.verb_patterns;
  }

  DictionaryLines lines_;
  ForeignDictionaries& out_;
  bool petrarch_;
  bool in_time_ = false;
  bool petrarch_blocks_ = false;
  bool group_has_patterns_ = false;
  std::string synset_;
  std::string group_code_;
  std::map<std::string, std::vector<std::string>> synsets_;
  std::map<std::string, std::vector<Run>> expanded_;  // expand()'s results, by set
  std::vector<std::string> expanding_;                // the sets expand() is inside
  std::vector<Verb> group_;
};

}  // namespace

void load_foreign_verbs(const std::filesystem::path& file, ForeignDictionaries& out) {
  VerbReader(file, out).run();
}

}  // namespace dyad
