// Coding a sentence with TABARI/PETRARCH dictionaries, for the compat tests.
#pragma once

#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dyad::testing {

// The events of `text` (after a headline) dated `date`, as "SOURCE>TARGET:CODE".
inline std::vector<std::string> code_with(const Pipeline& pipeline, const std::string& text,
                                          const std::string& date) {
  Document doc;
  doc.id = "t";
  doc.text = "Headline Of The Test\n\n" + text + "\n";
  doc.meta.date = date;
  const auto coded = pipeline.run(doc);
  std::vector<std::string> out;
  for (const auto& e : coded.events)
    out.push_back(coded.mentions[e.source].code + ">" + coded.mentions[e.target].code + ":" +
                  e.code());
  return out;
}

}  // namespace dyad::testing
