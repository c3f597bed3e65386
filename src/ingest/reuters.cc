// Reuters-21578 SGML stories as documents; see reuters.h.
#include "ingest/reuters.h"

#include <cstdio>

#include "ingest/plain_text.h"
#include "util/utf8.h"

namespace dyad {
namespace {

// The code point an entity name (between '&' and ';') stands for, if it is one Reuters uses.
std::optional<std::uint32_t> entity(std::string_view name) {
  if (name == "lt") return '<';
  if (name == "gt") return '>';
  if (name == "amp") return '&';
  if (name == "quot") return '"';
  if (name == "apos") return '\'';
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return std::nullopt;
  std::uint32_t value = 0;
  for (const char c : digits) {
    int d = 0;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    if (value > 0x10FFFF) value = 0x110000;  // clamped; append_clean makes it U+FFFD
  }
  return value;
}

// The text between <TAG> and </TAG> inside `block`; nullopt when either is missing.
std::optional<std::string_view> element(std::string_view block, std::string_view tag) {
  std::string open(1, '<'), close("</");
  open.append(tag) += '>';
  close.append(tag) += '>';
  const std::size_t start = block.find(open);
  if (start == std::string_view::npos) return std::nullopt;
  const std::size_t from = start + open.size();
  const std::size_t end = block.find(close, from);
  if (end == std::string_view::npos) return std::nullopt;
  return block.substr(from, end - from);
}

std::string attribute(std::string_view open_tag, std::string_view name) {
  std::string key(1, ' ');
  key.append(name) += "=\"";
  const std::size_t at = open_tag.find(key);
  if (at == std::string_view::npos) return {};
  const std::size_t from = at + key.size();
  const std::size_t end = open_tag.find('"', from);
  if (end == std::string_view::npos) return {};
  return std::string(open_tag.substr(from, end - from));
}

// The TYPE of the story's <TEXT> element: "" (a story with a body), "BRIEF", "UNPROC".
std::string text_type(std::string_view block) {
  const std::size_t at = block.find("<TEXT");
  if (at == std::string_view::npos) return {};
  const std::size_t end = block.find('>', at);
  return attribute(block.substr(at, end == std::string_view::npos ? 0 : end - at), "TYPE");
}

std::optional<Document> story_document(std::string_view open_tag, std::string_view block,
                                       const std::string& origin, ReutersStory& story) {
  const std::string id = attribute(open_tag, "NEWID");
  std::optional<std::string> title;
  if (const auto tag = element(block, "TITLE")) {
    std::string text(trim(decode_sgml_latin1(*tag)));
    if (!text.empty()) title = std::move(text);
  }
  const auto body = element(block, "BODY");
  const std::string type = text_type(block);
  // A brief is a headline over "Blah blah blah.": the headline is the whole article.
  const bool brief = !body && type == "BRIEF" && title;
  if (!body && !brief) {
    story.not_article = type == "UNPROC";
    story.problem = "Reuters story " + (id.empty() ? std::string("without NEWID") : id) +
                    " has no article text" +
                    (type == "UNPROC" ? std::string(" (TYPE=\"UNPROC\": unprocessed tables)") : "");
    return std::nullopt;
  }
  Document doc;
  doc.id = id.empty() ? origin : "reuters-" + id;
  doc.origin = origin;
  doc.format = "reuters";
  doc.encoding = "iso-8859-1";
  doc.encoding_basis = "Reuters-21578 SGML";
  doc.meta.source = "Reuters";
  if (const auto date = element(block, "DATE"))
    if ((doc.meta.date = reuters_date(*date))) doc.meta.date_source = "Reuters-21578 <DATE>";
  if (brief) {
    doc.text = std::move(*title);
    return doc;
  }
  doc.meta.title = std::move(title);
  // The dateline is printed apart from the body; before it, the clean stage reads it as the
  // story's dateline ("SALVADOR, Feb 26 - Showers continued …").
  if (const auto dateline = element(block, "DATELINE")) {
    const std::string text(trim(decode_sgml_latin1(*dateline)));
    if (!text.empty()) doc.text = text + " ";
  }
  std::string text(trim(decode_sgml_latin1(*body)));
  unwrap_hard_wrapped(text);
  doc.text += text;
  return doc;
}

}  // namespace

void append_clean(std::string& out, std::uint32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') {
    out += static_cast<char>(cp);
  } else if (cp < 0x20 || (cp >= 0x80 && cp < 0xA0)) {
    return;
  } else if (cp == 0x7F) {
    out += ' ';
  } else if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    append_utf8(out, 0xFFFD);
  } else {
    append_utf8(out, cp);
  }
}

std::string decode_sgml_latin1(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '&') {
      const std::size_t semi = in.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10)
        if (const auto cp = entity(in.substr(i + 1, semi - i - 1))) {
          append_clean(out, *cp);
          i = semi;
          continue;
        }
    }
    append_clean(out, static_cast<unsigned char>(in[i]));  // a Latin-1 byte is its code point
  }
  return out;
}

std::optional<std::string> reuters_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  const std::size_t dash1 = text.find('-');
  if (dash1 == std::string_view::npos || dash1 == 0 || dash1 > 2) return std::nullopt;
  int day = 0;
  for (std::size_t i = 0; i < dash1; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    day = day * 10 + (text[i] - '0');
  }
  if (text.size() < dash1 + 9 || text[dash1 + 4] != '-') return std::nullopt;
  const std::string month_name = upper_ascii(text.substr(dash1 + 1, 3));
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  int month = 0;
  for (int m = 0; m < 12; ++m)
    if (month_name == kMonths[m]) month = m + 1;
  const std::string_view year = text.substr(dash1 + 5, 4);
  for (const char c : year)
    if (c < '0' || c > '9') return std::nullopt;
  if (month == 0 || day < 1 || day > 31) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*s-%02d-%02d", 4, year.data(), month, day);
  return std::string(buffer);
}

bool looks_like_reuters_sgml(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  return head.find("<!DOCTYPE lewis") != std::string_view::npos ||
         head.find("<REUTERS ") != std::string_view::npos;
}

std::vector<ReutersStory> read_reuters_sgml(std::string_view sgml, const std::string& path) {
  std::vector<ReutersStory> stories;
  for (std::size_t pos = sgml.find("<REUTERS"); pos != std::string_view::npos;
       pos = sgml.find("<REUTERS", pos)) {
    ReutersStory story;
    story.offset = pos;
    const std::string origin = path + "@" + std::to_string(pos);
    const std::size_t tag_end = sgml.find('>', pos);
    const std::size_t end = sgml.find("</REUTERS>", pos);
    const std::size_t next = sgml.find("<REUTERS", pos + 1);
    if (tag_end == std::string_view::npos || end == std::string_view::npos ||
        (next != std::string_view::npos && next < end)) {
      story.problem = "Reuters story not closed by </REUTERS>";
      stories.push_back(std::move(story));
      pos = next;
      if (pos == std::string_view::npos) break;
      continue;
    }
    const std::string_view open_tag = sgml.substr(pos, tag_end - pos);
    const std::string_view block = sgml.substr(tag_end + 1, end - tag_end - 1);
    story.document = story_document(open_tag, block, origin, story);
    stories.push_back(std::move(story));
    pos = end + 10;
  }
  return stories;
}

}  // namespace dyad
