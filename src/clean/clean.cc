#include "clean/clean.h"

#include <algorithm>
#include <cctype>

#include "clean/dates.h"
#include "clean/rules.h"
#include "util/utf8.h"

namespace dyad {

namespace {

constexpr std::size_t kRemovedTextLimit = 300;

enum class Fate { kKeep, kRemoved, kTitle };

struct Line {
  std::string_view text;  // trimmed
  std::size_t begin = 0;  // in Document::text
  std::vector<int> hits;  // matching rule indices, priority order
  Fate fate = Fate::kKeep;
  const CleanRule* removed_by = nullptr;
  std::string reason;  // overrides the rule's why (structural removals)
  std::string structural_id;
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw(text.data() + start, end - start);
    const std::string_view trimmed = trim(raw);
    if (!trimmed.empty())
      lines.push_back({trimmed,
                       static_cast<std::size_t>(trimmed.data() - text.data()),
                       {},
                       Fate::kKeep,
                       nullptr,
                       {},
                       {}});
    start = end + 1;
  }
  return lines;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Ends in sentence punctuation, possibly inside closing quotes or brackets: a headline such as
// "Iran Urges Calm through ‘Dialogue’" ends in a quote but not in a sentence end.
bool ends_like_sentence(std::string_view text) {
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (const std::string_view closer : {"\"", "'", ")", "”", "’", "»"}) {
      if (text.ends_with(closer)) {
        text.remove_suffix(closer.size());
        stripped = true;
      }
    }
  }
  for (const std::string_view end : {".", "!", "?", "…", ":", ","})
    if (text.ends_with(end)) return true;
  return false;
}

// A paragraph of running text, as opposed to a headline, label or link.
bool is_prose(std::string_view text) {
  const std::size_t words = word_count(text);
  return words >= 20 || (words >= 8 && ends_like_sentence(text));
}

bool is_headline_like(std::string_view text) {
  const std::size_t words = word_count(text);
  return words >= 2 && words <= 30 && !is_prose(text) && !is_date_line(text);
}

bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

class ArticleBuilder {
 public:
  ArticleBuilder(const CleanRules& rules, const Document& document)
      : rules_(rules), document_(document), lines_(split_lines(document.text)) {
    for (auto& line : lines_) line.hits = rules_.matching(line.text);
  }

  Article build() {
    article_.doc_id = document_.id;
    article_.removed = document_.removed;
    drop_furniture();
    const std::size_t body = find_body_start();
    drop_tails(body);
    const std::size_t title = find_title(body);
    classify_header(title, body);
    assemble(title);
    find_dateline();
    find_credit();
    decide_date();
    return std::move(article_);
  }

 private:
  const CleanRule* first_hit(const Line& line, RuleAction action) const {
    for (const int index : line.hits) {
      const auto& rule = rules_.rules()[static_cast<std::size_t>(index)];
      if (rule.action == action) return &rule;
    }
    return nullptr;
  }

  void remove(Line& line, const CleanRule* rule) {
    line.fate = Fate::kRemoved;
    line.removed_by = rule;
  }

  void remove(Line& line, std::string id, std::string reason) {
    line.fate = Fate::kRemoved;
    line.structural_id = std::move(id);
    line.reason = std::move(reason);
  }

  void drop_furniture() {
    for (auto& line : lines_) {
      if (const auto* rule = first_hit(line, RuleAction::kLine)) {
        remove(line, rule);
      } else if (const auto* filler = first_hit(line, RuleAction::kPlaceholder)) {
        remove(line, filler);
      } else if (const auto* credit = first_hit(line, RuleAction::kCreditLine)) {
        std::string source;
        if (RE2::PartialMatch(line.text, credit->regex->get(), &source) &&
            !article_.credited_source)
          article_.credited_source = source;
        remove(line, credit);
      } else if (const auto* byline = first_hit(line, RuleAction::kBylineDate)) {
        std::string date_text;
        if (RE2::PartialMatch(line.text, byline->regex->get(), &date_text)) {
          if (auto date = parse_date(date_text)) {
            if (!byline_date_) byline_date_ = date;
            remove(line, byline);
          }
        }
      }
    }
  }

  std::size_t find_body_start() const {
    for (std::size_t i = 0; i < lines_.size(); ++i)
      if (lines_[i].fate == Fate::kKeep && is_prose(lines_[i].text) &&
          !first_hit(lines_[i], RuleAction::kTail))
        return i;
    return lines_.size();
  }

