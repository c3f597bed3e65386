// HTML → article text: a readability-style main-content extractor over the gumbo HTML5 DOM.
//
// Pipeline: (1) cap tag nesting and drop script and style text so gumbo stays fast
// (html_prescan.*), (2) parse, (3) index the <body> tree while dropping site chrome (nav, footers,
// ads... by tag, role and class/id), (4) score containers by paragraph text and link density, (5)
// emit the best container (plus good siblings) as text blocks, (6) read title/date/url/source from
// meta tags, JSON-LD and <time>. Every DOM walk uses an explicit stack: pages can nest thousands of
// elements deep. DOM/text helpers live in html_dom.*, step (6) in html_meta.*.
#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "ingest/html_chrome.h"
#include "ingest/html_dom.h"
#include "ingest/html_meta.h"
#include "ingest/html_prescan.h"
#include "ingest/text_match.h"
#include "util/utf8.h"

namespace dyad {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): internal helpers

// ---------- small text helpers ----------

constexpr std::size_t kExcerptBytes = 200;  // `removed` excerpts are cut to about this

struct TextStats {
  std::size_t chars = 0;   // non-space code points
  std::size_t commas = 0;  // ',' and fullwidth '，'
};

TextStats measure(std::string_view s) {
  TextStats st;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (space_len(s, i) || (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    ++st.chars;
    if (s[i] == ',' || s.substr(i, 3) == "\xEF\xBC\x8C") ++st.commas;
  }
  return st;
}

// A block worth emitting has at least one letter or digit; decoding debris (U+FFFD) and lone
// punctuation (U+2000-U+206F) do not count. Non-ASCII letters are assumed from any other lead byte.
bool has_wordlike_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (is_alnum(s[i])) return true;
    if (c < 0xC3) continue;  // ASCII punctuation, continuation bytes, U+0080-U+00BF symbols
    if (s.substr(i, 3) == "\xEF\xBF\xBD" ||
        (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x81))
      continue;
    return true;
  }
  return false;
}

// Mostly control bytes in the first 4 KB: not a text document at all.
bool looks_binary(std::string_view s) {
  std::string_view head = s.substr(0, 4096);
  auto controls = std::count_if(head.begin(), head.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && !is_space(c)) || u == 0x7F;
  });
  return static_cast<std::size_t>(controls) * 20 > head.size();
}

// The letters and digits of a headline, lower-cased: "Só quem se Ama…" and "Só quem se
// Ama... — Site" agree on their start. Punctuation, ASCII or U+2000-U+206F, is left out.
std::string headline_key(std::string_view s) {
  std::string key;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x81) {
      i += 2;
    } else if (is_alnum(s[i])) {
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (c >= 0x80) {
      key += s[i];
    }
  }
  return key;
}

// ---------- output ----------

std::string link_dense_reason(double link_density) {
  char reason[64];
  std::snprintf(reason, sizeof reason, "block is mostly links (link density %.2f)", link_density);
  return reason;
}

// Accumulates inline text into blocks: one block per line, blocks separated by a blank line.
class BlockWriter {
 public:
  BlockWriter(std::vector<Removed>& removed, std::string title)
      : removed_(removed), title_(std::move(title)) {}

