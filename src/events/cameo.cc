#include "events/cameo.h"

#include <stdexcept>

#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

CameoTable::CameoTable(const std::filesystem::path& data_dir) {
  const auto file = data_dir / "cameo" / "cameo.tsv";
  read_tsv(file, data_display_name(data_dir, file), 4, 4, [&](const auto& f, const RowLocation&) {
    CameoCode code;
    code.code = std::string(f[0]);
    code.label = std::string(trim(f[1]));
    std::size_t used = 0;
    code.goldstein = std::stod(std::string(f[2]), &used);
    if (used != f[2].size()) throw std::runtime_error("Goldstein value is not a number");
    code.quad_class = std::stoi(std::string(f[3]));
    if (code.code.size() < 2 || code.code.size() > 4 || code.quad_class < 1 || code.quad_class > 4)
      throw std::runtime_error("bad CAMEO code or QuadClass");
    codes_.emplace(code.code, std::move(code));
  });
}

const CameoCode* CameoTable::find(std::string_view code) const {
  const auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
