#include "clean/rules.h"

#include <algorithm>
#include <stdexcept>

#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

namespace {

RuleAction parse_action(std::string_view name) {
  if (name == "line") return RuleAction::kLine;
  if (name == "placeholder") return RuleAction::kPlaceholder;
  if (name == "tail") return RuleAction::kTail;
  if (name == "credit_line") return RuleAction::kCreditLine;
  if (name == "credit") return RuleAction::kCredit;
  if (name == "byline_date") return RuleAction::kBylineDate;
  if (name == "dateline") return RuleAction::kDateline;
  throw std::runtime_error("unknown action '" + std::string(name) + "'");
}

// Line-furniture rules must match the whole trimmed line; others match anywhere.
std::string anchored(const std::string& pattern, RuleAction action) {
  if (action == RuleAction::kLine || action == RuleAction::kTail) return "^(?:" + pattern + ")$";
  return pattern;
}

// The actions whose handling reads what the pattern's groups captured (a source, a date, a
// place); the others only need to know that a line matches, which the set answers.
bool reads_captures(RuleAction action) {
  return action == RuleAction::kCreditLine || action == RuleAction::kCredit ||
         action == RuleAction::kBylineDate || action == RuleAction::kDateline;
}

std::unique_ptr<RE2::Set> make_set(RE2::Options::Encoding encoding) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(encoding);
  return std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
}

}  // namespace

LazyRegex::LazyRegex(std::string pattern, const RE2::Options& options, std::string location)
    : pattern_(std::move(pattern)), location_(std::move(location)), options_(options) {}

const RE2& LazyRegex::get() const {
  std::call_once(once_, [this] { regex_ = std::make_unique<RE2>(pattern_, options_); });
  // The pattern parsed when the rules loaded; what can still fail is its size.
  if (!regex_->ok()) throw std::runtime_error(location_ + ": " + regex_->error());
  return *regex_;
}

bool may_fold_into_ascii(std::string_view pattern) {
  // ſ (U+017F, folds to s) and K (U+212A, Kelvin sign, folds to k), as UTF-8; the only
  // characters outside ASCII whose case folding reaches an ASCII letter (rules_test checks
  // this against RE2's tables).
  if (pattern.find("\xC5\xBF") != std::string_view::npos ||
      pattern.find("\xE2\x84\xAA") != std::string_view::npos)
    return true;
  const auto outside_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  bool in_class = false;
  bool class_start = false;  // at a class's first member, where '-' and ']' are literal
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size()) {
        const char escaped = pattern[i + 1];
        if (escaped == 'x' || (escaped >= '0' && escaped <= '9')) return true;
        ++i;
      }
      class_start = false;
      continue;
    }
    if (!in_class) {
      if (c == '[') {
        in_class = true;
        class_start = true;
        if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      }
      continue;
    }
    if (c == ']' && !class_start) {
      in_class = false;
      continue;
    }
    if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {  // [:alpha:]
      const std::size_t end = pattern.find(":]", i + 2);
      if (end != std::string_view::npos) i = end + 1;
      class_start = false;
      continue;
    }
    // A range: '-' between two members, not the class's first or last character.
    if (c == '-' && !class_start && i + 1 < pattern.size() && pattern[i + 1] != ']' &&
        (outside_ascii(pattern[i - 1]) || outside_ascii(pattern[i + 1])))
      return true;
    class_start = false;
  }
  return false;
}

std::unique_ptr<const CleanRules> CleanRules::load(const std::filesystem::path& file) {
  auto table = std::make_unique<CleanRules>();
  table->file_ = file;
  table->unicode_set_ = make_set(RE2::Options::EncodingUTF8);
  table->ascii_set_ = make_set(RE2::Options::EncodingLatin1);
  read_tsv(file, file.string(), 5, 5, [&](const auto& fields, const RowLocation& where) {
    CleanRule rule;
    rule.id = fields[0];
    rule.action = parse_action(fields[1]);
    rule.why = fields[4];
    rule.location = where.str();
    if (std::any_of(table->rules_.begin(), table->rules_.end(),
                    [&](const CleanRule& r) { return r.id == rule.id; }))
      throw std::runtime_error("duplicate rule id '" + rule.id + "'");
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(fields[2].find('i') == std::string_view::npos);
    const std::string pattern = anchored(std::string(fields[3]), rule.action);
    const std::string set_pattern = (options.case_sensitive() ? "" : "(?i)") + pattern;
    // Adding parses the pattern (cheap): a bad one is reported here, by its line.
    std::string set_error;
    if (table->unicode_set_->Add(set_pattern, &set_error) < 0)
      throw std::runtime_error("invalid pattern: " + set_error);
    if (table->ascii_set_ &&
        (may_fold_into_ascii(pattern) || table->ascii_set_->Add(set_pattern, nullptr) < 0))
      table->ascii_set_.reset();
    if (reads_captures(rule.action))
      rule.regex = std::make_unique<LazyRegex>(pattern, options, rule.location);
    table->rules_.push_back(std::move(rule));
  });
  if (table->ascii_set_ && !table->ascii_set_->Compile()) table->ascii_set_.reset();
  return table;
}

const RE2::Set& CleanRules::unicode_set() const {
  std::call_once(unicode_compiled_, [this] { unicode_ok_ = unicode_set_->Compile(); });
  if (!unicode_ok_) throw std::runtime_error(file_.string() + ": rules do not compile");
  return *unicode_set_;
}

std::vector<int> CleanRules::matching(std::string_view line) const {
  std::vector<int> hits;
  if (ascii_set_ && is_ascii(line))
    ascii_set_->Match(line, &hits);
  else
    unicode_set().Match(line, &hits);
  std::sort(hits.begin(), hits.end());
  return hits;
}

const CleanRule* CleanRules::first(std::string_view line, RuleAction action) const {
  for (const int index : matching(line)) {
    const auto& rule = rules_[static_cast<std::size_t>(index)];
    if (rule.action == action) return &rule;
  }
  return nullptr;
}

}  // namespace dyad
