// The United Nations' principal organs named bare: "the Security Council", "the General Assembly".
#pragma once

#include <string_view>

namespace dyad {

// CAMEO's code for the United Nations, which its organs take.
inline constexpr std::string_view kUnitedNationsCode = "IGOUNO";

// Whether an actor phrase with no country or organisation of its own (an article, then the
// words) names a principal organ of the United Nations as the press names it bare: "the
// Security Council", "a Security Council resolution"'s "a Security Council", "the General
// Assembly". Only in title case: "the security council" in lower case is a national body
// (data/actors/agents.tsv). A national council named shortly before ("Armenia's Security
// Council ... The Security Council said") is found by the reference back first
// (src/actors/actors.cc), so only a council no earlier sentence names is the UN's; and a name
// before the phrase ("the Virginia General Assembly") makes it that place's, which the caller
// checks.
bool names_un_organ(std::string_view phrase);

}  // namespace dyad
