#include "util/tsv.h"

#include <fstream>
#include <stdexcept>

namespace dyad {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const auto tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

void read_tsv(
    const std::filesystem::path& path, const std::string& display, std::size_t min_columns,
    std::size_t max_columns,
    const std::function<void(const std::vector<std::string_view>&, const RowLocation&)>& row) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(display + ": cannot open");
  std::string line;
  RowLocation location{display, 0};
  while (std::getline(in, line)) {
    ++location.line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    if (fields.size() < min_columns || fields.size() > max_columns)
      throw std::runtime_error(
          location.str() + ": expected " + std::to_string(min_columns) +
          (min_columns == max_columns ? "" : "-" + std::to_string(max_columns)) +
          " tab-separated fields, found " + std::to_string(fields.size()));
    try {
      row(fields, location);
    } catch (const std::exception& e) {
      const std::string message = e.what();
      if (message.starts_with(location.str())) throw;
      throw std::runtime_error(location.str() + ": " + message);
    }
  }
}

std::string data_display_name(const std::filesystem::path& data_dir,
                              const std::filesystem::path& file) {
  return "data/" + file.lexically_relative(data_dir).generic_string();
}

}  // namespace dyad
