// Article: a Document cleaned down to what the journalist wrote, with where each piece came from.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace dyad {

// One block of the cleaned text: the title or a body paragraph.
struct Block {
  enum class Kind { kTitle, kParagraph };
  Kind kind = Kind::kParagraph;
  Span span;  // in Article::text
  // Where the block starts in Document::text; nullopt for a title taken from metadata.
  std::optional<std::size_t> document_begin;
};

struct Dateline {
  std::string text;   // as printed, e.g. "TEHRAN-" or "WASHINGTON (Reuters) -"
  std::string place;  // e.g. "TEHRAN"
  Span span;          // in Article::text
};

struct Article {
  std::string doc_id;
  // The cleaned text: the title (when known), then each body paragraph, separated by "\n\n".
  // Every later stage's offsets point into this text.
  std::string text;
  std::vector<Block> blocks;
  std::optional<std::string> title;
  std::optional<std::string> date;  // "YYYY-MM-DD"; nullopt when nothing trustworthy says it
  std::string date_basis;           // how the date was found ("metadata", "byline"), or why not
  std::optional<Dateline> dateline;
  std::optional<std::string> credited_source;  // the outlet the page credits for the story
  std::vector<Removed> removed;                // spans into Document::text

  // Maps an offset in `text` back to Document::text; nullopt inside a metadata title.
  std::optional<std::size_t> document_offset(std::size_t text_offset) const;
  // The body paragraphs (blocks of kind kParagraph), in order.
  std::vector<const Block*> paragraphs() const;
};

}  // namespace dyad
