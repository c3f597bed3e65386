#include "parse/conllu.h"

#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>
#include <stdexcept>
#include <string_view>

namespace dyad::parse {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> columns;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return columns;
    start = tab + 1;
  }
}

bool parse_int(std::string_view text, int& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

void finish(ConlluSentence& sentence, std::vector<ConlluSentence>& out, const std::string& name,
            int line_number) {
  if (sentence.words.empty() && sentence.comments.empty() && sentence.extra.empty()) return;
  if (sentence.words.empty())
    throw std::runtime_error(name + ":" + std::to_string(line_number) + ": sentence without words");
  const int size = static_cast<int>(sentence.words.size());
  for (const auto& word : sentence.words)
    if (word.head < 0 || word.head > size)
      throw std::runtime_error(name + ":" + std::to_string(line_number) + ": HEAD " +
                               std::to_string(word.head) + " outside the sentence");
  out.push_back(std::move(sentence));
  sentence = {};
}

}  // namespace

std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name) {
  std::vector<ConlluSentence> sentences;
  ConlluSentence current;
  std::string line;
  int number = 0;
  auto fail = [&](const std::string& cause) {
    throw std::runtime_error(name + ":" + std::to_string(number) + ": " + cause);
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish(current, sentences, name, number);
      continue;
    }
    if (line.front() == '#') {
      std::string_view comment(line);
      comment.remove_prefix(1);
      if (!comment.empty() && comment.front() == ' ') comment.remove_prefix(1);
      current.comments.emplace_back(comment);
      continue;
    }
    const auto columns = split_tabs(line);
    if (columns.size() != 10)
      fail("expected 10 tab-separated columns, found " + std::to_string(columns.size()));
    const std::string_view id = columns[0];
    if (id.find_first_of("-.") != std::string_view::npos) {
      current.extra.push_back({current.words.size(), line});
      continue;
    }
    int value = 0;
    if (!parse_int(id, value) || value != static_cast<int>(current.words.size()) + 1)
      fail("word ID \"" + std::string(id) + "\" out of sequence");
    ConlluWord word;
    word.form = columns[1];
    word.lemma = columns[2];
    word.upos = columns[3];
    word.xpos = columns[4];
    word.feats = columns[5];
    if (columns[6] == "_")
      word.head = 0;
    else if (!parse_int(columns[6], word.head))
      fail("HEAD \"" + std::string(columns[6]) + "\" is not a number");
    word.deprel = columns[7];
    word.deps = columns[8];
    word.misc = columns[9];
    current.words.push_back(std::move(word));
  }
  finish(current, sentences, name, number + 1);
  return sentences;
}

std::vector<ConlluSentence> read_conllu_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  return read_conllu(in, file.string());
}

void write_conllu(std::ostream& out, const ConlluSentence& sentence) {
  auto column = [&](const std::string& value) -> std::ostream& {
    return out << (value.empty() ? std::string_view("_") : std::string_view(value));
  };
  for (const auto& comment : sentence.comments) out << "# " << comment << '\n';
  std::size_t next_extra = 0;
  for (std::size_t i = 0; i <= sentence.words.size(); ++i) {
    for (; next_extra < sentence.extra.size() && sentence.extra[next_extra].before == i;
         ++next_extra)
      out << sentence.extra[next_extra].line << '\n';
    if (i == sentence.words.size()) break;
    const ConlluWord& w = sentence.words[i];
    out << i + 1 << '\t';
    column(w.form) << '\t';
    column(w.lemma) << '\t';
    column(w.upos) << '\t';
    column(w.xpos) << '\t';
    column(w.feats) << '\t' << w.head << '\t';
    column(w.deprel) << '\t';
    column(w.deps) << '\t';
    column(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace dyad::parse
