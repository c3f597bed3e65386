#include "actors/un_organs.h"

#include <array>

namespace dyad {

bool names_un_organ(std::string_view phrase) {
  for (const std::string_view article : {"the ", "The ", "a ", "A "})
    if (phrase.starts_with(article)) {
      phrase.remove_prefix(article.size());
      break;
    }
  // The organs whose bare names are not also those of national bodies in the press: a country's
  // "National Security Council" or "Trusteeship" names itself so, and ECOSOC is an acronym.
  static constexpr std::array<std::string_view, 2> kOrgans = {"Security Council",
                                                              "General Assembly"};
  for (const std::string_view organ : kOrgans)
    if (phrase == organ) return true;
  return false;
}

}  // namespace dyad
