#include "compat/validation_suites.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "util/utf8.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

// The suites write a name's words joined by "_", as their dictionaries do ("the Prince of
// Dol_Amroth"): in the text, words joined by "_" are words.
std::string record_text(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 1; i + 1 < out.size(); ++i)
    if (out[i] == '_' && std::isalpha(static_cast<unsigned char>(out[i - 1])) &&
        std::isalpha(static_cast<unsigned char>(out[i + 1])))
      out[i] = ' ';
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : trim(text)) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space && !space) out += ' ';
    if (!is_space) out += c;
    space = is_space;
  }
  return out;
}

// "19950101" or "950101" → "1995-01-01"; other digit strings → "" (no date). Throws
// std::runtime_error on anything but digits.
std::string suite_date(std::string digits) {
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw std::runtime_error("date '" + digits + "' is not YYYYMMDD or YYMMDD");
  if (digits.size() == 6) digits = (std::stoi(digits.substr(0, 2)) < 50 ? "20" : "19") + digits;
  if (digits.size() != 8) return {};
  return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string out = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return out;
}

bool named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

ValidationSuite read_petrarch(const fs::path& file) {
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadFile(file.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR),
      &xmlFreeDoc);
  if (!doc) throw std::runtime_error(file.string() + ": not a readable XML records file");
  ValidationSuite suite;
  ForeignDictionaryFiles files;
  auto visit = [&](auto&& self, xmlNode* node) -> void {
    for (; node; node = node->next) {
      if (named(node, "Verbfile"))
        files.verbs.push_back(file.parent_path() / collapse_spaces(node_text(node)));
      if (named(node, "Actorfile"))
        files.actors.push_back(file.parent_path() / collapse_spaces(node_text(node)));
      if (named(node, "Agentfile"))
        files.agents.push_back(file.parent_path() / collapse_spaces(node_text(node)));
      if (named(node, "Discardfile"))
        files.discards.push_back(file.parent_path() / collapse_spaces(node_text(node)));
      if (named(node, "Sentence")) {
        SuiteRecord record;
        record.id = attribute(node, "id");
        try {
          record.date = suite_date(attribute(node, "date"));
        } catch (const std::runtime_error& e) {
          throw std::runtime_error(file.string() + ": <Sentence id=\"" + record.id +
                                   "\">: " + e.what());
        }
        for (xmlNode* child = node->children; child; child = child->next) {
          if (named(child, "Text")) record.text = record_text(collapse_spaces(node_text(child)));
          if (named(child, "EventCoding")) {
            ExpectedEvent e{attribute(child, "sourcecode"), attribute(child, "targetcode"),
                            attribute(child, "eventcode")};
            if (!e.code.empty() && e.code != "---") record.expected.push_back(e);
          }
        }
        suite.records.push_back(std::move(record));
        continue;
      }
      self(self, node->children);
    }
  };
  visit(visit, xmlDocGetRootElement(doc.get()));
  if (!files.actors.empty() && !files.verbs.empty()) suite.dictionaries = files;
  return suite;
}

// TABARI records: "950101  DEMO-01", the text, then "/* … { ARN / GON / 064 } … */".
ValidationSuite read_tabari(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  static const std::regex kHeader(R"(^(\d{6,8})\s+(\S+)\s*$)");
  static const std::regex kEvent(R"(\{\s*([^/{}]+?)\s*/\s*([^/{}]+?)\s*/\s*([^/{}]+?)\s*\})");
  ValidationSuite suite;
  std::string line;
  std::optional<SuiteRecord> record;
  std::string text, comment;
  bool in_comment = false;
  auto finish = [&] {
    if (!record) return;
    record->text = record_text(collapse_spaces(text));
    const bool option = comment.find("OPTION") != std::string::npos;
    for (auto it = std::sregex_iterator(comment.begin(), comment.end(), kEvent);
         it != std::sregex_iterator(); ++it)
      record->expected.push_back({(*it)[1], (*it)[2], (*it)[3]});
    if (!option && !record->text.empty()) suite.records.push_back(std::move(*record));
    record.reset();
    text.clear();
    comment.clear();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (in_comment) {
      comment += line + "\n";
      if (line.find("*/") != std::string::npos) in_comment = false;
      continue;
    }
    std::smatch header;
    if (std::regex_match(line, header, kHeader)) {
      finish();
      record = SuiteRecord{header[2], suite_date(header[1]), "", {}};
      continue;
    }
    if (!record || line.starts_with("#")) continue;
    if (const auto open = line.find("/*"); open != std::string::npos) {
      text += line.substr(0, open);
      comment = line.substr(open) + "\n";
      in_comment = line.find("*/", open) == std::string::npos;
      continue;
    }
    if (line.find("This is the end of the standard validation records") != std::string::npos) {
      record.reset();
      break;
    }
    text += line + "\n";
  }
  finish();
  return suite;
}

}  // namespace

ValidationSuite read_validation_suite(const fs::path& file) {
  return file.extension() == ".xml" ? read_petrarch(file) : read_tabari(file);
}

}  // namespace dyad
