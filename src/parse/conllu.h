// CoNLL-U (https://universaldependencies.org/format.html): reading a treebank file into
// sentences of syntactic words, and writing sentences back so any UD tool reads them.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace dyad::parse {

// One syntactic word: the ten columns, kept as text (HEAD as an integer, 0 = the root).
struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = 0;
  std::string deprel, deps, misc;
};

// A line that is not a word of the tree — a multiword token range ("2-3 don't") or an empty
// node ("8.1") — kept verbatim so a read + write reproduces the file; `before` is the index of
// the word it precedes in `words`.
struct ConlluExtraLine {
  std::size_t before = 0;
  std::string line;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;      // word i has ID i + 1
  std::vector<ConlluExtraLine> extra;
};

// Reads every sentence. Throws std::runtime_error "<name>:<line>: <cause>" on a malformed line
// (wrong column count, IDs out of order, a HEAD outside the sentence).
std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name);
std::vector<ConlluSentence> read_conllu_file(const std::filesystem::path& file);

// Writes one sentence and its terminating blank line. Empty columns are written as "_".
void write_conllu(std::ostream& out, const ConlluSentence& sentence);

}  // namespace dyad::parse
