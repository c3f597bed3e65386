// DOM and text helpers for the HTML extractor; see html_dom.h.
#include "ingest/html_dom.h"

namespace dyad::html {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::size_t space_len(std::string_view s, std::size_t i) {
  if (is_space(s[i]) || s[i] == '\v') return 1;
  if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = space_len(s, i)) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += s[i++];
  }
  return out;
}

bool same_text(std::string_view a, std::string_view b) {
  return lower(collapse_spaces(a)) == lower(collapse_spaces(b));
}

std::string_view attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

const GumboVector& children(const GumboNode* n) {
  static const GumboVector kNone = {nullptr, 0, 0};
  return is_element(n) ? n->v.element.children
                       : (n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : kNone);
}

bool is_inline(GumboTag t) {
  return tag_in(
      t, {GUMBO_TAG_A,    GUMBO_TAG_ABBR, GUMBO_TAG_B,       GUMBO_TAG_BDI,    GUMBO_TAG_BDO,
          GUMBO_TAG_CITE, GUMBO_TAG_CODE, GUMBO_TAG_DATA,    GUMBO_TAG_DFN,    GUMBO_TAG_EM,
          GUMBO_TAG_FONT, GUMBO_TAG_I,    GUMBO_TAG_KBD,     GUMBO_TAG_MARK,   GUMBO_TAG_Q,
          GUMBO_TAG_S,    GUMBO_TAG_SAMP, GUMBO_TAG_SMALL,   GUMBO_TAG_SPAN,   GUMBO_TAG_STRONG,
          GUMBO_TAG_SUB,  GUMBO_TAG_SUP,  GUMBO_TAG_TIME,    GUMBO_TAG_U,      GUMBO_TAG_VAR,
          GUMBO_TAG_DEL,  GUMBO_TAG_INS,  GUMBO_TAG_BIG,     GUMBO_TAG_TT,     GUMBO_TAG_LABEL,
          GUMBO_TAG_NOBR, GUMBO_TAG_WBR,  GUMBO_TAG_IMG,     GUMBO_TAG_RUBY,   GUMBO_TAG_RT,
          GUMBO_TAG_RP,   GUMBO_TAG_BR,   GUMBO_TAG_ACRONYM, GUMBO_TAG_STRIKE, GUMBO_TAG_IMAGE});
}

bool is_invisible(GumboTag t) {
  return tag_in(t, {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
                    GUMBO_TAG_HEAD, GUMBO_TAG_META, GUMBO_TAG_LINK});
}

bool has_itemprop(const GumboNode* n, std::string_view prop) {
  return lower(attr(n, "itemprop")).find(lower(prop)) != std::string::npos;
}

bool contains_article(const GumboNode* root) {
  bool found = false;
  walk(root, [&](const GumboNode* n) {
    if (found || !is_element(n)) return false;
    found = tag_in(tag_of(n), {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN, GUMBO_TAG_H1}) ||
            has_itemprop(n, "articleBody");
    return !found;
  });
  return found;
}

bool inside_article(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p; p = p->parent)
    if (tag_in(tag_of(p), {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN})) return true;
  return false;
}

std::string visible_text(const GumboNode* root, std::size_t limit) {
  return visible_text(root, limit, [](const GumboNode*) { return true; });
}

const GumboNode* find_body(const GumboNode* root) {
  const GumboNode* body = nullptr;
  walk(root, [&](const GumboNode* n) {
    if (body || !is_element(n)) return false;
    if (tag_of(n) == GUMBO_TAG_BODY) body = n;
    return tag_of(n) == GUMBO_TAG_HTML;
  });
  return body;
}

}  // namespace dyad::html
