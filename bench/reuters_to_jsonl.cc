// Converts Reuters-21578 SGML (reut2-*.sgm) to JSON Lines for `dyad code`, one story a line:
//   {"id":"reuters-<NEWID>","title":…,"date":"YYYY-MM-DD","dateline":…,"source":"Reuters","text":…}
// text is the <BODY> with SGML entities decoded and Latin-1 turned into UTF-8; stories with no
// <BODY> (TYPE="BRIEF" and "UNPROC" ones) are skipped and counted.
// Usage: reuters_to_jsonl OUT.jsonl|- FILE.sgm...
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "corpus_text.h"

namespace {

using dyad::bench::decode_sgml_latin1;
using dyad::bench::trim;

// The text between <TAG> and </TAG> inside `block`, or nullopt when the tag is absent.
std::optional<std::string_view> element(std::string_view block, std::string_view tag) {
  const std::string open = "<" + std::string(tag) + ">";
  const std::string close = "</" + std::string(tag) + ">";
  const std::size_t start = block.find(open);
  if (start == std::string_view::npos) return std::nullopt;
  const std::size_t from = start + open.size();
  const std::size_t end = block.find(close, from);
  if (end == std::string_view::npos) return std::nullopt;
  return block.substr(from, end - from);
}

std::string attribute(std::string_view open_tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t at = open_tag.find(key);
  if (at == std::string_view::npos) return {};
  const std::size_t from = at + key.size();
  const std::size_t end = open_tag.find('"', from);
  return std::string(open_tag.substr(from, end == std::string_view::npos ? 0 : end - from));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: reuters_to_jsonl OUT.jsonl|- FILE.sgm...\n";
    return 2;
  }
  const std::string out_path = argv[1];
  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "reuters_to_jsonl: cannot write " << out_path << "\n";
      return 2;
    }
  }
  std::ostream& out = out_path == "-" ? std::cout : file;
  std::size_t stories = 0, written = 0, no_body = 0, bad_date = 0, files = 0;
  for (int i = 2; i < argc; ++i) {
    std::string data;
    try {
      data = dyad::bench::read_file(argv[i]);
    } catch (const std::exception& e) {
      std::cerr << "reuters_to_jsonl: " << e.what() << "\n";
      return 1;
    }
    ++files;
    const std::string_view all(data);
    std::size_t pos = 0;
    while ((pos = all.find("<REUTERS", pos)) != std::string_view::npos) {
      const std::size_t tag_end = all.find('>', pos);
      const std::size_t end = all.find("</REUTERS>", pos);
      if (tag_end == std::string_view::npos || end == std::string_view::npos) break;
      const std::string_view open_tag = all.substr(pos, tag_end - pos);
      const std::string_view block = all.substr(tag_end + 1, end - tag_end - 1);
      pos = end + 10;
      ++stories;
      const auto body = element(block, "BODY");
      if (!body) {
        ++no_body;
        continue;
      }
      nlohmann::ordered_json record;
      record["id"] = "reuters-" + attribute(open_tag, "NEWID");
      if (auto title = element(block, "TITLE"))
        record["title"] = std::string(trim(decode_sgml_latin1(*title)));
      if (auto date = element(block, "DATE")) {
        if (auto iso = dyad::bench::reuters_date(*date)) record["date"] = *iso;
        else ++bad_date;
      }
      if (auto dateline = element(block, "DATELINE")) {
        std::string text(trim(decode_sgml_latin1(*dateline)));
        while (!text.empty() && (text.back() == '-' || text.back() == ' ')) text.pop_back();
        if (!text.empty()) record["dateline"] = text;
      }
      record["source"] = "Reuters";
      record["text"] = std::string(trim(decode_sgml_latin1(*body)));
      out << record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      ++written;
    }
  }
  out.flush();
  if (!out) {
    std::cerr << "reuters_to_jsonl: write failed\n";
    return 1;
  }
  std::cerr << "reuters_to_jsonl: " << files << " files, " << stories << " stories, " << written
            << " written, " << no_body << " skipped with no <BODY>";
  if (bad_date) std::cerr << ", " << bad_date << " with an unparsed <DATE>";
  std::cerr << "\n";
  return 0;
}
