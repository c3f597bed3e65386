// The cleaner's rule table (data/clean/rules.tsv), compiled for one-pass matching per line.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class RuleAction { kLine, kPlaceholder, kTail, kCreditLine, kCredit, kBylineDate, kDateline };

// A regex compiled when first used: most runs never read most rules' captures, and compiling
// is most of what loading the rules costs. Thread-safe.
class LazyRegex {
 public:
  // `location` names the pattern in the error get() throws if it does not compile.
  LazyRegex(std::string pattern, const RE2::Options& options, std::string location);
  const RE2& get() const;

 private:
  std::string pattern_;
  std::string location_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> regex_;
};

struct CleanRule {
  std::string id;
  RuleAction action = RuleAction::kLine;
  std::string why;
  std::string location;  // "file:line", for messages
  // For credit, credit_line, byline_date and dateline rules, whose groups are read; the other
  // rules match through the sets alone.
  std::unique_ptr<LazyRegex> regex;
};

class CleanRules {
 public:
  // Throws std::runtime_error("file:line: ...") on malformed lines or invalid patterns.
  static std::unique_ptr<const CleanRules> load(const std::filesystem::path& file);

  const std::vector<CleanRule>& rules() const { return rules_; }

  // Indices of the rules that match `line`, in file order (file order is priority order).
  // Thread-safe.
  std::vector<int> matching(std::string_view line) const;

  // The first rule of `action` matching `line`, or nullptr.
  const CleanRule* first(std::string_view line, RuleAction action) const;

  // Whether ASCII lines are matched by the Latin-1 set (see ascii_set_).
  bool matches_ascii_as_latin1() const { return ascii_set_ != nullptr; }

 private:
  const RE2::Set& unicode_set() const;

  std::filesystem::path file_;
  std::vector<CleanRule> rules_;
  // All patterns as UTF-8, to find candidates in one pass. Compiled when a line that is not
  // ASCII first needs it (~15 ms for the \pL and .{0,80} automata).
  std::unique_ptr<RE2::Set> unicode_set_;
  mutable std::once_flag unicode_compiled_;
  mutable bool unicode_ok_ = false;
  // The same patterns compiled as Latin-1 (~3 ms): on a line of ASCII bytes it matches exactly
  // what the UTF-8 set matches (every class, `.`, \b, \s and case folding agree on ASCII;
  // non-ASCII pattern characters match no ASCII byte in either), except through the two
  // characters that fold to ASCII letters, ſ and K: null when a pattern could name one of them
  // (may_fold_into_ascii).
  std::unique_ptr<RE2::Set> ascii_set_;
};

// Whether `pattern` may, under case folding, match an ASCII letter through a character outside
// ASCII: it names U+017F or U+212A, or has a \x or octal escape or a class range with an endpoint
// outside ASCII (which could span them). Conservative: true means "cannot tell".
bool may_fold_into_ascii(std::string_view pattern);

}  // namespace dyad
