// Reading dyad's tab-separated data files: comments, fixed columns, errors naming file:line.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Where a row came from, as it appears in rule ids and messages: "data/events/appeal.tsv:41".
struct RowLocation {
  std::string file;  // display name, e.g. "data/events/appeal.tsv"
  int line = 0;
  std::string str() const { return file + ":" + std::to_string(line); }
};

// Splits on tabs, keeping empty fields.
std::vector<std::string_view> split_tabs(std::string_view line);

// Calls `row` for every non-blank, non-# line of `path`. A row whose field count is outside
// [min_columns, max_columns] throws std::runtime_error("<display>:<line>: ..."), as does any
// exception `row` throws (its message is prefixed with the location).
void read_tsv(
    const std::filesystem::path& path, const std::string& display, std::size_t min_columns,
    std::size_t max_columns,
    const std::function<void(const std::vector<std::string_view>&, const RowLocation&)>& row);

// "data/" + the path relative to the data directory, for display.
std::string data_display_name(const std::filesystem::path& data_dir,
                              const std::filesystem::path& file);

}  // namespace dyad
