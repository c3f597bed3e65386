// HTML → article text: a main-content extractor over the gumbo HTML5 DOM.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dyad {

struct HtmlArticle {
  // Main content as plain text: one block (paragraph, heading, list item) per line,
  // blocks separated by a blank line. Valid UTF-8 when the input is.
  std::string text;
  DocumentMeta meta;             // title, date, url, source (site name) from the page
  std::vector<Removed> removed;  // dropped blocks (nav, footer, link lists, ads...), no span
};

// Never throws on malformed HTML: gumbo repairs any tag soup the way browsers do.
HtmlArticle extract_html(std::string_view html);

// Cheap sniff for HTML content in a file or field without an .html extension.
bool looks_like_html(std::string_view text);

}  // namespace dyad
