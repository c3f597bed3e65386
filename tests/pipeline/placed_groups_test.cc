// Groups placed by a town (geo/placed_groups.h), through the pipeline up to the places stage, on
// sentences written for each case.
#include <gtest/gtest.h>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

// The mentions of `body` after the places stage, as "text=CODE" for every actor (not places).
std::vector<std::string> actors_of(const std::string& body) {
  static const Pipeline pipeline(DYAD_DATA_DIR);
  Document doc;
  doc.id = "placed";
  doc.text = "Headline For The Test\n\n" + body + "\n";
  const AnalyzedDocument analyzed = pipeline.run(doc, {.last_stage = "places"});
  std::vector<std::string> out;
  for (const ActorMention& m : analyzed.mentions)
    if (m.sentence > 0 && !m.location) out.push_back(m.text + "=" + m.code);
  return out;
}

using Actors = std::vector<std::string>;

TEST(PlacedGroups, AGroupInATownIsThatTownsCountrys) {
  EXPECT_EQ(actors_of("Rebels in Bouake attacked a convoy."), Actors{"Rebels in Bouake=CIVREB"});
  EXPECT_EQ(actors_of("Students in Kirkuk marched on Sunday."),
            Actors{"Students in Kirkuk=IRQEDU"});
  // "in the", and "of": the town's people and offices.
  EXPECT_EQ(actors_of("The residents of Kirkuk stayed at home."),
            Actors{"residents of Kirkuk=IRQCVL"});
}

TEST(PlacedGroups, NotWhoIsOnlyThereNorWhatAnotherOwns) {
  // Troops, tourists and settlers are often from elsewhere; "its" names the militias' owner.
  EXPECT_EQ(actors_of("Soldiers in Kirkuk waited."), Actors{});
  EXPECT_EQ(actors_of("Tourists in Luxor waited."), Actors{});
  EXPECT_EQ(actors_of("Settlers in Hebron waited."), Actors{});
  EXPECT_EQ(actors_of("Iran armed its militias in Tikrit."), Actors{"Iran=IRN"});
}

// A group with a country of its own keeps it: Syrian students in an Iraqi town are Syrian.
TEST(PlacedGroups, AGroupWithACountryKeepsIt) {
  EXPECT_EQ(actors_of("Syrian students in Kirkuk marched."), Actors{"Syrian students=SYREDU"});
}

// "from" a town: where people come from, so their country (who stays abroad comes from home).
TEST(PlacedGroups, PeopleFromATownAreThatTownsCountrys) {
  EXPECT_EQ(actors_of("A missionary from Calgary was arrested."),
            Actors{"missionary from Calgary=CANREL"});
  EXPECT_EQ(actors_of("Tourists from Manchester were kidnapped."),
            Actors{"Tourists from Manchester=GBRCVL"});
  // A region of one state places people as a town does (Ontario, not the Californian town).
  EXPECT_EQ(actors_of("Lawmakers from Ontario asked for an exemption."),
            Actors{"Lawmakers from Ontario=CANLEG"});
}

TEST(PlacedGroups, NotTroopsOfficialsOrAidWorkersFromATown) {
  // A town names a base or a posting, not a nationality; an institution's words are no people.
  EXPECT_EQ(actors_of("Soldiers from Kandahar waited."), Actors{});
  EXPECT_EQ(actors_of("Aid workers from Herat waited."), Actors{});
  EXPECT_EQ(actors_of("Officials from Basra waited."), Actors{});
  EXPECT_EQ(actors_of("A statement from Kirkuk came."), Actors{});
}

}  // namespace
}  // namespace dyad