  void text(std::string_view s, bool in_link, bool preformatted) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      std::size_t space = space_len(s, i);
      if (preformatted && s[i] == '\n') {
        line_break();
      } else if (space && !preformatted) {
        pending_space_ = true;
        i += space - 1;
      } else if ((static_cast<unsigned char>(s[i]) >= 0x20 && s[i] != 0x7F) || s[i] == '\t') {
        if (pending_space_ && !block_.empty() && block_.back() != '\n') block_ += ' ';
        pending_space_ = false;
        block_ += s[i];
        bool counts = !space && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        chars_ += counts;
        link_chars_ += counts && in_link;
      }
    }
  }

  void line_break() {
    trim_end();
    if (!block_.empty()) block_ += '\n';
    pending_space_ = false;
  }

  void end_block(GumboTag tag) {
    trim_end();
    double link_density = chars_ ? static_cast<double>(link_chars_) / chars_ : 0.0;
    if (!has_wordlike_char(block_) || (tag == GUMBO_TAG_H1 && same_text(block_, title_))) {
      // empty, debris, or the headline the caller already has as meta.title
    } else if (link_density > 0.5 && chars_ < 250) {
      removed_.push_back({shorten_utf8(collapse_spaces(block_), kExcerptBytes),
                          "html.link-dense",
                          link_dense_reason(link_density),
                          {}});
    } else {
      if (!out_.empty()) out_ += "\n\n";
      out_ += block_;
    }
    block_.clear();
    pending_space_ = false;
    chars_ = link_chars_ = 0;
  }

  std::string take() { return std::move(out_); }

 private:
  void trim_end() {
    while (!block_.empty() && (is_space(block_.back()) || block_.back() == '\n')) block_.pop_back();
  }

  std::vector<Removed>& removed_;
  std::string title_;  // an <h1> equal to it is left out of the text
  std::string out_, block_;
  bool pending_space_ = false;
  std::size_t chars_ = 0, link_chars_ = 0;
};

// ---------- extraction ----------

struct Block {
  const GumboNode* node;
  int parent;     // index into Extractor::nodes_, -1 for <body>
  TextStats own;  // text owned directly or through inline children
  std::size_t own_link_chars = 0;
  std::size_t chars = 0, link_chars = 0;     // whole subtree, dropped chrome excluded
  std::size_t own_matched = 0, matched = 0;  // chars found in the page's stated article body
  bool candidate = false;
  double score = 0;
  double link_density() const { return chars ? static_cast<double>(link_chars) / chars : 0.0; }
};

// An itemprop="articleBody" element with less text is a teaser or an empty shell.
constexpr std::size_t kMinMarkedBodyChars = 200;

// Blocks that hold a paragraph's text; text owned by other blocks (a <div> with <br>s) makes
// the block a container of its own paragraph.
bool is_text_block(GumboTag t) {
  return tag_in(t, {GUMBO_TAG_P, GUMBO_TAG_PRE});
}

class Extractor {
 public:
  explicit Extractor(std::vector<Removed>& removed) : removed_(removed) {}

  // Indexes the <body> subtree, dropping chrome, and totals text per element; with a
  // `reference` (the page's stated article body), also how much of each element's text it has.
  void index(const GumboNode* body, const TextMatcher* reference) {
    const std::size_t page_text = unlinked_text_chars(body);
    struct Frame {
      const GumboNode* node;
      int parent, owner;  // owner: nearest non-inline element, which owns inline text
      bool in_link;
    };
    std::vector<Frame> stack{{body, -1, -1, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        if (f.owner < 0) continue;
        TextStats st = measure(n->v.text.text);
        Block& owner = nodes_[f.owner];
        owner.own.chars += st.chars;
        owner.own.commas += st.commas;
        owner.own_link_chars += f.in_link ? st.chars : 0;
        if (reference) owner.own_matched += reference->matched_chars(n->v.text.text);
        continue;
      }
      if (!is_element(n) || is_invisible(tag_of(n))) continue;
      if (auto verdict = chrome_verdict(n, page_text)) {
        if (std::string text = visible_text(n, 300); has_wordlike_char(text))
          removed_.push_back(
              {shorten_utf8(text, kExcerptBytes), verdict->rule, verdict->reason, {}});
        continue;
      }
      int idx = static_cast<int>(nodes_.size());
      nodes_.push_back({n, f.parent, {}});
      index_.emplace(n, idx);
      int owner = is_inline(tag_of(n)) ? f.owner : idx;
      bool in_link = f.in_link || tag_of(n) == GUMBO_TAG_A;
      const GumboVector& kids = children(n);
      for (unsigned i = kids.length; i-- > 0;)
        stack.push_back({child(kids, i), idx, owner, in_link});
    }
    for (std::size_t i = nodes_.size(); i-- > 0;) {  // pre-order: children follow parents
      Block& b = nodes_[i];
      b.chars += b.own.chars;
      b.link_chars += b.own_link_chars;
      b.matched += b.own_matched;
      if (b.parent >= 0) {
        nodes_[b.parent].chars += b.chars;
        nodes_[b.parent].link_chars += b.link_chars;
        nodes_[b.parent].matched += b.matched;
      }
    }
  }

