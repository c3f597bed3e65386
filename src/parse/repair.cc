#include "parse/repair.h"

#include <cstddef>

namespace dyad::parse {

namespace {

bool nominal(const WordAnalysis& w) {
  return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON";
}

bool relation_is(const WordAnalysis& w, std::string_view relation) {
  return w.deprel == relation ||
         (w.deprel.starts_with(relation) && w.deprel.size() > relation.size() &&
          w.deprel[relation.size()] == ':');
}

bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;  // ASCII letters; prepositions are ASCII
  return true;
}

// The first child of `head` with `relation`, or -1.
int child(const std::vector<WordAnalysis>& tree, int head, std::string_view relation) {
  for (std::size_t i = 0; i < tree.size(); ++i)
    if (tree[i].head == head && relation_is(tree[i], relation)) return static_cast<int>(i);
  return -1;
}

// Re-attaches the conjuncts of `old_head` that follow `word` to `word`: the rest of the list
// moves with its first member.
void move_later_conjuncts(std::vector<WordAnalysis>& tree, int old_head, int word) {
  for (std::size_t i = static_cast<std::size_t>(word) + 1; i < tree.size(); ++i)
    if (tree[i].head == old_head && tree[i].deprel == "conj") tree[i].head = word;
}

}  // namespace

void repair_attachments(std::span<const std::string_view> words, std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  for (int x = 0; x < n; ++x) {
    WordAnalysis& word = tree[x];
    if (word.head == kRoot || !nominal(word)) continue;
    const int head = word.head;
    const WordAnalysis& first = tree[head];
    // "asked Peru, Bolivia, …": a name after a comma hung on the verb as a bare oblique.
    const bool bare_oblique = word.deprel == "obl" && x > 0 && words[x - 1] == "," &&
                              child(tree, x, "case") < 0 && first.upos == "VERB";
    if (word.deprel != "conj" && !bare_oblique) continue;
    if (first.upos == "VERB") {
      // A list member on the verb: conjunct of the verb's object before it, if there is one.
      int object = -1;
      for (int i = head + 1; i < x; ++i)
        if (tree[i].head == head && nominal(tree[i]) &&
            (tree[i].deprel == "obj" || tree[i].deprel == "iobj"))
          object = i;
      if (object >= 0) {
        word.head = object;
        word.deprel = "conj";
      }
      continue;
    }
    // An oblique's conjunct with another preposition and no "and"/"or" of its own.
    if (!(relation_is(first, "obl") || relation_is(first, "nmod")) || first.head == kRoot) continue;
    int own_case = child(tree, x, "case");
    for (int c = 0; c < x && own_case < 0; ++c)  // "by Vladimir Putin": the case on "Vladimir"
      if (tree[c].head == x && (tree[c].deprel == "compound" || tree[c].deprel == "flat"))
        own_case = child(tree, c, "case");
    if (own_case < 0 || child(tree, x, "cc") >= 0) continue;
    const int first_case = child(tree, head, "case");
    if (first_case >= 0 && same_word(words[first_case], words[own_case])) continue;
    word.head = first.head;
    word.deprel = same_word(words[own_case], "by") && tree[first.head].xpos == "VBN" ? "obl:agent"
                  : relation_is(first, "obl")                                        ? "obl"
                                                                                     : "nmod";
    move_later_conjuncts(tree, head, x);
  }
}

}  // namespace dyad::parse
