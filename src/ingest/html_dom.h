// Internal to the HTML extractor (ingest/html*.cc): ASCII text helpers and read-only access to
// the gumbo DOM. Every walk uses an explicit stack: pages can nest thousands of elements deep.
#pragma once

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::html {

// ---------- text ----------

// ASCII whitespace as HTML sees it (no \v).
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII-lowercased copy.
std::string lower(std::string_view s);

// `s` starts with `prefix` (lower case) in any ASCII case.
inline bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    const char c = s[k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[k]) return false;
  }
  return true;
}

// Bytes of whitespace at s[i]: ASCII spaces (incl. \v), and U+00A0 (what &nbsp; decodes to).
std::size_t space_len(std::string_view s, std::size_t i);

// Collapses whitespace runs (see space_len) to one space and trims both ends.
std::string collapse_spaces(std::string_view s);

// Equal ignoring ASCII case and whitespace runs.
bool same_text(std::string_view a, std::string_view b);

// ---------- DOM ----------

inline bool is_element(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}
// The element's tag, GUMBO_TAG_LAST for non-elements.
inline GumboTag tag_of(const GumboNode* n) {
  return is_element(n) ? n->v.element.tag : GUMBO_TAG_LAST;
}
inline bool tag_in(GumboTag t, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), t) != tags.end();
}

// Attribute value, empty when absent or `n` is no element.
std::string_view attr(const GumboNode* n, const char* name);

// Children of an element or document; an empty vector for other nodes.
const GumboVector& children(const GumboNode* n);
inline const GumboNode* child(const GumboVector& v, unsigned i) {
  return static_cast<const GumboNode*>(v.data[i]);
}

// Phrasing elements: their text flows into the enclosing block.
bool is_inline(GumboTag t);

// Dropped without a `removed` record: nobody sees this text.
bool is_invisible(GumboTag t);

// Whether the itemprop attribute contains `prop` (case-insensitive).
bool has_itemprop(const GumboNode* n, std::string_view prop);

// Whether the subtree holds the article itself (<article>, <main>, <h1>, itemprop=articleBody):
// then a chrome-like class marks a layout wrapper ("page-with-menu"), not chrome.
bool contains_article(const GumboNode* root);

// Whether an ancestor is <article> or <main>.
bool inside_article(const GumboNode* n);

// Pre-order walk; `visit` returns false to skip a node's subtree.
template <typename Visit>
void walk(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!visit(n)) continue;
    const GumboVector& kids = children(n);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(child(kids, i));
  }
}

// Visible text of a subtree, spaces collapsed, blocks joined by a space; stops after ~limit bytes.
// Elements for which `keep` returns false are skipped with their subtree.
template <typename Keep>
std::string visible_text(const GumboNode* root, std::size_t limit, Keep keep) {
  std::string raw;
  walk(root, [&](const GumboNode* n) {
    if (raw.size() > limit * 2) return false;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      raw += n->v.text.text;
      return false;
    }
    if (!is_element(n) || is_invisible(tag_of(n)) || !keep(n)) return false;
    if (!is_inline(tag_of(n))) raw += ' ';
    return true;
  });
  return collapse_spaces(raw);
}
std::string visible_text(const GumboNode* root, std::size_t limit = 4096);

// The <body> element under the document root, or nullptr.
const GumboNode* find_body(const GumboNode* root);

}  // namespace dyad::html
