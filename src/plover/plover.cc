#include "plover/plover.h"

#include <algorithm>
#include <stdexcept>

#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

namespace {

std::vector<std::string> split_commas(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view part = trim(text.substr(start, comma - start));
    if (!part.empty()) parts.emplace_back(part);
    start = comma + 1;
  }
  return parts;
}

bool word_matches(const std::string& pattern, const std::string& norm) {
  if (!pattern.empty() && pattern.back() == '*')
    return norm.size() >= pattern.size() - 1 &&
           norm.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return norm == pattern;
}

}  // namespace

PhraseList::PhraseList(std::string_view comma_separated) {
  for (const auto& phrase : split_commas(comma_separated)) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < phrase.size()) {
      std::size_t space = phrase.find(' ', start);
      if (space == std::string::npos) space = phrase.size();
      if (space > start) words.push_back(phrase.substr(start, space - start));
      start = space + 1;
    }
    for (const auto& w : words)
      for (const char c : w)
        if (c >= 'A' && c <= 'Z')
          throw std::runtime_error("phrase '" + phrase + "' not lower case");
    if (!words.empty()) phrases_.push_back(std::move(words));
  }
  if (phrases_.empty()) throw std::runtime_error("no phrases");
}

bool PhraseList::found_in(const std::vector<Token>& tokens) const {
  return first_in(tokens) != std::string::npos;
}

std::size_t PhraseList::first_in(const std::vector<Token>& tokens) const {
  std::size_t first = std::string::npos;
  for (const auto& phrase : phrases_) {
    for (std::size_t i = 0; i + phrase.size() <= tokens.size() && i < first; ++i) {
      std::size_t k = 0;
      while (k < phrase.size() && word_matches(phrase[k], tokens[i + k].norm)) ++k;
      if (k == phrase.size()) first = i;
    }
  }
  return first;
}

PloverCoder::PloverCoder(const std::filesystem::path& data_dir) {
  const auto dir = data_dir / "plover";
  const auto table = dir / "cameo_plover.tsv";
  read_tsv(table, data_display_name(data_dir, table), 4, 4, [&](const auto& f, const RowLocation&) {
    PloverCoding row{std::string(trim(f[1])), std::string(trim(f[2])), split_commas(f[3])};
    if (row.event.empty()) throw std::runtime_error("no PLOVER event");
    table_.emplace(std::string(trim(f[0])), std::move(row));
  });
  // Where dyad departs from the published table (each row says why): only the event changes.
  const auto corrections = dir / "corrections.tsv";
  read_tsv(corrections, data_display_name(data_dir, corrections), 3, 3,
           [&](const auto& f, const RowLocation&) {
             const auto row = table_.find(std::string(trim(f[0])));
             if (row == table_.end()) throw std::runtime_error("code not in cameo_plover.tsv");
             const std::string event(trim(f[1]));
             if (std::none_of(table_.begin(), table_.end(),
                              [&](const auto& entry) { return entry.second.event == event; }))
               throw std::runtime_error("unknown PLOVER event '" + event + "'");
             row->second.event = event;
           });
  const auto modes = dir / "modes.tsv";
  read_tsv(modes, data_display_name(data_dir, modes), 3, 3, [&](const auto& f, const RowLocation&) {
    modes_.push_back({std::string(f[0]), std::string(f[1]), PhraseList(f[2])});
  });
  const auto frames = dir / "frames.tsv";
  read_tsv(frames, data_display_name(data_dir, frames), 4, 4,
           [&](const auto& f, const RowLocation&) {
             if (f[2] != "yes" && f[2] != "no") throw std::runtime_error("intent is not yes or no");
             frames_.push_back({std::string(f[0]),
                                f[1] == "*" ? std::vector<std::string>{} : split_commas(f[1]),
                                f[2] == "yes", PhraseList(f[3])});
           });
  const auto contexts = dir / "contexts.tsv";
  read_tsv(contexts, data_display_name(data_dir, contexts), 2, 2,
           [&](const auto& f, const RowLocation&) {
             contexts_.push_back({std::string(f[0]), PhraseList(f[1])});
           });
}

const PloverCoding* PloverCoder::table_row(std::string_view cameo) const {
  for (std::size_t length = cameo.size(); length >= 3; --length) {
    const auto it = table_.find(std::string(cameo.substr(0, length)));
    if (it != table_.end()) return &it->second;
  }
  return nullptr;
}

bool PloverCoder::FrameRule::applies(const std::string& to) const {
  if (to == event) return false;
  return applies_to.empty() ||
         std::find(applies_to.begin(), applies_to.end(), to) != applies_to.end();
}

PloverCoding PloverCoder::code(std::string_view cameo, const Sentence& sentence, Span evidence,
                               std::string_view modality) const {
  const PloverCoding* row = table_row(cameo);
  if (!row) return {};
  PloverCoding coding = *row;
  std::vector<Token> evidence_tokens;
  for (const auto& t : sentence.tokens)
    if (t.span.begin >= evidence.begin && t.span.end <= evidence.end) evidence_tokens.push_back(t);
  const bool intended = modality == "future" || modality == "hypothetical";
  // The first row that applies decides, but of two framing words in the evidence the first
  // governs the other ("demanded that Greece refuse to", "refused to meet the demands"): a later
  // row whose phrase comes earlier wins, and an event framed by its own type's words first (a
  // demand, REQUEST, "that Greece refuse to") stays. A frame taken for the modality alone stays.
  const FrameRule* framed = nullptr;
  std::size_t framed_at = std::string::npos;
  for (const auto& frame : frames_) {
    const std::size_t at = frame.phrases.first_in(evidence_tokens);
    if (frame.event == coding.event && at != std::string::npos && at < framed_at) {
      framed = nullptr;  // the event's own framing word comes first
      framed_at = at;
      continue;
    }
    if (!frame.applies(coding.event)) continue;
    if (framed_at != std::string::npos && at >= framed_at) continue;
    if (at == std::string::npos && !framed && frame.intent && intended) {
      framed = &frame;
      break;
    }
    if (at != std::string::npos) {
      framed = &frame;
      framed_at = at;
    }
  }
  if (framed) {
    coding.event = framed->event;
    coding.mode.clear();  // the table's mode was the framed action's
  }
  if (coding.mode.empty()) {
    for (const auto& rule : modes_) {
      if (rule.event == coding.event && rule.phrases.found_in(sentence.tokens)) {
        coding.mode = rule.mode;
        break;
      }
    }
  }
  for (const auto& rule : contexts_) {
    if (std::find(coding.context.begin(), coding.context.end(), rule.context) ==
            coding.context.end() &&
        rule.phrases.found_in(sentence.tokens))
      coding.context.push_back(rule.context);
  }
  return coding;
}

}  // namespace dyad
