// Internal to the HTML extractor (ingest/html*.cc): page metadata from <meta> tags, <title>,
// <link rel=canonical>, JSON-LD, itemprop and <time>.
#pragma once

#include <gumbo.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::html {

// Raw metadata candidates; values are whitespace-collapsed and non-empty.
struct PageMeta {
  std::map<std::string, std::string> meta;  // lowercased property/name/itemprop → content
  std::optional<std::string> title_tag, h1, canonical, itemprop_date;
  std::optional<std::string> ld_date, ld_headline, ld_publisher;
  std::optional<std::string> ld_body;  // articleBody, line breaks kept
};

// Fills the ld_* fields (first one wins) from a JSON-LD script of an article type (@graph
// included). Malformed JSON is ignored.
void read_json_ld(std::string_view text, PageMeta& page);

// Collects PageMeta over the whole document (<svg>/<math> titles excepted).
PageMeta read_page_meta(const GumboNode* root);

// "Headline | Site" → "Headline" when the suffix is the site name or a short label.
std::string strip_site_suffix(const std::string& title, const std::string& site_name);

// The first engaged option, if any.
std::optional<std::string> first_of(std::initializer_list<std::optional<std::string>> options);

// page.meta value of the first of `keys` present (keys lowercase).
std::optional<std::string> meta_value(const PageMeta& page,
                                      std::initializer_list<const char*> keys);

// First <time datetime> in the article around the content, else in the content itself.
std::optional<std::string> content_time(const std::vector<const GumboNode*>& roots);

}  // namespace dyad::html