  // The element whose text best matches the page's stated article body (F1 of matched
  // characters), when that match is good: the stated body is checked against the page, and a
  // summary or a truncated body matches no element well. Empty when there is none.
  std::optional<int> choose_matching(std::size_t reference_chars) const {
    int best = -1;
    double best_f1 = 0.6;  // below this the stated body and the page disagree
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Block& b = nodes_[i];
      if (b.matched == 0 || b.chars == 0) continue;
      const double precision = static_cast<double>(b.matched) / static_cast<double>(b.chars);
      const double recall = static_cast<double>(b.matched) /
                            static_cast<double>(std::max(reference_chars, b.matched));
      const double f1 = 2 * precision * recall / (precision + recall);
      if (f1 > best_f1) {
        best_f1 = f1;
        best = static_cast<int>(i);
      }
    }
    if (best < 0) return std::nullopt;
    return best;
  }

  // Widens a chosen element to the outermost wrapper holding exactly the same text (so its
  // siblings are real ones), and to its <article> when that adds only the header (standfirst,
  // byline, whose date the cleaner reads).
  int widen(int top) const {
    while (nodes_[top].parent > 0 && nodes_[nodes_[top].parent].chars == nodes_[top].chars)
      top = nodes_[top].parent;
    for (int up = nodes_[top].parent; up > 0; up = nodes_[up].parent) {
      if (tag_of(nodes_[up].node) != GUMBO_TAG_ARTICLE) continue;
      if (nodes_[up].chars * 10 <= nodes_[top].chars * 13) top = up;
      break;
    }
    return top;
  }

  // A story split into several wrappers of the same class (sections between figures and pull
  // quotes, blocks around ads) continues in the other wrappers: they join the chosen roots.
  void add_same_class_parts(int top, std::vector<int>& roots) const {
    const std::string_view cls = attr(nodes_[top].node, "class");
    if (cls.empty()) return;
    const std::size_t before = roots.size();
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Block& b = nodes_[i];
      if (static_cast<int>(i) == top || tag_of(b.node) != tag_of(nodes_[top].node) ||
          b.chars < 50 || b.link_density() > 0.3 || attr(b.node, "class") != cls)
        continue;
      if (!overlaps(static_cast<int>(i), roots)) roots.push_back(static_cast<int>(i));
    }
    if (roots.size() > before) std::sort(roots.begin(), roots.end());  // index = page order
  }

  // The page's headline — the <h1> that says the page's title (og:title, <title>) — inside an
  // <article> names the page's own story. A better-scored <article> elsewhere, or a wrapper
  // that also holds other <article>s, is a related story, the next post or a list of them: the
  // headline's <article> wins over it.
  int prefer_headline_article(int top, const std::string& title) const {
    const std::string title_key = headline_key(title);
    if (title_key.size() < 8) return top;
    int own = -1;
    for (std::size_t i = 0; i < nodes_.size() && own < 0; ++i) {
      if (tag_of(nodes_[i].node) != GUMBO_TAG_H1) continue;
      // Titles often add the site's name ("Headline — Site"): the <h1> starts the title.
      const std::string key = headline_key(visible_text(nodes_[i].node));
      if (key.size() < 8 || !title_key.starts_with(key)) continue;
      for (int up = nodes_[i].parent; up >= 0 && own < 0; up = nodes_[up].parent)
        if (tag_of(nodes_[up].node) == GUMBO_TAG_ARTICLE) own = up;
    }
    if (own < 0 || own == top || is_within(top, own)) return top;
    if (!is_within(own, top)) return own;
    for (std::size_t i = 0; i < nodes_.size(); ++i)  // `top` holds `own`: other stories too?
      if (tag_of(nodes_[i].node) == GUMBO_TAG_ARTICLE && is_within(static_cast<int>(i), top) &&
          !is_within(static_cast<int>(i), own) && !is_within(own, static_cast<int>(i)))
        return own;
    return top;
  }

  // Whether `node` is `ancestor` or lies inside it.
  bool is_within(int node, int ancestor) const {
    for (int up = node; up >= 0; up = nodes_[up].parent)
      if (up == ancestor) return true;
    return false;
  }

  // Whether `node` is one of `roots`, inside one, or holds one.
  bool overlaps(int node, const std::vector<int>& roots) const {
    for (int root : roots) {
      for (int up = node; up >= 0; up = nodes_[up].parent)
        if (up == root) return true;
      for (int up = root; up >= 0; up = nodes_[up].parent)
        if (up == node) return true;
    }
    return false;
  }

  // Whether `node` lies inside one of `roots` that holds more than twice its text.
  bool is_small_part_of(int node, const std::vector<int>& roots) const {
    for (int root : roots)
      for (int up = node; up >= 0; up = nodes_[up].parent)
        if (up == root) return nodes_[root].chars > 2 * nodes_[node].chars;
    return false;
  }

  // The largest itemprop="articleBody" element with real text, if the page marks one.
  std::vector<int> choose_marked_body() const {
    int best = -1;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Block& b = nodes_[i];
      if (has_itemprop(b.node, "articleBody") && b.chars >= kMinMarkedBodyChars &&
          b.link_density() < 0.5 && (best < 0 || b.chars > nodes_[best].chars))
        best = static_cast<int>(i);
    }
    if (best < 0) return {};
    return {widen(best)};
  }

  // Readability-style scoring; returns the chosen containers in document order. `title` is
  // the page's title from its metadata.
  std::vector<int> choose_content(const std::string& title) {
    if (nodes_.empty()) return {};
    for (Block& b : nodes_) {
      if (!tag_in(tag_of(b.node), {GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE,
                                   GUMBO_TAG_DIV, GUMBO_TAG_SECTION}) ||
          b.own.chars < 25 || b.parent < 0)
        continue;
      double points = 1.0 + b.own.commas + std::min<double>(b.own.chars / 100, 3);
      // Text straight inside a <div> (paragraphs split by <br>) is the div's own paragraph:
      // the div is its container, as the <div> around a <p> is.
      int container =
          is_text_block(tag_of(b.node)) ? b.parent : static_cast<int>(&b - nodes_.data());
      add_score(container, points);
      if (int up = nodes_[container].parent; up >= 0) add_score(up, points / 2);
    }
    int top = 0;  // <body> when nothing scored
    double best = 0;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      Block& b = nodes_[i];
      if (!b.candidate) continue;
      b.score *= 1.0 - b.link_density();
      if (b.score > best) {
        best = b.score;
        top = static_cast<int>(i);
      }
    }
    top = widen(top);
    top = prefer_headline_article(top, title);
    int parent = nodes_[top].parent;
    if (parent < 0) return {top};
    std::vector<int> roots;
    double threshold = std::max(10.0, best * 0.2);
    // An <article> is a story of its own: one beside the chosen <article> is the next post or
    // a related story, never the rest of this one.
    const bool story_is_article = tag_of(nodes_[top].node) == GUMBO_TAG_ARTICLE;
    const GumboVector& kids = children(nodes_[parent].node);
    for (unsigned i = 0; i < kids.length; ++i) {
      auto it = index_.find(child(kids, i));
      if (it == index_.end()) continue;
      const Block& b = nodes_[it->second];
      if (story_is_article && it->second != top && tag_of(b.node) == GUMBO_TAG_ARTICLE) continue;
      bool good_paragraph =
          tag_of(b.node) == GUMBO_TAG_P && ((b.chars > 80 && b.link_density() < 0.25) ||
                                            (b.chars > 0 && b.link_chars == 0 &&
                                             visible_text(b.node).find('.') != std::string::npos));
      if (it->second == top || (b.candidate && b.score >= threshold) || good_paragraph)
        roots.push_back(it->second);
    }
    add_same_class_parts(top, roots);
    return roots;
  }

  void emit(int root, BlockWriter& out) {
    struct Frame {
      const GumboNode* node;
      bool leaving;
    };
    std::vector<Frame> stack{{nodes_[root].node, false}};
    std::vector<GumboTag> open_blocks{GUMBO_TAG_BODY};
    int link_depth = 0, pre_depth = 0;
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      GumboTag t = tag_of(n);
      if (f.leaving) {
        link_depth -= t == GUMBO_TAG_A;
        pre_depth -= t == GUMBO_TAG_PRE;
        if (!is_inline(t)) {
          out.end_block(t);
          open_blocks.pop_back();
        }
        continue;
      }
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
          n->type == GUMBO_NODE_WHITESPACE) {
        out.text(n->v.text.text, link_depth > 0, pre_depth > 0);
        continue;
      }
      auto it = index_.find(n);
      if (it == index_.end()) continue;  // chrome or invisible
      if (t == GUMBO_TAG_BR) {
        out.line_break();
        continue;
      }
      const Block& b = nodes_[it->second];
      if (it->second != root && b.link_density() > 0.5 &&
          tag_in(t, {GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_SECTION,
                     GUMBO_TAG_TABLE, GUMBO_TAG_MENU})) {
        removed_.push_back({shorten_utf8(kept_text(n), kExcerptBytes),
                            "html.link-dense",
                            link_dense_reason(b.link_density()),
                            {}});
        continue;
      }
      if (!is_inline(t)) {
        out.end_block(open_blocks.back());
        open_blocks.push_back(t);
      }
      link_depth += t == GUMBO_TAG_A;
      pre_depth += t == GUMBO_TAG_PRE;
      stack.push_back({n, true});
      const GumboVector& kids = children(n);
      for (unsigned i = kids.length; i-- > 0;) stack.push_back({child(kids, i), false});
    }
    out.end_block(GUMBO_TAG_BODY);
  }

  // Records each top-level piece of the page that is neither a chosen root nor already recorded.
  void record_outside(const std::vector<int>& roots) {
    std::unordered_set<int> on_path;  // roots and their ancestors
    for (int r : roots)
      for (int i = r; i >= 0 && on_path.insert(i).second;) i = nodes_[i].parent;
    for (std::size_t i = 1; i < nodes_.size(); ++i) {
      const Block& b = nodes_[i];
      if (on_path.count(static_cast<int>(i)) || !on_path.count(b.parent) ||
          std::count(roots.begin(), roots.end(), b.parent) || b.chars == 0)
        continue;
      if (std::string text = kept_text(b.node); has_wordlike_char(text))
        removed_.push_back({shorten_utf8(text, kExcerptBytes),
                            "html.outside-content",
                            "outside the main content block",
                            {}});
    }
  }

  const GumboNode* node(int i) const { return nodes_[i].node; }

 private:
  void add_score(int i, double points) {
    Block& b = nodes_[i];
    if (!b.candidate) {
      b.candidate = true;
      b.score = initial_score(b.node);
    }
    b.score += points;
  }

  static double initial_score(const GumboNode* n) {
    GumboTag t = tag_of(n);
    double score = t == GUMBO_TAG_DIV                                                    ? 5
                   : tag_in(t, {GUMBO_TAG_PRE, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE})      ? 3
                   : tag_in(t, {GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_LI, GUMBO_TAG_DL}) ? -3
                                                                                         : 0;
    if (t == GUMBO_TAG_ARTICLE || has_itemprop(n, "articleBody")) score += 25;
    std::string names = lower(std::string(attr(n, "class")) + " " + std::string(attr(n, "id")));
    auto any = [&](std::initializer_list<const char*> words) {
      return std::any_of(words.begin(), words.end(),
                         [&](const char* w) { return names.find(w) != std::string::npos; });
    };
    if (any({"article", "body", "content", "entry", "main", "story", "text", "post"})) score += 25;
    if (any({"meta", "byline", "caption", "widget", "tags", "hidden", "masthead", "teaser"}))
      score -= 25;
    return score;
  }

  std::string kept_text(const GumboNode* n) const {
    return visible_text(n, 300, [&](const GumboNode* e) { return index_.count(e) > 0; });
  }

  std::vector<Removed>& removed_;
  std::vector<Block> nodes_;
  std::unordered_map<const GumboNode*, int> index_;
};

}  // namespace

