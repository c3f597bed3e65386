// Reading TABARI/PETRARCH dictionary files line by line, without their comments.
#pragma once

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "compat/foreign_dictionaries.h"
#include "util/utf8.h"

namespace dyad {

// Lines of a dictionary file without comments ("#", TABARI's ";", and XML <!-- -->), with
// their line numbers; blank lines dropped.
class DictionaryLines {
 public:
  explicit DictionaryLines(const std::filesystem::path& file) : in_(file), file_(file.string()) {
    if (!in_) throw std::runtime_error(file_ + ": cannot open dictionary");
  }

  bool next(std::string& line) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++number_;
      if (in_xml_comment_) {
        const auto close = raw.find("-->");
        if (close == std::string::npos) continue;
        raw.erase(0, close + 3);
        in_xml_comment_ = false;
      }
      for (std::size_t open; (open = comment_open(raw)) != std::string::npos;) {
        const auto close = raw.find("-->", open + 2);
        if (close == std::string::npos) {
          raw.erase(open);
          in_xml_comment_ = true;
          break;
        }
        raw.erase(open, close + 3 - open);
      }
      if (const auto comment = comment_start(raw); comment != std::string::npos) raw.erase(comment);
      const auto text = trim(raw);
      if (text.empty()) continue;
      line = std::string(text);
      return true;
    }
    return false;
  }

  std::string where() const { return file_ + ":" + std::to_string(number_); }

 private:
  // Where an XML comment opens: "<!--", or "<! --" as a hand-edited PETRARCH file spells it
  // (PETR.Validate.actors.txt), which must not read as the start of a <SECTION>.
  static std::size_t comment_open(const std::string& raw) {
    for (std::size_t open = raw.find("<!"); open != std::string::npos;
         open = raw.find("<!", open + 1)) {
      const auto dashes = raw.find_first_not_of(" \t", open + 2);
      if (dashes != std::string::npos && raw.compare(dashes, 2, "--") == 0) return open;
    }
    return std::string::npos;
  }

  std::ifstream in_;
  std::string file_;
  int number_ = 0;
  bool in_xml_comment_ = false;
};

}  // namespace dyad
