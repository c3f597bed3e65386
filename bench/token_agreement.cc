// How closely dyad's tokens match Universal Dependencies tokenization, on a treebank's raw
// `# text =` lines: token-level precision/recall/F1 of Segmenter::tokenize against the UD surface
// tokens, and of the parser's words (parse/words.h) against the UD syntactic words, with the
// main classes of disagreement and examples. Usage: token_agreement FILE.conllu [DATA_DIR]
#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "parse/conllu.h"
#include "parse/words.h"
#include "segment/segment.h"

namespace {

using Span = std::pair<std::size_t, std::size_t>;

struct Tally {
  std::size_t gold = 0, system = 0, matched = 0;
  std::map<std::string, std::size_t> missed;  // class → UD items dyad did not produce
  std::map<std::string, std::vector<std::string>> examples;
  void print(const char* what) const {
    const double p = system ? static_cast<double>(matched) / static_cast<double>(system) : 0;
    const double r = gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0;
    fmt::print("{}: precision {:.2f}%  recall {:.2f}%  F1 {:.2f}%  ({} UD, {} dyad, {} equal)\n",
               what, 100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0, gold, system,
               matched);
    std::vector<std::pair<std::size_t, std::string>> classes;
    for (const auto& [name, count] : missed) classes.emplace_back(count, name);
    std::sort(classes.rbegin(), classes.rend());
    for (const auto& [count, name] : classes) {
      fmt::print("  {:>6} UD items missed: {:<28} e.g.", count, name);
      for (const auto& e : examples.at(name)) fmt::print(" «{}»", e);
      fmt::print("\n");
    }
  }
};

std::string disagreement_class(std::string_view text) {
  const bool letters = std::any_of(
      text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  const bool digits = std::any_of(
      text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (text.find('\'') != std::string_view::npos ||
      text.find("\xE2\x80\x99") != std::string_view::npos || text == "nt" || text == "s" ||
      text == "na" || text == "not")
    return "clitic ('s n't 'm, cannot)";
  if (!letters && !digits) return "punctuation";
  if (text.find('-') != std::string_view::npos) return "hyphen";
  if (letters && text.find('.') != std::string_view::npos) return "period in word (U.S., a.m.)";
  if (digits) return "number, date, time";
  if (text.find('/') != std::string_view::npos || text.find('@') != std::string_view::npos)
    return "URL, e-mail, slash";
  return "other";
}

void compare(const std::vector<Span>& gold, const std::vector<Span>& system, std::string_view text,
             Tally& tally) {
  const std::set<Span> produced(system.begin(), system.end());
  tally.gold += gold.size();
  tally.system += system.size();
  for (const Span& s : gold) {
    if (produced.count(s)) {
      ++tally.matched;
      continue;
    }
    const std::string piece(text.substr(s.first, s.second - s.first));
    const std::string name = disagreement_class(piece);
    ++tally.missed[name];
    auto& examples = tally.examples[name];
    if (examples.size() < 6 && std::find(examples.begin(), examples.end(), piece) == examples.end())
      examples.push_back(piece);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: token_agreement FILE.conllu\n");
    return 2;
  }
  const auto sentences = dyad::parse::read_conllu_file(argv[1]);
  Tally tokens, words;
  std::size_t skipped = 0;
  for (const auto& sentence : sentences) {
    std::string text;
    for (const auto& c : sentence.comments)
      if (c.rfind("text = ", 0) == 0) text = c.substr(7);
    // UD surface tokens: multiword ranges, and words outside them; spans found in the text.
    std::vector<Span> gold_tokens, gold_words;
    std::size_t cursor = 0, next_range = 0, w = 0;
    bool lost = false;
    auto find = [&](std::string_view form) -> Span {
      const std::size_t at = text.find(form, cursor);
      if (at == std::string::npos) {
        lost = true;
        return {0, 0};
      }
      cursor = at + form.size();
      return {at, cursor};
    };
    while (w < sentence.words.size() && !lost) {
      while (next_range < sentence.extra.size() && (sentence.extra[next_range].before < w ||
                                                    sentence.extra[next_range].line.find('.') <
                                                        sentence.extra[next_range].line.find('\t')))
        ++next_range;
      if (next_range < sentence.extra.size() && sentence.extra[next_range].before == w) {
        const std::string& line = sentence.extra[next_range].line;
        const std::size_t dash = line.find('-'), tab = line.find('\t');
        const std::size_t last = std::stoul(line.substr(dash + 1, tab - dash - 1));
        const std::size_t tab2 = line.find('\t', tab + 1);
        const Span token = find(line.substr(tab + 1, tab2 - tab - 1));
        gold_tokens.push_back(token);
        std::size_t at = token.first;
        for (; w < last && w < sentence.words.size(); ++w) {
          const std::string& form = sentence.words[w].form;
          const bool inside = text.compare(at, form.size(), form) == 0;
          gold_words.push_back(inside ? Span{at, at + form.size()} : token);
          if (inside) at += form.size();
        }
        ++next_range;
        continue;
      }
      const Span span = find(sentence.words[w].form);
      gold_tokens.push_back(span);
      gold_words.push_back(span);
      ++w;
    }
    if (lost || text.empty()) {
      ++skipped;
      continue;
    }
    const auto dyad_tokens = dyad::Segmenter::tokenize(text, 0);
    std::vector<Span> system_tokens, system_words;
    std::vector<std::string_view> views;
    for (const auto& t : dyad_tokens) {
      system_tokens.emplace_back(t.span.begin, t.span.end);
      views.push_back(std::string_view(text).substr(t.span.begin, t.span.end - t.span.begin));
    }
    std::vector<dyad::parse::ParserWord> parser_words;
    dyad::parse::parser_words(views, parser_words);
    for (const auto& pw : parser_words) {
      const auto begin = static_cast<std::size_t>(pw.text.data() - text.data());
      system_words.emplace_back(begin, begin + pw.text.size());
    }
    compare(gold_tokens, system_tokens, text, tokens);
    compare(gold_words, system_words, text, words);
  }
  fmt::print("{} sentences ({} skipped: text and tokens disagree)\n", sentences.size() - skipped,
             skipped);
  tokens.print("Segmenter::tokenize vs UD tokens");
  words.print("parser words (parse/words.h) vs UD words");
}
