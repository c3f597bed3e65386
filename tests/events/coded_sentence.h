// Codes sentences written for a test through the whole pipeline, and asks about the events.
#pragma once

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

}  // namespace dyad::testing
