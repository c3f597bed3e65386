#include "pipeline/validate.h"

#include <algorithm>
#include <chrono>

#include "pipeline/pipeline.h"

namespace dyad {

namespace {

// The record's text as an article of one paragraph: suite sentences need no cleaning, and the
// cleaner would take a short one for a headline.
Article suite_article(const SuiteRecord& record) {
  Article article;
  article.doc_id = record.id;
  article.text = record.text;
  if (!record.date.empty()) article.date = record.date;
  article.blocks.push_back({Block::Kind::kParagraph, {0, article.text.size()}, 0});
  return article;
}

std::vector<std::string> split_slashes(const std::string& code) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto slash = code.find('/', start);
    parts.push_back(code.substr(start, slash - start));
    if (slash == std::string::npos) return parts;
    start = slash + 1;
  }
}

}  // namespace

ForeignDictionaryFiles suite_dictionaries(const ValidationSuite& suite,
                                          const std::filesystem::path& suite_file,
                                          const std::string& dictionaries) {
  if (!dictionaries.empty()) return find_foreign_dictionaries(dictionaries);
  if (suite.dictionaries) return *suite.dictionaries;
  return find_foreign_dictionaries(suite_file.parent_path() / "Validate.project");
}

std::vector<std::filesystem::path> all_files(const ForeignDictionaryFiles& files) {
  std::vector<std::filesystem::path> all;
  for (const auto* group : {&files.actors, &files.agents, &files.verbs, &files.discards})
    all.insert(all.end(), group->begin(), group->end());
  return all;
}

SuiteScore score_suite(const ValidationSuite& suite, const Pipeline& pipeline) {
  SuiteScore score;
  const auto started = std::chrono::steady_clock::now();
  std::vector<RecordResult> results;
  results.reserve(suite.records.size());
  for (const auto& record : suite.records) {
    const auto coded = pipeline.run_article(suite_article(record));
    RecordResult result{&record, {}, false};
    // TABARI's "[FRO/BIL/SAM]" names several actors at once: one event for each.
    for (const auto& event : coded.events)
      for (const auto& source : split_slashes(coded.mentions[event.source].code))
        for (const auto& target : split_slashes(coded.mentions[event.target].code))
          result.produced.push_back({source, target, event.code()});
    results.push_back(std::move(result));
  }
  score.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (auto& result : results) {
    std::sort(result.produced.begin(), result.produced.end());
    result.produced.erase(std::unique(result.produced.begin(), result.produced.end()),
                          result.produced.end());
    auto expected = result.record->expected;
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    for (const auto& e : expected)
      score.true_positives += std::binary_search(result.produced.begin(), result.produced.end(), e);
    score.expected += expected.size();
    score.produced += result.produced.size();
    ++score.records;
    result.passed = result.produced == expected;
    if (result.passed)
      ++score.passed;
    else
      score.failures.push_back(std::move(result));
  }
  return score;
}

}  // namespace dyad