  // A "Latest News"-style header inside or after the body ends the article: it and all that
  // follows go. Each line keeps the most specific reason: its own rule, else its block's.
  // A box inside the story ("DON'T MISS" and three links, then the story goes on) ends where
  // three paragraphs of prose in a row follow its items: a box lists headlines, or a headline
  // and a teaser at a time, never a run of paragraphs.
  void drop_tails(std::size_t body) {
    const CleanRule* block = nullptr;
    std::size_t items = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      auto& line = lines_[i];
      const CleanRule* header = first_hit(line, RuleAction::kTail);
      if (header && i < body) {
        remove(line, header);  // a link-list header above the article: its items are header too
        continue;
      }
      if (header) {
        block = header;
        items = 0;
      }
      if (!block || line.fate == Fate::kRemoved) continue;
      if (header) {
        remove(line, header);
      } else if (items > 0 && prose_run_at(i) >= 3) {
        block = nullptr;  // the story goes on
      } else if (const auto* own = first_hit(line, RuleAction::kPlaceholder)) {
        ++items;
        remove(line, own);
      } else {
        ++items;
        remove(line, block);
        line.reason = "listed under '" + block_header_text(i) + "': " + block->why;
      }
    }
  }

  // Kept lines of prose in a row from `index` on (stops at 3: enough to decide).
  std::size_t prose_run_at(std::size_t index) const {
    std::size_t run = 0;
    for (std::size_t i = index; i < lines_.size() && run < 3; ++i) {
      if (lines_[i].fate == Fate::kRemoved) continue;
      if (!is_prose(lines_[i].text) || first_hit(lines_[i], RuleAction::kTail)) break;
      ++run;
    }
    return run;
  }

  std::string block_header_text(std::size_t index) const {
    for (std::size_t i = index + 1; i-- > 0;)
      if (first_hit(lines_[i], RuleAction::kTail)) return std::string(lines_[i].text);
    return {};
  }

  // The headline: the metadata title when the page has one, else the last headline-like line
  // above the first paragraph (site names and taglines come before it).
  std::size_t find_title(std::size_t body) {
    const std::size_t limit = std::min(body, lines_.size());
    if (document_.meta.title) {
      title_text_ = std::string(trim(*document_.meta.title));
      for (std::size_t i = 0; i < limit; ++i)
        if (lines_[i].fate == Fate::kKeep && same_text(lines_[i].text, title_text_)) return i;
      return lines_.size();  // title known, not printed in the text
    }
    std::size_t candidate = lines_.size();
    if (body < lines_.size()) {
      for (std::size_t i = 0; i < limit; ++i)
        if (lines_[i].fate == Fate::kKeep && is_headline_like(lines_[i].text)) candidate = i;
    } else {
      // No running text at all: take the first headline-like line, keep the rest as body.
      for (std::size_t i = 0; i < lines_.size() && candidate == lines_.size(); ++i)
        if (lines_[i].fate == Fate::kKeep && is_headline_like(lines_[i].text)) candidate = i;
    }
    if (candidate == lines_.size()) return candidate;
    title_text_ = std::string(lines_[candidate].text);
    for (std::size_t i = 0; i < candidate; ++i)  // a repeated headline: the first is the title
      if (lines_[i].fate == Fate::kKeep && same_text(lines_[i].text, title_text_)) return i;
    return candidate;
  }

  void classify_header(std::size_t title, std::size_t body) {
    if (title < lines_.size()) lines_[title].fate = Fate::kTitle;
    const std::size_t header_end = title < lines_.size() ? title : 0;
    for (std::size_t i = 0; i < header_end; ++i) {
      auto& line = lines_[i];
      if (line.fate != Fate::kKeep) continue;
      if (is_date_line(line.text)) {
        if (!page_stamp_) page_stamp_ = parse_date(line.text);
        remove(line, "structure.page_date_stamp",
               "date stamp in the page header above the headline: the site's date, not the "
               "article's");
      } else {
        remove(line, "structure.page_header",
               "page header above the headline (site name, tagline or section)");
      }
    }
    for (std::size_t i = title < lines_.size() ? title + 1 : 0; i < lines_.size(); ++i) {
      auto& line = lines_[i];
      if (line.fate != Fate::kKeep) continue;
      if (same_text(line.text, title_text_)) {
        remove(line, "structure.repeated_title", "the headline printed a second time");
      } else if (i < body && is_date_line(line.text)) {
        if (!byline_date_) byline_date_ = parse_date(line.text);
        remove(line, "structure.byline_date",
               "date line under the headline, taken as the article's date");
      } else if (is_date_line(line.text)) {
        // Inside the text it may date anything (a teaser, an update): not the article's date.
        remove(line, "structure.date_line", "a date alone on a line: a stamp, not a sentence");
      }
    }
  }

  void append_block(Block::Kind kind, std::string_view text, std::optional<std::size_t> origin) {
    if (!article_.text.empty()) article_.text += "\n\n";
    const std::size_t begin = article_.text.size();
    article_.text += text;
    article_.blocks.push_back({kind, {begin, article_.text.size()}, origin});
  }

