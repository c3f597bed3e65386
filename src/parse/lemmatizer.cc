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

std::uint64_t key_hash(std::string_view xpos, std::string_view text) {
  return fnv1a(text, fnv1a("\t", fnv1a(xpos)));
}

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

template <typename V>
void Lemmatizer::Table<V>::set(const std::string& key, V value) {
  const std::size_t tab = key.find('\t');
  if (tab == std::string::npos) throw CorruptData("lemmatizer key without a tab");
  const std::string_view k(key);
  const std::uint64_t hash = key_hash(k.substr(0, tab), k.substr(tab + 1));
  if (const std::uint32_t* at = index_.find(hash)) {
    if (entries_[*at].first != key) throw CorruptData("lemmatizer keys with the same hash");
    entries_[*at].second = std::move(value);
    return;
  }
  index_.emplace(hash, static_cast<std::uint32_t>(entries_.size()));
  entries_.emplace_back(key, std::move(value));
}

template <typename V>
const V* Lemmatizer::Table<V>::find(std::string_view xpos, std::string_view text) const {
  const std::uint32_t* at = index_.find(key_hash(xpos, text));
  if (at == nullptr) return nullptr;
  const std::string_view key = entries_[*at].first;
  const bool same = key.size() == xpos.size() + 1 + text.size() && key.starts_with(xpos) &&
                    key[xpos.size()] == '\t' && key.ends_with(text);
  return same ? &entries_[*at].second : nullptr;
}

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
    out.rules_.set(
        k, Rule{std::get<0>(best->first), static_cast<std::uint8_t>(std::get<1>(best->first)),
                std::get<2>(best->first)});
  }
  std::string predicted;
  for (const auto& [k, counts] : lemma_counts) {
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    const std::size_t tab = k.find('\t');
    out.lemmatize(std::string_view(k).substr(tab + 1), std::string_view(k).substr(0, tab),
                  predicted);
    if (predicted != best->first) out.exceptions_.set(k, best->first);
  }
  return out;
}

const Lemmatizer::Rule* Lemmatizer::find_rule(std::string_view form, std::string_view xpos) const {
  char lowered[kLongestSuffix];
  const std::size_t longest = std::min(kLongestSuffix, form.size());
  const std::string_view tail = form.substr(form.size() - longest);
  for (std::size_t i = 0; i < longest; ++i)
    lowered[i] =
        (tail[i] >= 'A' && tail[i] <= 'Z') ? static_cast<char>(tail[i] - 'A' + 'a') : tail[i];
  for (std::size_t length = longest;; --length) {
    if (const Rule* rule = rules_.find(xpos, std::string_view(lowered + longest - length, length)))
      return rule;
    if (length == 0) return nullptr;
  }
}

void Lemmatizer::lemmatize(std::string_view form, std::string_view xpos, std::string& out) const {
  if (const std::string* lemma = exceptions_.find(xpos, form)) {
    out.assign(*lemma);
    return;
  }
  if (const Rule* rule = find_rule(form, xpos))
    apply(*rule, form, out);
  else
    out.assign(form);
}

void Lemmatizer::write(ByteWriter& out) const {
  // Sorted, so the same lemmatizer always gives the same bytes.
  std::map<std::string_view, const Rule*> rules;
  for (const auto& [k, rule] : rules_.entries()) rules.emplace(k, &rule);
  out.put<std::uint64_t>(rules.size());
  for (const auto& [k, rule] : rules) {
    out.put_string(k);
    out.put<std::uint8_t>(rule->lower);
    out.put<std::uint8_t>(rule->strip);
    out.put_string(rule->append);
  }
  std::map<std::string_view, std::string_view> exceptions(exceptions_.entries().begin(),
                                                          exceptions_.entries().end());
  out.put<std::uint64_t>(exceptions.size());
  for (const auto& [k, lemma] : exceptions) {
    out.put_string(k);
    out.put_string(lemma);
  }
}

Lemmatizer Lemmatizer::read(ByteReader& in) {
  // A count no file this size can hold is found out by the reads; room is made for at most this.
  constexpr std::uint64_t kMostEntries = std::uint64_t{1} << 20;
  Lemmatizer out;
  const auto rules = in.get<std::uint64_t>();
  out.rules_.reserve(std::min<std::uint64_t>(rules, kMostEntries));
  for (std::uint64_t i = 0; i < rules; ++i) {
    std::string k = in.get_string();
    Rule rule;
    rule.lower = in.get<std::uint8_t>() != 0;
    rule.strip = in.get<std::uint8_t>();
    rule.append = in.get_string();
    out.rules_.set(k, std::move(rule));
  }
  const auto exceptions = in.get<std::uint64_t>();
  out.exceptions_.reserve(std::min<std::uint64_t>(exceptions, kMostEntries));
  for (std::uint64_t i = 0; i < exceptions; ++i) {
    std::string k = in.get_string();
    out.exceptions_.set(k, in.get_string());
  }
  return out;
}

}  // namespace dyad::parse
