// The parts of a parse::Model, shared by loading, analysis and training.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/lemmatizer.h"
#include "parse/parser.h"
#include "parse/tagger.h"

namespace dyad::parse {

// The header line naming the parser's transition system. Models without it (trained before it
// existed) are monotonic arc-eager; with this value, non-monotonic (parse/parser.h).
inline constexpr std::string_view kTransitionsKey = "transitions";
inline constexpr std::string_view kNonMonotonic = "non-monotonic arc-eager";

class ModelData {
 public:
  TagSet tags;                      // UPOS+XPOS classes
  std::vector<std::string> labels;  // dependency relations
  Tagger first_tagger;              // first pass
  Tagger tagger;  // second pass: also sees the first pass's tags of the next words
  Parser parser;
  ParserShortcuts parser_shortcuts;  // from `parser`'s weights, built by Model's constructor
  Lemmatizer lemmatizer;
  std::vector<std::pair<std::string, std::string>> metadata;

  // Both tagging passes; `first` is scratch.
  void tag(std::span<const WordKeys> words, std::vector<std::uint16_t>& first,
           std::span<std::uint16_t> tags, std::vector<std::uint64_t>& features,
           std::vector<std::int32_t>& scores) const;

  // The payload of the model file (everything but the header and checksum).
  void write_payload(ByteWriter& out) const;
  void read_payload(ByteReader& in);  // throws CorruptData
};

}  // namespace dyad::parse
