// The markup scanner that runs before gumbo; see html_prescan.h.
#include "ingest/html_prescan.h"

#include <unordered_map>
#include <unordered_set>

#include "ingest/html_dom.h"

namespace dyad::html {
namespace {

bool never_nests(std::string_view tag) {  // void elements and ones closed by their next sibling
  static const std::unordered_set<std::string_view> kTags = {
      "area",  "base",  "br",    "col",      "embed",   "hr",  "img",    "input",
      "link",  "meta",  "param", "source",   "track",   "wbr", "keygen", "p",
      "li",    "dt",    "dd",    "tr",       "td",      "th",  "option", "optgroup",
      "thead", "tbody", "tfoot", "colgroup", "caption", "rb",  "rt",     "rp",
      "rtc",   "html",  "head",  "body",     "!doctype"};
  return kTags.count(tag) > 0;
}

// Where a tag whose name ends at `from` ends if quoted attribute values may hold '>': the
// position of its '>', npos when none. Where this differs from the first '>' the scanner takes,
// the scanner is out of step with the tokenizer.
std::size_t quote_aware_tag_end(std::string_view html, std::size_t from) {
  char quote = 0;
  for (std::size_t k = from; k < html.size(); ++k) {
    const char c = html[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k;
    }
  }
  return std::string_view::npos;
}

// `end_tag` ("</script..." at `at`) ends raw text named `name` for the HTML5 tokenizer: the name
// in any case, then a space, '/' or '>'.
bool ends_raw_text(std::string_view html, std::size_t at, std::string_view name) {
  const std::size_t after = at + 2 + name.size();
  if (after >= html.size() || !istarts_with(html.substr(at + 2), name)) return false;
  const char c = html[after];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::optional<std::string> prepare_for_parser(std::string_view html) {
  static const std::unordered_set<std::string_view> kRawText = {
      "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
  std::string out;
  std::size_t copied = 0;
  std::unordered_map<std::string, int> open;  // per tag name, so stray end tags do not count
  int depth = 0;
  // False from the first tag whose '>' the scanner may have taken from inside a quoted value:
  // from there on it may see tags inside attribute values, so it drops no text.
  bool in_step = true;
  auto in_foreign_content = [&open] {
    for (const char* root : {"svg", "math"})
      if (const auto it = open.find(root); it != open.end() && it->second > 0) return true;
    return false;
  };
  auto replace = [&](std::size_t begin, std::size_t end, std::string_view with) {
    out.append(html.substr(copied, begin - copied));
    out += with;
    copied = end;
  };
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    if (html.substr(i, 4) == "<!--") {  // a comment ends as HTML5 says, "<!-->" included
      if (html.substr(i + 4, 1) == ">" || html.substr(i + 4, 2) == "->") {
        i += html[i + 4] == '>' ? 5 : 6;
        continue;
      }
      // "--!>" is searched for only before the first "-->": searching the rest of the page for
      // it at every comment made this scan quadratic.
      std::size_t end = html.find("-->", i + 4);
      end = std::min(end, html.substr(0, end == std::string_view::npos ? html.size() : end + 3)
                              .find("--!>", i + 4));
      if (end == std::string_view::npos) break;  // the rest of the page is a comment
      i = end + (html[end + 2] == '!' ? 4 : 3);
      continue;
    }
    bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t name_begin = i + (end_tag ? 2 : 1), name_end = name_begin;
    while (name_end < html.size() && (is_alnum(html[name_end]) || html[name_end] == '-'))
      ++name_end;
    if (name_end == name_begin) {
      ++i;
      continue;
    }
    std::size_t close = html.find('>', name_end);
    if (close == std::string_view::npos) break;  // no complete tag follows
    if (in_step && !end_tag && quote_aware_tag_end(html, name_end) != close) in_step = false;
    std::string name = lower(html.substr(name_begin, name_end - name_begin));
    std::size_t next = close + 1;
    if (!end_tag && kRawText.count(name)) {  // skip raw text: "<div" inside a script is no tag
      std::size_t at = html.find("</", next);
      while (at != std::string_view::npos && !istarts_with(html.substr(at + 2), name))
        at = html.find("</", at + 2);
      next = std::min(at, html.size());
      // A script holding "<!--" may not end at its first "</script>" (HTML5's escaped script
      // states); in <svg> and <math> a script's content is markup. JSON-LD is read.
      const std::string_view text = html.substr(close + 1, next - close - 1);
      const bool droppable =
          (name == "style" ||
           (name == "script" && text.find("<!--") == std::string_view::npos &&
            lower(html.substr(i, close - i)).find("ld+json") == std::string_view::npos));
      if (droppable && in_step && !text.empty() && at != std::string_view::npos &&
          ends_raw_text(html, at, name) && !in_foreign_content())
        replace(close + 1, at, "");
    } else if (!never_nests(name) && (html[close - 1] != '/' || !in_foreign_content())) {
      // "<div/>" opens a div like "<div>" does: only inside <svg> and <math> is "/>" a close.
      if (end_tag) {
        if (auto it = open.find(name); it != open.end() && it->second > 0) {
          if (depth > kMaxNesting) replace(i, close + 1, " ");
          --it->second;
          --depth;
        }
      } else {
        ++open[name];
        if (++depth > kMaxNesting) replace(i, close + 1, " ");
      }
    }
    i = next;
  }
  if (copied == 0) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace dyad::html
