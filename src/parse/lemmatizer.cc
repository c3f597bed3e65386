#include "parse/lemmatizer.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "util/utf8.h"

namespace dyad::parse {

namespace {

std::string key(std::string_view xpos, std::string_view text) {
  std::string k(xpos);
  k += '\t';
  k += text;
  return k;
}

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

Lemmatizer::Rule Lemmatizer::rule_for(std::string_view form, std::string_view lemma) {
  const std::string lowered = lower_ascii(form);
  const std::size_t kept = common_prefix(form, lemma);
  const std::size_t kept_lower = common_prefix(lowered, lemma);
  Rule rule;
  rule.lower = kept_lower > kept;
  const std::size_t prefix = rule.lower ? kept_lower : kept;
  rule.strip = static_cast<std::uint8_t>(std::min<std::size_t>(form.size() - prefix, 255));
  rule.append = lemma.substr(prefix);
  return rule;
}

void Lemmatizer::apply(const Rule& rule, std::string_view form, std::string& out) {
  out.assign(form);
  if (rule.lower)
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (rule.strip > out.size()) return;  // a rule from a longer word: keep the form
  out.resize(out.size() - rule.strip);
  out += rule.append;
}

Lemmatizer Lemmatizer::learn(const std::vector<Example>& examples) {
  using RuleKey = std::tuple<bool, int, std::string>;
  // Counts per (xpos, suffix) of each rule, and per (xpos, form) of each lemma. Ordered maps
  // make the choice among equal counts, and so the model file, deterministic.
  std::map<std::string, std::map<RuleKey, int>> rule_counts;
  std::map<std::string, std::map<std::string, int>> lemma_counts;
  for (const auto& e : examples) {
    if (e.lemma.empty() || e.lemma == "_") continue;
    const Rule rule = rule_for(e.form, e.lemma);
    const RuleKey rk{rule.lower, rule.strip, rule.append};
    const std::string lowered = lower_ascii(e.form);
    for (std::size_t length = 0; length <= kLongestSuffix && length <= lowered.size(); ++length)
      ++rule_counts[key(e.xpos, std::string_view(lowered).substr(lowered.size() - length))][rk];
    ++lemma_counts[key(e.xpos, e.form)][std::string(e.lemma)];
  }
  Lemmatizer out;
  for (const auto& [k, counts] : rule_counts) {
    int total = 0;
    for (const auto& [rk, count] : counts) total += count;
    if (total < 2 && k.back() != '\t') continue;  // a suffix seen once is no rule
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    out.rules_[k] =
        Rule{std::get<0>(best->first), static_cast<std::uint8_t>(std::get<1>(best->first)),
             std::get<2>(best->first)};
  }
  std::string predicted;
  for (const auto& [k, counts] : lemma_counts) {
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    const std::size_t tab = k.find('\t');
    out.lemmatize(std::string_view(k).substr(tab + 1), std::string_view(k).substr(0, tab),
                  predicted);
    if (predicted != best->first) out.exceptions_[k] = best->first;
  }
  return out;
}

const Lemmatizer::Rule* Lemmatizer::find_rule(std::string_view form, std::string_view xpos) const {
  std::string k = key(xpos, "");
  const std::size_t base = k.size();
  for (std::size_t length = std::min(kLongestSuffix, form.size());; --length) {
    k.resize(base);
    for (const char c : form.substr(form.size() - length))
      k += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (const auto found = rules_.find(k); found != rules_.end()) return &found->second;
    if (length == 0) return nullptr;
  }
}

void Lemmatizer::lemmatize(std::string_view form, std::string_view xpos, std::string& out) const {
  if (!exceptions_.empty()) {
    thread_local std::string k;
    k.assign(xpos);
    k += '\t';
    k += form;
    if (const auto found = exceptions_.find(k); found != exceptions_.end()) {
      out.assign(found->second);
      return;
    }
  }
  if (const Rule* rule = find_rule(form, xpos))
    apply(*rule, form, out);
  else
    out.assign(form);
}

void Lemmatizer::write(ByteWriter& out) const {
  // Sorted, so the same lemmatizer always gives the same bytes.
  std::map<std::string_view, const Rule*> rules;
  for (const auto& [k, rule] : rules_) rules.emplace(k, &rule);
  out.put<std::uint64_t>(rules.size());
  for (const auto& [k, rule] : rules) {
    out.put_string(k);
    out.put<std::uint8_t>(rule->lower);
    out.put<std::uint8_t>(rule->strip);
    out.put_string(rule->append);
  }
  std::map<std::string_view, std::string_view> exceptions(exceptions_.begin(), exceptions_.end());
  out.put<std::uint64_t>(exceptions.size());
  for (const auto& [k, lemma] : exceptions) {
    out.put_string(k);
    out.put_string(lemma);
  }
}

Lemmatizer Lemmatizer::read(ByteReader& in) {
  Lemmatizer out;
  const auto rules = in.get<std::uint64_t>();
  for (std::uint64_t i = 0; i < rules; ++i) {
    std::string k = in.get_string();
    Rule rule;
    rule.lower = in.get<std::uint8_t>() != 0;
    rule.strip = in.get<std::uint8_t>();
    rule.append = in.get_string();
    out.rules_.emplace(std::move(k), std::move(rule));
  }
  const auto exceptions = in.get<std::uint64_t>();
  for (std::uint64_t i = 0; i < exceptions; ++i) {
    std::string k = in.get_string();
    out.exceptions_.emplace(std::move(k), in.get_string());
  }
  return out;
}

}  // namespace dyad::parse
