// Running a validation suite through the pipeline and scoring it against the expected events.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compat/validation_suites.h"

namespace dyad {

namespace cli {
class Pipeline;
}

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

// A record passes when the set of (source, target, code) it yields equals the expected set.
SuiteScore score_suite(const ValidationSuite& suite, const cli::Pipeline& pipeline);

}  // namespace dyad
