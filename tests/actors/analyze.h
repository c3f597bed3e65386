// Runs clean → segment → actors on a text, for actor tests.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "clean/clean.h"
#include "segment/segment.h"

namespace dyad::testing {

struct Stages {
  Cleaner cleaner{DYAD_DATA_DIR};
  Segmenter segmenter{DYAD_DATA_DIR};
  ActorLexicon lexicon{DYAD_DATA_DIR};
};

inline const Stages& stages() {
  static const Stages instance;
  return instance;
}

struct Analysis {
  Article article;
  std::vector<Sentence> sentences;
  std::vector<ActorMention> mentions;

  // The code of the first mention whose text is exactly `text`, or "<none>".
  std::string code_of(const std::string& text) const {
    for (const auto& m : mentions)
      if (m.text == text) return m.location ? "<location>" : m.code;
    return "<none>";
  }
  // Codes of all mentions with this text, in order.
  std::vector<std::string> codes_of(const std::string& text) const {
    std::vector<std::string> out;
    for (const auto& m : mentions)
      if (m.text == text) out.push_back(m.code);
    return out;
  }
};

inline Analysis analyze(const Document& doc) {
  Analysis a;
  a.article = stages().cleaner.clean(doc);
  a.sentences = stages().segmenter.split(a.article);
  a.mentions = ActorResolver(stages().lexicon).resolve(a.article, a.sentences);
  return a;
}

inline Analysis analyze(const std::string& body, std::optional<std::string> date = std::nullopt) {
  Document doc;
  doc.id.assign(1, 't');  // not = "t": g++ 12 -O2 reports a false -Wrestrict there
  doc.text = "Test Headline Here\n\n" + body;
  doc.meta.date = std::move(date);
  return analyze(doc);
}

// A table row of actor tests: a text (dated or not) and the code each phrase gets in it.
struct PhraseCodesCase {
  const char* name;
  const char* text;
  const char* date;  // the article's date, or nullptr for none
  std::vector<std::pair<std::string, std::string>> codes;  // phrase, code ("<none>": no actor)
};

// Analyzes the case's text and checks each phrase's code.
inline void expect_phrase_codes(const PhraseCodesCase& c) {
  const auto analysis = analyze(c.text, c.date ? std::optional<std::string>(c.date) : std::nullopt);
  for (const auto& [phrase, code] : c.codes) EXPECT_EQ(analysis.code_of(phrase), code) << phrase;
}

}  // namespace dyad::testing
