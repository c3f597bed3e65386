// The parts of a parse::Model, shared by loading, analysis and training.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "parse/lemmatizer.h"
#include "parse/parser.h"
#include "parse/tagger.h"

namespace dyad::parse {

class ModelData {
 public:
  TagSet tags;                      // UPOS+XPOS classes
  std::vector<std::string> labels;  // dependency relations
  Tagger tagger;
  Parser parser;
  Lemmatizer lemmatizer;
  std::vector<std::pair<std::string, std::string>> metadata;

  // The payload of the model file (everything but the header and checksum).
  void write_payload(ByteWriter& out) const;
  void read_payload(ByteReader& in);  // throws CorruptData
};

}  // namespace dyad::parse
