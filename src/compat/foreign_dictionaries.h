// Readers for the TABARI and PETRARCH dictionary formats (actors with date ranges, agents, verb
// patterns with synonym sets), producing the same ActorLexicon and PatternBook as our own data.
// Formats: the TABARI manual (peers/tabari) and peers/petrarch2/dictionaries.rst.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "actors/lexicon.h"
#include "events/discards.h"
#include "events/patterns.h"

namespace dyad {

struct ForeignDictionaryFiles {
  std::vector<std::filesystem::path> actors, agents, verbs, discards;
};

// Finds the dictionary files named by a TABARI .project file (<actorsfile>, <verbsfile>,
// <agentsfile>) or, for a directory, the files whose names contain "actors", "agents", "verbs",
// "discards" (PETRARCH's discard list).
// Throws std::runtime_error when nothing usable is found.
ForeignDictionaryFiles find_foreign_dictionaries(const std::filesystem::path& project_or_dir);

// A dictionary line that could not be read: reported, skipped, loading goes on.
struct DictionaryProblem {
  std::string location;  // "file:line"
  std::string message;
};

struct ForeignDictionaries {
  ActorLexicon lexicon;
  PatternBook patterns;
  DiscardList discards;
  std::vector<DictionaryProblem> problems;
  std::size_t actor_phrases = 0, agent_phrases = 0, verb_patterns = 0;
};

ForeignDictionaries load_foreign_dictionaries(const ForeignDictionaryFiles& files);

}  // namespace dyad

namespace dyad {

// Where a "#" (PETRARCH) or ";" (TABARI) comment starts in a dictionary line; "#" inside a
// [code] block ("[###]", TABARI's discard code) is not a comment. npos when there is none.
std::size_t comment_start(std::string_view line);

}  // namespace dyad
