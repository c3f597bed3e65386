#include "clean/rules.h"

#include <algorithm>
#include <stdexcept>

#include "util/tsv.h"

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

}  // namespace

std::unique_ptr<const CleanRules> CleanRules::load(const std::filesystem::path& file) {
  auto table = std::make_unique<CleanRules>();
  RE2::Options set_options;
  set_options.set_log_errors(false);
  table->set_ = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
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
    if (reads_captures(rule.action)) {
      rule.regex = std::make_unique<RE2>(pattern, options);
      if (!rule.regex->ok()) throw std::runtime_error("invalid pattern: " + rule.regex->error());
    }
    std::string set_error;
    const std::string set_pattern = (options.case_sensitive() ? "" : "(?i)") + pattern;
    if (table->set_->Add(set_pattern, &set_error) < 0)
      throw std::runtime_error("invalid pattern: " + set_error);
    table->rules_.push_back(std::move(rule));
  });
  if (!table->set_->Compile()) throw std::runtime_error(file.string() + ": rules do not compile");
  return table;
}

std::vector<int> CleanRules::matching(std::string_view line) const {
  std::vector<int> hits;
  set_->Match(line, &hits);
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
