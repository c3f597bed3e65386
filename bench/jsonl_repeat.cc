// Writes COPIES copies of a corpus as one JSON Lines file for `dyad code`, with fresh ids: copy 0
// keeps each article's id, copy k (k ≥ 1) gets "<id>~<k>", so every line of an N× corpus is a
// distinct article. Inputs are .jsonl files (one article a line; a line without "id" gets
// "<stem>:<line>", as dyad would name it) or plain text files (one article each, id = file stem,
// the whole file as "text"). Directories are not walked: pass files (a shell glob will do).
// Usage: jsonl_repeat OUT.jsonl|- COPIES INPUT...
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus_text.h"

namespace {

struct Record {
  std::string id_json_prefix;  // {"id":"<id>   (no closing quote: the copy suffix goes next)
  std::string rest;            // ",…}" — every other field, as JSON
};

Record make_record(nlohmann::ordered_json object, const std::string& fallback_id) {
  std::string id = fallback_id;
  if (auto it = object.find("id"); it != object.end()) {
    if (it->is_string()) id = it->get<std::string>();
    else if (it->is_number()) id = it->dump();
    object.erase(it);
  }
  std::string quoted = nlohmann::ordered_json(id).dump(-1, ' ', false,
                                               nlohmann::ordered_json::error_handler_t::replace);
  quoted.pop_back();  // drop the closing quote
  std::string rest = object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  rest = rest.size() > 2 ? "\"," + rest.substr(1) : "\"}";
  return {"{\"id\":" + quoted, std::move(rest)};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: jsonl_repeat OUT.jsonl|- COPIES INPUT...\n";
    return 2;
  }
  const std::string out_path = argv[1];
  char* end = nullptr;
  const long copies = std::strtol(argv[2], &end, 10);
  if (*end != '\0' || copies < 1) {
    std::cerr << "jsonl_repeat: COPIES must be a positive integer, not " << argv[2] << "\n";
    return 2;
  }
  std::vector<Record> records;
  for (int i = 3; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    std::string data;
    try {
      data = dyad::bench::read_file(path.string());
    } catch (const std::exception& e) {
      std::cerr << "jsonl_repeat: " << e.what() << "\n";
      return 1;
    }
    const std::string stem = path.stem().string();
    if (path.extension() == ".jsonl") {
      std::size_t line_number = 0, pos = 0;
      while (pos < data.size()) {
        std::size_t eol = data.find('\n', pos);
        if (eol == std::string::npos) eol = data.size();
        const std::string_view line(data.data() + pos, eol - pos);
        pos = eol + 1;
        ++line_number;
        if (dyad::bench::trim(line).empty()) continue;
        auto object = nlohmann::ordered_json::parse(line, nullptr, false);
        if (!object.is_object()) {
          std::cerr << "jsonl_repeat: " << path.string() << ":" << line_number
                    << ": not a JSON object, skipped\n";
          continue;
        }
        records.push_back(make_record(std::move(object), stem + ":" + std::to_string(line_number)));
      }
    } else {
      std::string text;
      dyad::bench::repair_utf8(data, text);
      records.push_back(make_record(nlohmann::ordered_json{{"text", text}}, stem));
    }
  }
  std::ofstream file;
  std::vector<char> buffer(1 << 20);
  if (out_path != "-") {
    file.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "jsonl_repeat: cannot write " << out_path << "\n";
      return 2;
    }
  }
  std::ostream& out = out_path == "-" ? std::cout : file;
  std::size_t bytes = 0;
  for (long k = 0; k < copies; ++k) {
    std::string suffix;  // (built in two steps: '"~" + to_string' trips a false -Wrestrict in g++ 12)
    if (k > 0) {
      suffix = "~";
      suffix += std::to_string(k);
    }
    for (const auto& record : records) {
      out << record.id_json_prefix << suffix << record.rest << '\n';
      bytes += record.id_json_prefix.size() + suffix.size() + record.rest.size() + 1;
    }
  }
  out.flush();
  if (!out) {
    std::cerr << "jsonl_repeat: write failed\n";
    return 1;
  }
  std::cerr << "jsonl_repeat: " << records.size() << " articles × " << copies << " = "
            << records.size() * static_cast<std::size_t>(copies) << " lines, " << bytes
            << " bytes\n";
  return 0;
}
