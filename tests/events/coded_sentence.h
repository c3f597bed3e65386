// Codes sentences written for a test through the whole pipeline, and asks about the events.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/absent_actor.h"
#include "pipeline/pipeline.h"

namespace dyad::testing {

inline const Pipeline& shared_pipeline() {
  static const Pipeline instance(DYAD_DATA_DIR);
  return instance;
}

struct Coded {
  AnalyzedDocument coded;
  // "SRC>TGT:code" for every event, e.g. "IRN>ARM:027"; an absent side is empty ("ARM>:141").
  std::vector<std::string> summary() const {
    std::vector<std::string> out;
    for (const auto& e : coded.events)
      out.push_back(actor_at(coded.mentions, e.source).code + ">" +
                    actor_at(coded.mentions, e.target).code + ":" + e.code());
    return out;
  }
  // The summary with each event's parse path, for failure messages.
  std::string describe() const {
    std::string out;
    for (const auto& e : coded.events)
      out += " " + actor_at(coded.mentions, e.source).code + ">" +
             actor_at(coded.mentions, e.target).code + ":" + e.code() + " [" + e.path + "]";
    return out.empty() ? " (no events)" : out;
  }
  const Event* find(const std::string& source, const std::string& target,
                    const std::string& root) const {
    for (const auto& e : coded.events)
      if (actor_at(coded.mentions, e.source).code == source &&
          actor_at(coded.mentions, e.target).code == target && e.code().starts_with(root))
        return &e;
    return nullptr;
  }
  bool has(const std::string& source, const std::string& target, const std::string& root) const {
    return find(source, target, root) != nullptr;
  }
};

// `body` as the text of an article under a fixed headline; `one_sided` as `dyad code
// --one-sided`.
inline Coded code(const std::string& body, bool one_sided = false) {
  Document doc;
  doc.id.assign(1, 't');  // (= "t"; assigning the literal trips a false -Wrestrict in g++ 12)
  doc.text = "Headline For The Test\n\n" + body + "\n";
  return {shared_pipeline().run(doc, {.one_sided = one_sided})};
}

// A sentence written for a test and what coding it must give: events written "SRC>TGT:code"
// (the code must start with the given one); `absent` must not be coded, and an empty `coded`
// with `nothing_else` means no event at all.
struct CodedCase {
  const char* name;
  const char* text;
  std::vector<std::string> coded;
  std::vector<std::string> absent = {};
  bool nothing_else = false;
};

// Whether `c` has the event written "SRC>TGT:code".
inline bool has(const Coded& c, const std::string& event) {
  const auto arrow = event.find('>'), colon = event.find(':');
  return c.has(event.substr(0, arrow), event.substr(arrow + 1, colon - arrow - 1),
               event.substr(colon + 1));
}

// Codes the case's text (as `dyad code --one-sided` with `one_sided`) and checks every
// expectation of the case (GoogleTest assertions).
inline void expect_coded(const CodedCase& test, bool one_sided = false) {
  const auto c = code(test.text, one_sided);
  for (const auto& event : test.coded) EXPECT_TRUE(has(c, event)) << event << ":" << c.describe();
  for (const auto& event : test.absent) EXPECT_FALSE(has(c, event)) << event << ":" << c.describe();
  if (test.nothing_else) {
    EXPECT_TRUE(c.coded.events.empty()) << c.describe();
  }
}

// A case for either way of coding: `one_sided` as `dyad code --one-sided`.
struct CodedModeCase {
  const char* name;
  const char* text;
  bool one_sided;
  std::vector<std::string> coded;
  std::vector<std::string> absent = {};
  bool nothing_else = false;  // with `coded` empty: no event at all
};

inline void expect_coded(const CodedModeCase& test) {
  expect_coded({test.name, test.text, test.coded, test.absent, test.nothing_else}, test.one_sided);
}

// A table of cases as one parameterised test each, named by the case.
inline std::string case_name(const ::testing::TestParamInfo<CodedCase>& info) {
  return info.param.name;
}

}  // namespace dyad::testing
