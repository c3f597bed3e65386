#include "compat/foreign_verbs.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "compat/dictionary_lines.h"
#include "util/utf8.h"

namespace dyad {

namespace {

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
  std::vector<std::string> before, after;
  std::string lemma;
  std::string code;
};

class VerbReader {
 public:
  VerbReader(const std::filesystem::path& file, ForeignDictionaries& out)
      : lines_(file), out_(out) {}

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
      synset_ = line.substr(1);
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
    for (const auto& word : foreign_words(head)) {
      if (verb.lemma.empty() && (!marked || word.starts_with("+"))) {
        verb.lemma = lower_ascii(word.starts_with("+") ? word.substr(1) : word);
      } else {
        (verb.lemma.empty() ? verb.before : verb.after).push_back(lower_ascii(word));
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
      add(verb, {"*"}, verb.code, "isolated verb");
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
    std::string text = body.substr(0, body.find('['));
    std::vector<std::string> elements;
    while (!text.empty()) {
      const auto brace = text.find('{');
      for (const auto& word : foreign_words(text.substr(0, brace))) append(elements, word);
      if (brace == std::string::npos) break;
      const auto close = text.find('}', brace);
      if (close == std::string::npos) throw std::runtime_error("unclosed {");
      elements.push_back(alternatives(text.substr(brace + 1, close - brace - 1)));
      text = text.substr(close + 1);
    }
    if (std::find(elements.begin(), elements.end(), "*") == elements.end())
      throw std::runtime_error("pattern without * (the verb's place)");
    if (group_.empty()) throw std::runtime_error("pattern before any verb");
    const bool mutual = drop_compound_subject(elements);
    for (const auto& verb : group_) add(verb, elements, code, "pattern", mutual);
  }

  // "- % * DIPLOMATIC [064]": "%" before the verb is a compound subject whose members act on
  // each other ("Gondor and Osgiliath renewed diplomatic ties"): in our language, a pattern
  // with no actor slot. With another actor in the pattern, "%" stays that actor's partner.
  static bool drop_compound_subject(std::vector<std::string>& elements) {
    const auto verb = std::find(elements.begin(), elements.end(), "*");
    const auto compound = std::find(elements.begin(), verb, "%");
    if (compound == verb) return false;
    const auto slots = std::count(elements.begin(), elements.end(), "$T") +
                       std::count(elements.begin(), elements.end(), "$S") +
                       std::count(elements.begin(), elements.end(), "%");
    if (slots != 1) return false;
    elements.erase(compound);
    return true;
  }

  void append(std::vector<std::string>& elements, std::string word) {
    std::erase(word, '(');
    std::erase(word, ')');
    if (word.empty()) return;
    if (word == "^") return elements.push_back("^");
    if (word == "+") return elements.push_back("$T");
    if (word == "%") return elements.push_back("%");
    if (word == "$") return elements.push_back("$S");
    if (word == "*") return elements.push_back("*");
    if (word.starts_with("&")) return elements.push_back(synset(word.substr(1)));
    elements.push_back(lower_ascii(word));
  }

  // One element for a set of alternatives; our patterns match single words, so multi-word
  // members contribute their first word.
  static std::string join_alternatives(const std::vector<std::string>& members) {
    std::vector<std::string> words;
    for (const auto& member : members) {
      const auto parts = foreign_words(member);
      if (!parts.empty() && parts[0].find_first_of("&+$*") == std::string::npos)
        words.push_back(lower_ascii(parts[0]));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    if (words.empty()) throw std::runtime_error("alternatives without a usable word");
    if (words.size() == 1) return words[0];
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + words[i];
    return out + "]";
  }

  std::string alternatives(std::string_view inside) {
    std::vector<std::string> members;
    std::string current;
    for (const char c : std::string(inside) + "|") {
      if (c != '|') {
        current += c;
        continue;
      }
      const auto member = std::string(trim(current));
      if (member.starts_with("&")) {
        for (const auto& m : expand(foreign_words(member)[0].substr(1))) members.push_back(m);
      } else if (!member.empty()) {
        members.push_back(member);
      }
      current.clear();
    }
    return join_alternatives(members);
  }

  // The members of a synonym set with the sets it names expanded, each once: sets nested in
  // each other many times over cost their size, not the number of paths to them. A set that
  // names itself, directly or through others, is an error.
  const std::vector<std::string>& expand(const std::string& name) {
    if (const auto done = expanded_.find(name); done != expanded_.end()) return done->second;
    const auto it = synsets_.find(name);
    if (it == synsets_.end()) throw std::runtime_error("unknown synonym set &" + name);
    if (std::find(expanding_.begin(), expanding_.end(), name) != expanding_.end()) {
      std::string cycle;
      for (const auto& set : expanding_) cycle += "&" + set + " → ";
      throw std::runtime_error("synonym sets refer to themselves: " + cycle + "&" + name);
    }
    expanding_.push_back(name);
    std::vector<std::string> members;
    try {
      for (const auto& member : it->second) {
        if (member.starts_with("&")) {
          for (const auto& m : expand(foreign_words(member)[0].substr(1))) members.push_back(m);
        } else {
          members.push_back(member);
        }
      }
    } catch (...) {
      expanding_.pop_back();
      throw;
    }
    expanding_.pop_back();
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return expanded_[name] = std::move(members);
  }

  std::string synset(const std::string& name) { return join_alternatives(expand(name)); }

  void add(const Verb& verb, const std::vector<std::string>& elements, const std::string& code,
           const char* what, bool mutual = false) {
    std::string text;
    bool has_target = false;
    for (const auto& element : elements) {
      if (!text.empty()) text += ' ';
      if (element == "*") {
        for (const auto& w : verb.before) text += w + ' ';
        text += "{" + verb.lemma + "}";
        for (const auto& w : verb.after) text += ' ' + w;
      } else {
        text += element == "%" ? "$T" : element;
      }
      has_target |= element == "$T" || element == "%";
    }
    if (!has_target && !mutual)
      text += " $T*";  // TABARI: the target is the first actor after the words
    out_.patterns.add(code, text, std::string("(") + what + ")", where());
    ++out_.verb_patterns;
  }

  DictionaryLines lines_;
  ForeignDictionaries& out_;
  bool in_time_ = false;
  bool petrarch_blocks_ = false;
  bool group_has_patterns_ = false;
  std::string synset_;
  std::string group_code_;
  std::map<std::string, std::vector<std::string>> synsets_;
  std::map<std::string, std::vector<std::string>> expanded_;  // expand()'s results, by set
  std::vector<std::string> expanding_;                        // the sets expand() is inside
  std::vector<Verb> group_;
};

}  // namespace

void load_foreign_verbs(const std::filesystem::path& file, ForeignDictionaries& out) {
  VerbReader(file, out).run();
}

}  // namespace dyad
