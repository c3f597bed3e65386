// Clean: Document → Article. Removes page furniture, finds title, date, dateline and credit.
#pragma once

#include <filesystem>
#include <memory>

#include "clean/article.h"
#include "ingest/document.h"

namespace dyad {

class CleanRules;  // compiled data/clean/rules.tsv (clean/rules.h)

class Cleaner {
 public:
  // Loads `<data_dir>/clean/rules.tsv`. Throws std::runtime_error naming file:line on a bad rule.
  explicit Cleaner(const std::filesystem::path& data_dir);
  ~Cleaner();
  Cleaner(Cleaner&&) noexcept;
  Cleaner& operator=(Cleaner&&) noexcept;

  // Thread-safe: a Cleaner is immutable after construction.
  Article clean(const Document& document) const;

 private:
  std::unique_ptr<const CleanRules> rules_;
};

}  // namespace dyad
