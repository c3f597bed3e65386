// The cleaner's rule table (data/clean/rules.tsv), compiled for one-pass matching per line.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class RuleAction { kLine, kPlaceholder, kTail, kCreditLine, kCredit, kBylineDate, kDateline };

struct CleanRule {
  std::string id;
  RuleAction action = RuleAction::kLine;
  std::string why;
  std::string location;  // "file:line", for messages
  // For credit, credit_line, byline_date and dateline rules, whose groups are read; the other
  // rules match through the set alone (a regex each was start-up time spent for nothing).
  std::unique_ptr<RE2> regex;
};

class CleanRules {
 public:
  // Throws std::runtime_error("file:line: ...") on malformed lines or invalid patterns.
  static std::unique_ptr<const CleanRules> load(const std::filesystem::path& file);

  const std::vector<CleanRule>& rules() const { return rules_; }

  // Indices of the rules that match `line`, in file order (file order is priority order).
  std::vector<int> matching(std::string_view line) const;

  // The first rule of `action` matching `line`, or nullptr.
  const CleanRule* first(std::string_view line, RuleAction action) const;

 private:
  std::vector<CleanRule> rules_;
  std::unique_ptr<RE2::Set> set_;  // all patterns, to find candidates in one pass
};

}  // namespace dyad
