#include "ingest/plain_text.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace dyad {

namespace {

struct Line {
  std::size_t begin = 0, end = 0;  // [begin, end) in the text, without the '\n'
  std::size_t width = 0;           // code points, trailing spaces excluded
  bool blank = false, indented = false;
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line{begin, end, 0, true, false};
    std::size_t last = end;
    while (last > begin && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    for (std::size_t i = begin; i < last; ++i)
      line.width += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    line.blank = last == begin;
    line.indented = !line.blank && (text[begin] == ' ' || text[begin] == '\t');
    lines.push_back(line);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

// Wrapped text fills its lines to about the same width: the wrap width is the width most long
// lines reach, and most lines come close to it.
std::size_t wrap_width(const std::vector<Line>& lines) {
  std::vector<std::size_t> widths;
  for (const Line& line : lines)
    if (!line.blank) widths.push_back(line.width);
  if (widths.size() < 4) return 0;
  std::sort(widths.begin(), widths.end());
  const std::size_t width = widths[widths.size() * 9 / 10];
  if (width < 40 || width > 100) return 0;  // longer lines are paragraphs, not wrapped lines
  const auto near = std::count_if(widths.begin(), widths.end(), [&](std::size_t w) {
    return w * 10 >= width * 7 && w <= width + 5;
  });
  return static_cast<std::size_t>(near) * 2 >= widths.size() ? width : 0;
}

bool ends_sentence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '"' ||
                           line.back() == '\'' || line.back() == ')'))
    line.remove_suffix(1);
  return !line.empty() &&
         (line.back() == '.' || line.back() == '!' || line.back() == '?' || line.back() == ':');
}

// A short line cut mid-sentence ("... Draukraftwerke AG of" once a dateline was taken off its
// start) ends in a lower-case letter or a comma; headlines, names and sign-offs rarely do
// before a full-width line.
bool continues_sentence(std::string_view text, const Line& line) {
  std::size_t last = line.end;
  while (last > line.begin && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
  if (last == line.begin) return false;
  const char c = text[last - 1];
  return (c >= 'a' && c <= 'z') || c == ',';
}

}  // namespace

std::size_t unwrap_hard_wrapped(std::string& text) {
  const std::vector<Line> lines = lines_of(text);
  const std::size_t width = wrap_width(lines);
  if (width == 0) return 0;
  std::size_t joined = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& line = lines[i];
    const Line& next = lines[i + 1];
    if (line.blank || next.blank || next.indented) continue;
    // A line well short of the width ended where its writer chose: a paragraph's last line,
    // or a headline, list item or sign-off. One a little short that ends a sentence most
    // likely ended its paragraph too (and a break after a sentence cuts no sentence).
    if (line.width * 10 < width * 7 &&
        !(continues_sentence(text, line) && next.width * 10 >= width * 7))
      continue;
    if (line.width * 100 < width * 85 &&
        ends_sentence(std::string_view(text).substr(line.begin, line.end - line.begin)))
      continue;
    text[line.end] = ' ';
    ++joined;
  }
  return joined;
}

}  // namespace dyad