  void assemble(std::size_t title) {
    if (!title_text_.empty()) {
      article_.title = title_text_;
      std::optional<std::size_t> origin;
      if (title < lines_.size()) origin = lines_[title].begin;
      append_block(Block::Kind::kTitle, title_text_, origin);
    }
    for (const auto& line : lines_) {
      if (line.fate == Fate::kKeep) {
        append_block(Block::Kind::kParagraph, line.text, line.begin);
      } else if (line.fate == Fate::kRemoved) {
        Removed removed;
        removed.text = shorten_utf8(line.text, kRemovedTextLimit);
        removed.rule = line.removed_by ? line.removed_by->id : line.structural_id;
        removed.reason = !line.reason.empty() ? line.reason : line.removed_by->why;
        removed.span = Span{line.begin, line.begin + line.text.size()};
        article_.removed.push_back(std::move(removed));
      }
    }
  }

  const Block* first_paragraph() const {
    for (const auto& block : article_.blocks)
      if (block.kind == Block::Kind::kParagraph) return &block;
    return nullptr;
  }

  void find_dateline() {
    const Block* block = first_paragraph();
    if (!block) return;
    const std::string_view paragraph(article_.text.data() + block->span.begin,
                                     block->span.end - block->span.begin);
    for (const auto& rule : rules_.rules()) {
      if (rule.action != RuleAction::kDateline) continue;
      re2::StringPiece input(paragraph.data(), paragraph.size());
      re2::StringPiece groups[3];
      if (!rule.regex->get().Match(input, 0, input.size(), RE2::ANCHOR_START, groups, 3)) continue;
      Dateline dateline;
      dateline.text = std::string(trim(std::string_view(groups[0].data(), groups[0].size())));
      dateline.place = std::string(groups[1].data(), groups[1].size());
      dateline.span = {block->span.begin, block->span.begin + dateline.text.size()};
      if (groups[2].size() > 0 && !article_.credited_source)
        article_.credited_source = std::string(groups[2].data(), groups[2].size());
      article_.dateline = std::move(dateline);
      return;
    }
  }

  void find_credit() {
    if (article_.credited_source) return;
    for (const auto& block : article_.blocks) {
      if (block.kind != Block::Kind::kParagraph) continue;
      const std::string_view paragraph(article_.text.data() + block.span.begin,
                                       block.span.end - block.span.begin);
      for (const int index : rules_.matching(paragraph)) {
        const auto& rule = rules_.rules()[static_cast<std::size_t>(index)];
        std::string source;
        if (rule.action == RuleAction::kCredit &&
            RE2::PartialMatch(paragraph, rule.regex->get(), &source)) {
          article_.credited_source = source;
          return;
        }
      }
    }
  }

  void decide_date() {
    if (document_.meta.date) {
      if (auto date = parse_date(*document_.meta.date)) {
        article_.date = date;
        article_.date_basis = document_.meta.date_source.empty()
                                  ? "metadata"
                                  : "metadata: " + document_.meta.date_source;
        return;
      }
    }
    if (byline_date_) {
      article_.date = byline_date_;
      article_.date_basis = "byline";
      return;
    }
    if (document_.meta.url) {
      if (auto date = date_in_url(*document_.meta.url)) {
        article_.date = date;
        article_.date_basis = "url";
        return;
      }
    }
    if (document_.meta.fallback_date) {
      article_.date = document_.meta.fallback_date;
      article_.date_basis = document_.meta.fallback_basis;
      return;
    }
    article_.date_basis = page_stamp_ ? "unknown: the page shows only its own date stamp (" +
                                            *page_stamp_ + "), not the article's"
                                      : "unknown: no date in the page's metadata, byline or URL";
  }

  const CleanRules& rules_;
  const Document& document_;
  std::vector<Line> lines_;
  Article article_;
  std::string title_text_;
  std::optional<std::string> byline_date_;
  std::optional<std::string> page_stamp_;
};

}  // namespace

std::optional<std::size_t> Article::document_offset(std::size_t text_offset) const {
  for (const auto& block : blocks) {
    if (text_offset < block.span.begin || text_offset > block.span.end) continue;
    if (!block.document_begin) return std::nullopt;
    return *block.document_begin + (text_offset - block.span.begin);
  }
  return std::nullopt;
}

std::vector<const Block*> Article::paragraphs() const {
  std::vector<const Block*> out;
  for (const auto& block : blocks)
    if (block.kind == Block::Kind::kParagraph) out.push_back(&block);
  return out;
}

Cleaner::Cleaner(const std::filesystem::path& data_dir)
    : rules_(CleanRules::load(data_dir / "clean" / "rules.tsv")) {}
Cleaner::~Cleaner() = default;
Cleaner::Cleaner(Cleaner&&) noexcept = default;
Cleaner& Cleaner::operator=(Cleaner&&) noexcept = default;

Article Cleaner::clean(const Document& document) const {
  return ArticleBuilder(*rules_, document).build();
}

}  // namespace dyad
