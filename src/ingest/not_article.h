// Files that are text but not news articles: provenance and licence notes (SOURCE.txt,
// README), lookup lists and dictionaries, SGML/XML markup dyad has no reader for. Coding them
// would invent events from word lists; they are reported instead (issue 16).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace dyad {

// Why `text`, read from `path`, is not an article; empty when it reads as one. Judged by what
// the file holds: its prose (lines of sentences), its markup, and for notes also its name.
std::string not_an_article(const std::filesystem::path& path, std::string_view text);

}  // namespace dyad
