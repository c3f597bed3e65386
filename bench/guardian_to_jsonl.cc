// Converts the Guardian NGEC sample CSV (Guardian_SDF_sample.csv, unzipped) to JSON Lines for
// `dyad code`. The CSV is parsed with libcsv (RFC 4180: quoted fields, embedded quotes and
// newlines). Columns are found by header name, so a CSV with more or fewer columns works too:
//   id    ← "id", "article_id" or the unnamed first (pandas index) column; else the row number
//   url   ← "url", "link", "web_url"            title ← "title", "headline", "webtitle"
//   date  ← "date", "publication_date", "pub_date", "webpublicationdate" (→ YYYY-MM-DD)
//   text  ← "text", "body", "content"           source ← "source"
// A field the CSV lacks is written as null (the Guardian sample has no url or headline).
// Usage: guardian_to_jsonl OUT.jsonl|- FILE.csv [ID_PREFIX (default guardian)]
#include <csv.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus_text.h"

namespace {

struct Parse {
  std::vector<std::string> row;
  std::vector<std::vector<std::string>> rows;
};

void on_field(void* bytes, std::size_t len, void* data) {
  static_cast<Parse*>(data)->row.emplace_back(static_cast<const char*>(bytes), len);
}

void on_row(int, void* data) {
  auto* parse = static_cast<Parse*>(data);
  parse->rows.push_back(std::move(parse->row));
  parse->row.clear();
}

int column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: guardian_to_jsonl OUT.jsonl|- FILE.csv [ID_PREFIX]\n";
    return 2;
  }
  const std::string out_path = argv[1], csv_path = argv[2];
  const std::string prefix = argc == 4 ? argv[3] : "guardian";
  std::string data;
  try {
    data = dyad::bench::read_file(csv_path);
  } catch (const std::exception& e) {
    std::cerr << "guardian_to_jsonl: " << e.what() << "\n";
    return 1;
  }
  if (data.starts_with("\xEF\xBB\xBF")) data.erase(0, 3);

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    std::cerr << "guardian_to_jsonl: csv_init failed\n";
    return 1;
  }
  Parse parse;
  const bool ok = csv_parse(&parser, data.data(), data.size(), on_field, on_row, &parse) ==
                      data.size() &&
                  csv_fini(&parser, on_field, on_row, &parse) == 0;
  if (!ok) {
    std::cerr << "guardian_to_jsonl: " << csv_path << ": "
              << csv_strerror(csv_error(&parser)) << " (after " << parse.rows.size()
              << " rows)\n";
    csv_free(&parser);
    return 1;
  }
  csv_free(&parser);
  if (parse.rows.empty()) {
    std::cerr << "guardian_to_jsonl: " << csv_path << ": no header row\n";
    return 1;
  }

  std::vector<std::string> header = parse.rows.front();
  for (auto& name : header) {
    name = std::string(dyad::bench::trim(name));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  int id_col = column(header, {"id", "article_id", "doc_id", ""});
  const int url_col = column(header, {"url", "link", "web_url", "weburl"});
  const int title_col = column(header, {"title", "headline", "webtitle"});
  const int date_col =
      column(header, {"date", "publication_date", "pub_date", "webpublicationdate"});
  const int text_col = column(header, {"text", "body", "content", "bodytext"});
  const int source_col = column(header, {"source"});
  if (text_col < 0) {
    std::cerr << "guardian_to_jsonl: " << csv_path << ": no text/body/content column\n";
    return 1;
  }

  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "guardian_to_jsonl: cannot write " << out_path << "\n";
      return 2;
    }
  }
  std::ostream& out = out_path == "-" ? std::cout : file;
  std::size_t written = 0, short_rows = 0, empty_text = 0, repaired = 0;
  std::string clean;
  auto field = [&](const std::vector<std::string>& row, int col) -> nlohmann::ordered_json {
    if (col < 0 || static_cast<std::size_t>(col) >= row.size()) return nullptr;
    repaired += dyad::bench::repair_utf8(row[col], clean) > 0;
    const std::string value(dyad::bench::trim(clean));
    if (value.empty()) return nullptr;
    return value;
  };
  for (std::size_t r = 1; r < parse.rows.size(); ++r) {
    const auto& row = parse.rows[r];
    if (row.size() < header.size()) ++short_rows;
    nlohmann::ordered_json record;
    const nlohmann::ordered_json id = field(row, id_col);
    record["id"] = prefix + "-" + (id.is_string() ? id.get<std::string>() : std::to_string(r));
    record["url"] = field(row, url_col);
    record["title"] = field(row, title_col);
    nlohmann::ordered_json date = field(row, date_col);
    if (date.is_string()) {
      std::string d = date.get<std::string>();
      if (d.size() > 10 && d[4] == '-' && d[7] == '-') d.resize(10);  // "2019-04-10T…" → date
      date = d;
    }
    record["date"] = date;
    record["source"] = field(row, source_col);
    record["text"] = field(row, text_col);
    if (!record["text"].is_string()) {
      ++empty_text;
      continue;
    }
    out << record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    ++written;
  }
  out.flush();
  if (!out) {
    std::cerr << "guardian_to_jsonl: write failed\n";
    return 1;
  }
  std::cerr << "guardian_to_jsonl: " << parse.rows.size() - 1 << " rows, " << written
            << " written";
  if (empty_text) std::cerr << ", " << empty_text << " skipped with empty text";
  if (short_rows) std::cerr << ", " << short_rows << " with missing columns";
  if (repaired) std::cerr << ", " << repaired << " fields with invalid UTF-8 repaired";
  std::cerr << "\n";
  return 0;
}
