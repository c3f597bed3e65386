#include "events/cameo.h"

#include <algorithm>
#include <stdexcept>

#include "util/tsv.h"
#include "util/utf8.h"

namespace dyad {

bool done_to_places(std::string_view code) {
  // An unspecified assault; abduction (181), physical assault (182) and assassination (185, 186)
  // are done to people.
  if (code == "180") return true;
  for (const std::string_view root : {"0356", "138", "15", "171", "172", "183", "19", "20"})
    if (code.starts_with(root)) return true;
  return false;
}

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

namespace {

// The entry of `table` for the third digit of `code` (CAMEO's sub-kind: economic, military, …);
// table[0] when the code has none or one past the table.
template <std::size_t N>
std::string by_kind(std::string_view code, const char* const (&table)[N]) {
  const int kind = code.size() >= 3 ? code[2] - '0' : 0;
  return kind >= 1 && kind < static_cast<int>(N) ? table[kind] : table[0];
}

}  // namespace

std::string intended_code(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view root = code.substr(0, 2);
  const std::string_view sub = code.substr(0, std::min<std::size_t>(code.size(), 3));
  if (root == "04") return "036";  // visit, meet, negotiate
  if (root == "05") return "032";  // diplomatic cooperation
  // 06 and 07 by kind (economic, military, judicial or humanitarian, intelligence or protection).
  if (root == "06") {  // material cooperation
    static const char* const kIntent[] = {"031", "0311", "0312", "0313", "0314"};
    return by_kind(code, kIntent);
  }
  if (root == "07") {  // aid
    static const char* const kIntent[] = {"033", "0331", "0332", "0333", "0334"};
    return by_kind(code, kIntent);
  }
  if (root == "08") {
    if (sub == "081") return "0351";  // ease administrative sanctions
    if (sub == "084") return "0353";  // release persons or property
    if (sub == "085") return "0354";  // ease economic sanctions
    if (sub == "086") return "0355";  // allow international involvement
    if (sub == "087") return "0356";  // de-escalate
    return "035";
  }
  if (root == "17") return "137";   // repression
  if (sub == "191") return "1381";  // blockade
  if (sub == "192") return "1382";  // occupation
  if (root == "18") return "1383";  // unconventional violence
  if (root == "19") return "1384";  // conventional attack
  if (root == "20") return "138";   // mass violence
  return {};
}

std::string threatened_code(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view root = code.substr(0, 2);
  const std::string_view sub = code.substr(0, std::min<std::size_t>(code.size(), 3));
  if (root == "16") {                 // reduce relations, by what is cut
    if (sub == "161") return "1313";  // reduce or break relations
    if (sub == "162") return "1311";  // reduce or stop aid
    if (sub == "163") return "1312";  // boycott, embargo or sanctions
    if (sub == "164") return "134";   // halt negotiations
    if (sub == "165") return "135";   // halt mediation
    if (sub == "166") return "136";   // halt international involvement
    return "131";
  }
  if (root == "14") return "133";  // political dissent, protest
  if (root == "11" || root == "12" || root == "15") return "130";
  return intended_code(code);  // force and repression, as for an announced attack
}

std::string refused_code(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view root = code.substr(0, 2);
  const std::string_view sub = code.substr(0, std::min<std::size_t>(code.size(), 3));
  if (root == "04") return "125";  // a meeting or talks: reject the proposal to meet
  if (sub == "057") return "127";  // an agreement: reject the plan or agreement
  if (root == "05") return "120";
  if (root == "06") {  // material cooperation, by kind (economic, military)
    if (sub == "061") return "1211";
    if (sub == "062") return "1212";
    return "121";
  }
  if (root == "07") {  // aid: reject the (stated or implied) request for it, by kind
    static const char* const kReject[] = {"122", "1221", "1222", "1223", "1224"};
    return by_kind(code, kReject);
  }
  if (root == "08") {                // yielding: refuse to yield, by what is not given up
    if (sub == "083") return "123";  // political reform
    static const char* const kRefuse[] = {"124",  "1241", "1242", "124",
                                          "1243", "1244", "1245", "1246"};
    return by_kind(code, kRefuse);
  }
  return {};
}

const CameoCode* CameoTable::find(std::string_view code) const {
  const auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
