// Converts Reuters-21578 SGML (reut2-*.sgm) to JSON Lines for `dyad code`, one story a line:
//   {"id":"reuters-<NEWID>","title":…,"date":"YYYY-MM-DD","source":"Reuters","text":…}
// through the ingest stage's reader (src/ingest/reuters.h: the same documents `dyad code` reads
// from the .sgm files themselves, dateline first and paragraphs unwrapped). Stories that are
// not articles (TYPE="UNPROC" tables) are skipped and counted.
// Usage: reuters_to_jsonl OUT.jsonl|- FILE.sgm...
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus_text.h"
#include "ingest/reuters.h"

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
  std::size_t stories = 0, written = 0, skipped = 0, files = 0;
  for (int i = 2; i < argc; ++i) {
    std::string data;
    try {
      data = dyad::bench::read_file(argv[i]);
    } catch (const std::exception& e) {
      std::cerr << "reuters_to_jsonl: " << e.what() << "\n";
      return 1;
    }
    ++files;
    for (const auto& story : dyad::read_reuters_sgml(data, argv[i])) {
      ++stories;
      if (!story.document) {
        ++skipped;
        continue;
      }
      const dyad::Document& doc = *story.document;
      nlohmann::ordered_json record;
      record["id"] = doc.id;
      if (doc.meta.title) record["title"] = *doc.meta.title;
      if (doc.meta.date) record["date"] = *doc.meta.date;
      record["source"] = "Reuters";
      record["text"] = doc.text;
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
            << " written, " << skipped << " skipped (not articles)\n";
  return 0;
}
