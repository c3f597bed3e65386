// TABARI/PETRARCH verb dictionaries → patterns in our language (docs/dictionaries.md).
#pragma once

#include <filesystem>

#include "compat/foreign_dictionaries.h"

namespace dyad {

// Reads synonym sets, verb lines (with irregular forms and multi-word verbs) and their "-"
// patterns, translating each pattern into ours: "*" is the verb, "+" the target, "$" the source,
// "&SET" and "{A | B}" alternatives. Without "+" the target is the first actor after the words,
// as in TABARI. Lines that cannot be translated land in out.problems with file:line.
void load_foreign_verbs(const std::filesystem::path& file, ForeignDictionaries& out);

}  // namespace dyad
