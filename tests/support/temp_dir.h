// Test helpers: a scratch directory and a collector for ingest callbacks.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace dyad::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("dyad-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

 private:
  std::filesystem::path path_;
};

struct Collected {
  std::vector<Document> documents;
  std::vector<IngestError> errors;
  std::vector<NotAnArticle> not_articles;
};

inline Collected ingest_all(const std::vector<std::filesystem::path>& inputs,
                            IngestOptions options = {}) {
  Collected out;
  IngestCallbacks callbacks;
  callbacks.on_document = [&](Document&& doc) { out.documents.push_back(std::move(doc)); };
  callbacks.on_error = [&](IngestError&& error) { out.errors.push_back(std::move(error)); };
  callbacks.on_not_article = [&](NotAnArticle&& file) {
    out.not_articles.push_back(std::move(file));
  };
  ingest(inputs, options, callbacks);
  return out;
}

}  // namespace dyad::testing
