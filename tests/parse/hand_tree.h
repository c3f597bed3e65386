// Trees written by hand as a greedy parser gets them, for the attachment repairs' tests
// (parse/repair.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/repair.h"

namespace dyad::parse::testing {

struct Word {
  std::string_view form, upos, deprel;
  int head;  // 1-based as in CoNLL-U; 0 is the root
  std::string_view xpos = "";
};

// Builds the tree, repairs it, and returns "head:deprel" per word (1-based heads).
inline std::vector<std::string> repaired(const std::vector<Word>& sentence) {
  std::vector<std::string_view> forms;
  std::vector<WordAnalysis> tree;
  for (const auto& w : sentence) {
    forms.push_back(w.form);
    WordAnalysis a;
    a.upos = w.upos;
    a.xpos = w.xpos;
    a.deprel = w.deprel;
    a.head = w.head - 1;
    tree.push_back(a);
  }
  repair_attachments(forms, tree);
  std::vector<std::string> out;
  for (const auto& a : tree)
    out.push_back(std::to_string(a.head + 1) + ":" + std::string(a.deprel));
  return out;
}

}  // namespace dyad::parse::testing
