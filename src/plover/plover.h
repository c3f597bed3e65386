// PLOVER beside CAMEO: each event's PLOVER type, mode and context. The conversion table
// (data/plover/cameo_plover.tsv) decides the type and what the CAMEO code says of mode and
// context; where PLOVER asks for more than CAMEO says (how a protest or an assault was carried
// out, what the event was about), word lists read the event's sentence (data/plover/modes.tsv,
// contexts.tsv). Words of the evidence that frame the action as a threat, a demand, a refusal or
// an intent ("threatened to impose restrictions", "offered its troops"), and a future or
// hypothetical modality, turn its type into THREATEN, REQUEST, REJECT or AGREE as CAMEO and PLOVER
// code them (data/plover/frames.tsv).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "segment/segment.h"

namespace dyad {

struct PloverCoding {
  std::string event;                 // AGREE, CONSULT, …, ASSAULT; empty for CAMEO 01 and 02
  std::string mode;                  // demo, riot, firearms, arrest, …; empty when unknown
  std::vector<std::string> context;  // military, economic, humanitarian, …
};

// Lower-case phrases matched as whole words against a sentence's token norms; a word ending in
// '*' matches any word it begins ("demonstrat*").
class PhraseList {
 public:
  explicit PhraseList(std::string_view comma_separated);
  bool found_in(const std::vector<Token>& tokens) const;
  // The index of the first token where one of the phrases begins; npos when none does.
  std::size_t first_in(const std::vector<Token>& tokens) const;

 private:
  std::vector<std::vector<std::string>> phrases_;
};

class PloverCoder {
 public:
  // Loads data/plover/{cameo_plover,modes,contexts,frames}.tsv; throws
  // std::runtime_error("file:line: …").
  explicit PloverCoder(const std::filesystem::path& data_dir);

  // The PLOVER coding of an event with `cameo` code stated in `sentence`, with `evidence` (in
  // the sentence's text) and `modality` ("asserted", "future", …) as the event coder found them.
  // A code the table does not list takes its parent's row (0874 → 087); CAMEO 01 and 02, which
  // PLOVER drops, give an empty coding. Thread-safe.
  PloverCoding code(std::string_view cameo, const Sentence& sentence, Span evidence,
                    std::string_view modality) const;

  // The table's row for a code (with the parent fallback), or nullptr.
  const PloverCoding* table_row(std::string_view cameo) const;

 private:
  struct ModeRule {
    std::string event, mode;
    PhraseList phrases;
  };
  struct ContextRule {
    std::string context;
    PhraseList phrases;
  };
  struct FrameRule {
    std::string event;
    std::vector<std::string> applies_to;  // empty: every other event
    bool intent = false;                  // future and hypothetical events take it too
    PhraseList phrases;
    bool applies(const std::string& to) const;
  };
  std::unordered_map<std::string, PloverCoding> table_;
  std::vector<ModeRule> modes_;
  std::vector<ContextRule> contexts_;
  std::vector<FrameRule> frames_;
};

}  // namespace dyad
