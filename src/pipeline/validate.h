// Running a validation suite through the pipeline and scoring it against the expected events.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "compat/foreign_dictionaries.h"
#include "compat/validation_suites.h"

namespace dyad {

class Pipeline;

struct RecordResult {
  const SuiteRecord* record = nullptr;
  std::vector<ExpectedEvent> produced;  // sorted, unique
  bool passed = false;
};

struct SuiteScore {
  std::size_t records = 0, passed = 0;
  std::size_t true_positives = 0, produced = 0, expected = 0;
  double seconds = 0.0;
  std::vector<RecordResult> failures;

  double pass_rate() const { return records ? static_cast<double>(passed) / records : 0.0; }
  double precision() const {
    return produced ? static_cast<double>(true_positives) / produced : 1.0;
  }
  double recall() const { return expected ? static_cast<double>(true_positives) / expected : 1.0; }
  double records_per_second() const { return seconds > 0 ? records / seconds : 0.0; }
};

// The dictionaries a suite is run with: `dictionaries` (the global option) when given, else
// those the suite names, else Validate.project beside the suite file.
ForeignDictionaryFiles suite_dictionaries(const ValidationSuite& suite,
                                          const std::filesystem::path& suite_file,
                                          const std::string& dictionaries);

// Every file of `files`, for the data fingerprint.
std::vector<std::filesystem::path> all_files(const ForeignDictionaryFiles& files);

// A record passes when the set of (source, target, code) it yields equals the expected set.
SuiteScore score_suite(const ValidationSuite& suite, const Pipeline& pipeline);

}  // namespace dyad
