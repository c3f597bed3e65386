// Internal to the HTML extractor (ingest/html*.cc): which elements are site chrome (navigation,
// footers, ads, share bars, newsletter boxes...) rather than the article.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string>

namespace dyad::html {

struct Verdict {
  std::string rule, reason;
};

// Why an element is site chrome, or nullopt to keep it. `page_text` is the page's text outside
// links (unlinked_text_chars of <body>): a wrapper whose class or tag looks like chrome but that
// holds most of it is a layout wrapper around the story ("l-sidebar-fixed", an ASP.NET <form>).
std::optional<Verdict> chrome_verdict(const GumboNode* n, std::size_t page_text);

// Non-space characters of visible text under `root` outside links.
std::size_t unlinked_text_chars(const GumboNode* root);

}  // namespace dyad::html