HtmlArticle extract_html(std::string_view html) {
  HtmlArticle article;
  if (html.empty() || looks_binary(html)) return article;
  std::optional<std::string> prepared = prepare_for_parser(html);
  std::string_view input = prepared ? std::string_view(*prepared) : html;

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // each recorded error copies the open-element stack: quadratic memory
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, input.data(), input.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

  PageMeta page = read_page_meta(output->root);
  DocumentMeta& meta = article.meta;
  std::optional<std::string> site = meta_value(page, {"og:site_name"});
  std::optional<std::string> title_tag;
  if (page.title_tag) title_tag = strip_site_suffix(*page.title_tag, site.value_or(""));
  meta.title = first_of(
      {meta_value(page, {"og:title", "twitter:title"}), title_tag, page.ld_headline, page.h1});
  meta.url = first_of({page.canonical, meta_value(page, {"og:url"})});
  meta.source = first_of({site, page.ld_publisher});

  const GumboNode* body = find_body(output->root);
  std::vector<const GumboNode*> roots;
  if (body) {
    Extractor extractor(article.removed);
    std::optional<TextMatcher> stated_body;
    if (page.ld_body) stated_body.emplace(*page.ld_body);
    extractor.index(body, stated_body ? &*stated_body : nullptr);
    std::vector<int> chosen = extractor.choose_marked_body();
    if (chosen.empty()) chosen = extractor.choose_content(meta.title.value_or(""));
    // The body the page states (JSON-LD) picks the element, unless it is only the lede of the
    // story the scoring found.
    if (stated_body)
      if (std::optional<int> match = extractor.choose_matching(stated_body->reference_chars());
          match && !extractor.is_small_part_of(*match, chosen))
        chosen = {*match};
    BlockWriter writer(article.removed, meta.title.value_or(""));
    for (int root : chosen) {
      extractor.emit(root, writer);
      roots.push_back(extractor.node(root));
    }
    extractor.record_outside(chosen);
    article.text = writer.take();
  }
  // The publisher's own statements first (structured data, then meta tags), then the
  // <time> printed with the story. Never the page's "today" stamp: that is text, not metadata.
  const std::pair<std::optional<std::string>, const char*> dates[] = {
      {page.ld_date, "JSON-LD datePublished"},
      {meta_value(page, {"article:published_time"}), "meta article:published_time"},
      {page.itemprop_date, "itemprop datePublished"},
      {meta_value(page, {"pubdate", "publishdate", "date", "dc.date.issued", "parsely-pub-date",
                         "datepublished"}),
       "meta date"},
      {content_time(roots), "<time> in the article"}};
  for (const auto& [date, source] : dates) {
    if (!date) continue;
    meta.date = date;
    meta.date_source = source;
    break;
  }
  return article;
}

bool looks_like_html(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t start = 0;
  while (start < text.size() && is_space(text[start])) ++start;
  std::string_view rest = text.substr(start);
  for (std::string_view prefix : {"<!doctype html", "<html", "<head", "<body"})
    if (istarts_with(rest, prefix)) return true;
  std::string head = lower(rest.substr(0, 1024));
  for (std::string_view tag : {"<p", "<div", "<article"}) {
    for (std::size_t at = head.find(tag); at != std::string::npos; at = head.find(tag, at + 1)) {
      char next = at + tag.size() < head.size() ? head[at + tag.size()] : '\0';
      if (next == '>' || is_space(next) || (next == '/' && tag != "<p")) return true;
    }
  }
  return false;
}

}  // namespace dyad
