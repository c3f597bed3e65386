// The CAMEO event code table (data/cameo/cameo.tsv): labels, Goldstein values, QuadClass.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad {

struct CameoCode {
  std::string code;   // "027"
  std::string label;  // "Appeal for ..."
  double goldstein = 0.0;
  int quad_class = 0;  // 1 verbal cooperation … 4 material conflict
};

// The code of an event the source says it will do ("vowed to expel", "will launch an
// operation", "pledged to provide aid"): CAMEO codes a promised or announced act of force as a
// threat (13) and a promised act of cooperation as an intent to cooperate (03). Verbal events,
// protests and reductions of relations keep their code (a promised boycott is a boycott);
// the result is "" for those.
std::string intended_code(std::string_view code);

// The code of an act the source threatens to do ("threatened to break relations with X"):
// CAMEO's threat to do it (13x: 1313, 1312 sanctions, 134 halt negotiations, 133 protest, 137
// repression, 138x force…); "" for acts whose threat CAMEO does not code (cooperation, verbal
// events). Unlike a promise, an explicit threat to reduce relations is a threat.
std::string threatened_code(std::string_view code);

// The CAMEO code (12x, reject) for refusing to do the cooperative act `code` ("refused to meet"
// is 125, "will not provide aid" 122, "refused to release" 1243); empty when refusing that act
// is no event CAMEO codes.
std::string refused_code(std::string_view code);

// Whether an event of `code` may be done to a place, whose country is then its target ("bombed
// Aleppo", "imposed a curfew in Cizre"): force posture (15), seizing or destroying property
// (171), administrative sanctions such as a curfew (172), an unspecified assault (180) or
// bombing (183), fight (19) and mass violence (20), and the threat of force (138) or the promise
// to refrain from it (0356: "there will be no operation in Idlib"). Arrests, expulsions, abductions
// and assassinations are done to people; words, meetings and aid to actors.
bool done_to_places(std::string_view code);

class CameoTable {
 public:
  // Loads `<data_dir>/cameo/cameo.tsv`; throws std::runtime_error("file:line: …") on bad rows.
  explicit CameoTable(const std::filesystem::path& data_dir);

  // nullptr for a code that is not in CAMEO.
  const CameoCode* find(std::string_view code) const;
  std::size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad
