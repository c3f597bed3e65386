// Page metadata for the HTML extractor; see html_meta.h.
#include "ingest/html_meta.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "ingest/html_dom.h"
#include "util/utf8.h"

namespace dyad::html {
namespace {

void set_once(std::optional<std::string>& field, std::string value) {
  value = collapse_spaces(value);
  if (!field && !value.empty()) field = std::move(value);
}

bool is_article_type(const nlohmann::json& item) {
  static const std::unordered_set<std::string> kTypes = {
      "NewsArticle",           "Article",
      "ReportageNewsArticle",  "BlogPosting",
      "AnalysisNewsArticle",   "OpinionNewsArticle",
      "BackgroundNewsArticle", "LiveBlogPosting",
      "ReviewNewsArticle",     "Report"};
  auto type = item.find("@type");
  if (type == item.end()) return false;
  auto matches = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();  // "https://schema.org/NewsArticle" → "NewsArticle"
    std::size_t slash = s.find_last_of("/:");
    return kTypes.count(slash == std::string::npos ? s : s.substr(slash + 1)) > 0;
  };
  return matches(*type) || (type->is_array() && std::any_of(type->begin(), type->end(), matches));
}

// Sites put HTML in JSON-LD strings ("Europa&apos;s", "<p>...</p>"): read it as HTML.
std::string markup_text(const std::string& text) {
  if (text.find_first_of("<&") == std::string::npos) return text;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  std::string out = visible_text(output->root, text.size());
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

}  // namespace

void read_json_ld(std::string_view text, PageMeta& page) {
  auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return;
  std::vector<const nlohmann::json*> items;
  auto add = [&](const nlohmann::json& j) {
    if (!j.is_array()) return items.push_back(&j);
    for (const auto& e : j) items.push_back(&e);
  };
  add(doc);
  for (std::size_t i = 0; i < items.size(); ++i) {  // grows as @graph lists are found
    const nlohmann::json& item = *items[i];
    if (!item.is_object()) continue;
    if (auto graph = item.find("@graph"); graph != item.end()) add(*graph);
    if (!is_article_type(item)) continue;
    auto str = [&](const nlohmann::json& j, const char* key) -> std::string {
      auto it = j.find(key);
      return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    set_once(page.ld_date, str(item, "datePublished"));
    set_once(page.ld_headline, str(item, "headline"));
    if (std::string body = str(item, "articleBody"); !page.ld_body && !trim(body).empty())
      page.ld_body = markup_text(body);
    if (auto pub = item.find("publisher"); pub != item.end()) {
      const nlohmann::json& p = pub->is_array() && !pub->empty() ? pub->front() : *pub;
      set_once(page.ld_publisher, p.is_object()   ? str(p, "name")
                                  : p.is_string() ? p.get<std::string>()
                                                  : std::string());
    }
  }
}

PageMeta read_page_meta(const GumboNode* root) {
  PageMeta page;
  walk(root, [&](const GumboNode* n) {
    if (!is_element(n)) return false;
    GumboTag t = tag_of(n);
    if (t == GUMBO_TAG_META) {
      std::string_view content = attr(n, "content");
      for (const char* key : {"property", "name", "itemprop"})
        if (!attr(n, key).empty() && !content.empty())
          page.meta.emplace(lower(attr(n, key)), collapse_spaces(content));
    } else if (t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH) {
      return false;  // their <title>s label drawings, not the page
    } else if (t == GUMBO_TAG_TITLE) {
      set_once(page.title_tag, visible_text(n));
    } else if (t == GUMBO_TAG_LINK &&
               lower(attr(n, "rel")).find("canonical") != std::string::npos) {
      set_once(page.canonical, std::string(attr(n, "href")));
    } else if (t == GUMBO_TAG_SCRIPT &&
               lower(attr(n, "type")).find("ld+json") != std::string::npos) {
      const GumboVector& kids = n->v.element.children;
      if (kids.length > 0 && child(kids, 0)->type == GUMBO_NODE_TEXT)
        read_json_ld(child(kids, 0)->v.text.text, page);
    } else if (t == GUMBO_TAG_H1) {
      set_once(page.h1, visible_text(n));
    } else if (has_itemprop(n, "datePublished")) {
      std::string_view date = attr(n, "datetime");
      set_once(page.itemprop_date, std::string(date.empty() ? attr(n, "content") : date));
    }
    return true;
  });
  return page;
}

std::string strip_site_suffix(const std::string& title, const std::string& site_name) {
  for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: ", " · "}) {
    std::size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string head = title.substr(0, at), tail = title.substr(at + sep.size());
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    if ((!site_name.empty() && same_text(tail, site_name)) ||
        (words(tail) <= 4 && words(head) > words(tail)))
      return head;
  }
  return title;
}

std::optional<std::string> first_of(std::initializer_list<std::optional<std::string>> options) {
  for (const auto& o : options)
    if (o) return o;
  return std::nullopt;
}

std::optional<std::string> meta_value(const PageMeta& page,
                                      std::initializer_list<const char*> keys) {
  for (const char* key : keys)
    if (auto it = page.meta.find(key); it != page.meta.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> content_time(const std::vector<const GumboNode*>& roots) {
  std::vector<const GumboNode*> scopes = roots;
  for (const GumboNode* p = roots.empty() ? nullptr : roots.front(); p; p = p->parent)
    if (tag_of(p) == GUMBO_TAG_ARTICLE) scopes.insert(scopes.begin(), p);
  std::optional<std::string> found;
  for (const GumboNode* scope : scopes) {
    walk(scope, [&](const GumboNode* n) {
      if (found || !is_element(n)) return false;
      if (tag_of(n) == GUMBO_TAG_TIME) set_once(found, std::string(attr(n, "datetime")));
      return !found;
    });
    if (found) break;
  }
  return found;
}

}  // namespace dyad::html
