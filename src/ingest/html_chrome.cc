// Site chrome for the HTML extractor; see html_chrome.h.
#include "ingest/html_chrome.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/html_dom.h"

namespace dyad::html {
namespace {

// Words (class/id split on -, _ and spaces) that mark boilerplate containers.
bool is_boilerplate_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "comment",    "comments",   "disqus",       "sidebar",     "related",       "share",
      "sharing",    "social",     "advert",       "advertising", "advertisement", "ad",
      "ads",        "adslot",     "sponsor",      "sponsored",   "promo",         "promos",
      "newsletter", "subscribe",  "subscription", "cookie",      "cookies",       "consent",
      "gdpr",       "menu",       "breadcrumb",   "breadcrumbs", "footer",        "nav",
      "navbar",     "navigation", "popular",      "trending",    "mostread",      "outbrain",
      "taboola",    "caption",    "captions",     "cta",         "donate",        "donation"};
  return kWords.count(w) > 0;
}

// The class/id token that marks site chrome, if any ("has-sidebar" layout classes excepted).
std::optional<std::string> boilerplate_token(std::string_view value) {
  std::string v = lower(value);
  std::size_t pos = 0;
  while (pos < v.size()) {
    std::size_t end = v.find_first_of(" \t\n", pos);
    if (end == std::string::npos) end = v.size();
    std::string_view token(v.data() + pos, end - pos);
    std::vector<std::string_view> words;
    for (std::size_t w = 0; w < token.size();) {
      std::size_t stop = std::min(token.find_first_of("-_", w), token.size());
      words.push_back(token.substr(w, stop - w));
      w = stop + 1;
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      bool layout = k > 0 && (words[k - 1] == "has" || words[k - 1] == "with" ||
                              words[k - 1] == "no" || words[k - 1] == "without");
      bool most_x =
          words[k] == "most" && k + 1 < words.size() &&
          (words[k + 1] == "read" || words[k + 1] == "popular" || words[k + 1] == "viewed");
      if ((is_boilerplate_word(words[k]) && !layout) || most_x) return std::string(token);
    }
    pos = end + 1;
  }
  return std::nullopt;
}

// Comment threads can hold more prose than the story: they stay chrome even when they do.
bool marks_comments(std::string_view token) {
  return token.find("comment") != std::string_view::npos ||
         token.find("disqus") != std::string_view::npos;
}

// An inline element holding a picture and several links and next to no other text, inside
// running text: a hover card (a person's photo with links to their other stories, a link
// preview) that the page shows on demand, not words of the sentence around it. Cards are small:
// a subtree past kCardNodes is no card, which also bounds the walk.
bool is_hover_card(const GumboNode* root) {
  constexpr std::size_t kCardNodes = 200;
  if (!is_inline(tag_of(root)) || tag_of(root) == GUMBO_TAG_A) return false;
  std::size_t nodes = 0, images = 0, links = 0, chars = 0, link_chars = 0;
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};  // node, inside a link
  while (!stack.empty()) {
    const auto [n, in_link] = stack.back();
    stack.pop_back();
    if (++nodes > kCardNodes) return false;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      const std::string_view text = n->v.text.text;
      for (std::size_t i = 0; i < text.size(); ++i) {
        const bool counts =
            !space_len(text, i) && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        chars += counts;
        link_chars += counts && in_link;
      }
      continue;
    }
    if (!is_element(n)) continue;
    images += tag_of(n) == GUMBO_TAG_IMG;
    links += tag_of(n) == GUMBO_TAG_A;
    const GumboVector& kids = children(n);
    for (unsigned i = 0; i < kids.length; ++i)
      stack.push_back({child(kids, i), in_link || tag_of(n) == GUMBO_TAG_A});
  }
  return images > 0 && links >= 3 && (chars - link_chars) * 10 <= chars;
}

}  // namespace

std::size_t unlinked_text_chars(const GumboNode* root) {
  std::size_t chars = 0;
  walk(root, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      const std::string_view text = n->v.text.text;
      for (std::size_t i = 0; i < text.size(); ++i)
        chars += !space_len(text, i) && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      return false;
    }
    return is_element(n) && !is_invisible(tag_of(n)) && tag_of(n) != GUMBO_TAG_A;
  });
  return chars;
}

std::optional<Verdict> chrome_verdict(const GumboNode* n, std::size_t page_text) {
  // Computed only for elements that look like chrome, which are mostly small.
  const auto holds_the_story = [&] { return unlinked_text_chars(n) * 2 > page_text; };
  GumboTag t = tag_of(n);
  std::string tag = std::string("<") + gumbo_normalized_tagname(t) + ">";
  std::string role = lower(attr(n, "role"));
  if (t == GUMBO_TAG_NAV || role == "navigation")
    return Verdict{"html.nav", "navigation element " + (role.empty() ? tag : "role=" + role)};
  if (t == GUMBO_TAG_FOOTER || role == "contentinfo") return Verdict{"html.footer", "page footer"};
  if ((t == GUMBO_TAG_HEADER || role == "banner") && !inside_article(n))
    return Verdict{"html.header", "page header outside the article"};
  if (t == GUMBO_TAG_ASIDE || role == "complementary")
    return Verdict{"html.aside", "aside element: content beside the article"};
  if (tag_in(t, {GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT}) ||
      (t == GUMBO_TAG_FORM && !holds_the_story()))
    return Verdict{"html.form", "form control " + tag};
  // Photo captions describe the picture, often of another day; a sidebar essay's figure is no
  // substitute for the story.
  if ((t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_FIGCAPTION) && !holds_the_story())
    return Verdict{"html.figure", "figure or photo caption " + tag};
  if (tag_in(t, {GUMBO_TAG_IFRAME, GUMBO_TAG_SVG, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,
                 GUMBO_TAG_CANVAS, GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO, GUMBO_TAG_MATH}))
    return Verdict{"html.embed", "embedded object " + tag};
  if (tag_in(t, {GUMBO_TAG_BODY, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) ||
      has_itemprop(n, "articleBody"))
    return std::nullopt;  // the article itself: never chrome, whatever its classes say
  std::string style = lower(attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") ||
      style.find("display:none") != std::string::npos)
    return Verdict{"html.hidden", "hidden element"};
  if (is_hover_card(n))
    return Verdict{"html.hover-card",
                   "a picture and links inside running text: a hover card, not the sentence"};
  for (const char* name : {"class", "id"}) {
    if (auto token = boilerplate_token(attr(n, name));
        token && !contains_article(n) && (marks_comments(*token) || !holds_the_story()))
      return Verdict{"html.class-boilerplate",
                     std::string(name) + " '" + *token + "' marks site chrome"};
  }
  return std::nullopt;
}

}  // namespace dyad::html
