// Every pattern in data/events carries an example sentence; each must code as its pattern's code.
#include <gtest/gtest.h>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

const Pipeline& pipeline() {
  static const Pipeline instance(DYAD_DATA_DIR);
  return instance;
}

// A one-sided pattern's example is coded with one-sided events (`dyad code --one-sided`).
AnalyzedDocument code_sentence(const std::string& sentence, bool one_sided) {
  Document doc;
  doc.id = "example";
  doc.text = "Example\n\n" + sentence + "\n";
  return pipeline().run(doc, {.one_sided = one_sided});
}

TEST(PatternExamples, EveryExampleCodesAsItsPattern) {
  const auto& patterns = pipeline().patterns().patterns();
  ASSERT_GT(patterns.size(), 0u);
  std::size_t failures = 0;
  for (const auto& pattern : patterns) {
    const auto coded = code_sentence(pattern.example, pattern.one_sided);
    const bool found = std::any_of(coded.events.begin(), coded.events.end(),
                                   [&](const Event& e) { return e.code() == pattern.code; });
    if (!found) {
      ++failures;
      std::string got;
      for (const auto& e : coded.events) got += " " + e.code() + "(" + e.pattern->rule + ")";
      ADD_FAILURE() << pattern.rule << ": \"" << pattern.example << "\" should code "
                    << pattern.code << " (pattern: " << pattern.text
                    << "); got:" << (got.empty() ? " nothing" : got);
    }
  }
  std::cout << patterns.size() - failures << " of " << patterns.size() << " examples coded\n";
}

}  // namespace
}  // namespace dyad
