// The CAMEO coders' validation suites: sentences with the events they must yield.
// PETRARCH: peers/petrarch2/PETR.UnitTest.records.xml; TABARI: peers/tabari/Validate.text.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compat/foreign_dictionaries.h"

namespace dyad {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator==(const ExpectedEvent&) const = default;
  bool operator<(const ExpectedEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
};

struct SuiteRecord {
  std::string id;
  std::string date;  // YYYY-MM-DD
  std::string text;
  std::vector<ExpectedEvent> expected;  // empty: the record must yield no event
};

struct ValidationSuite {
  std::vector<SuiteRecord> records;
  // The dictionaries the suite names (PETRARCH's <Environment>), when it names them.
  std::optional<ForeignDictionaryFiles> dictionaries;
};

// By extension: .xml is a PETRARCH records file, anything else a TABARI .text file (read up to
// its "end of the standard validation records" record). Throws std::runtime_error.
ValidationSuite read_validation_suite(const std::filesystem::path& file);

}  // namespace dyad
