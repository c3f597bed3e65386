// The parser model, read when a sentence is first parsed. Reading its 17.7 MB and building its
// tables is the largest part of dyad's start-up (~40 ms of CPU in a fresh process), and a run
// where no sentence needs a parse (none names two actors with the words of some event pattern:
// a short article, foreign dictionaries' patterns, `dyad actors`) does not need it at all.
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>

#include "parse/model.h"

namespace dyad::parse {

class LazyModel {
 public:
  // Checks the file now (Model::check), so a missing, truncated or wrong-version model still
  // fails where the data is loaded; throws as Model::check does.
  explicit LazyModel(std::filesystem::path file);

  // The model, loaded by the first call; thread-safe (other callers wait for that load). A load
  // that fails (a checksum mismatch) throws as Model::load does, at this call and the next ones.
  const Model& get() const;

 private:
  std::filesystem::path file_;
  mutable std::once_flag once_;
  mutable std::optional<Model> model_;
};

}  // namespace dyad::parse
