// One test per rule family of the actor resolver, on sentences written for the purpose.
#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "actors/analyze.h"
#include "support/temp_dir.h"
#include "util/binary_io.h"

namespace dyad {
namespace {

using testing::analyze;

TEST(Actors, CountryNamesOfficialNamesAndDemonyms) {
  const auto a = analyze(
      "The Republic of Azerbaijan and Armenia met. The Islamic Republic of Iran said it would "
      "help. Azeri and Armenian diplomats spoke.");
  EXPECT_EQ(a.code_of("The Republic of Azerbaijan"), "AZE");
  EXPECT_EQ(a.code_of("Armenia"), "ARM");
  EXPECT_EQ(a.code_of("The Islamic Republic of Iran"), "IRN");
}

TEST(Actors, FormerHoldersOfStateOfficesAreElites) {
  const auto a = analyze(
      "Former Iranian officials met a former French president. The former foreign minister of "
      "Turkey and the ex-army chief of Pakistan spoke. Syrian officials, Iran's former ally, "
      "stayed away.");
  // "former" qualifies another phrase in "Iran's former ally".
  const std::vector<std::pair<std::string, std::string>> expected{
      {"Iranian officials", "IRNELI"},
      {"French president", "FRAELI"},
      {"The former foreign minister of Turkey", "TURELI"},
      {"the ex-army chief of Pakistan", "PAKELI"},
      {"Syrian officials", "SYRGOV"}};
  for (const auto& [text, code] : expected) EXPECT_EQ(a.code_of(text), code) << text;
}

TEST(Actors, AOneWordNameInsideALongerNameIsSomeoneElse) {
  // Tammam Salam (Lebanon) is listed; Abdul Salam Arif is not.
  const auto a = analyze("Abdul Salam Arif ousted Qasim in 1963. Salam met Hariri in Beirut.");
  EXPECT_EQ(a.code_of("Salam"), "LBNGOV");
  EXPECT_EQ(a.codes_of("Salam").size(), 1u);
}

TEST(Actors, AKnownSurnameAfterAnotherGivenNameIsSomeoneElse) {
  // Jens Stoltenberg (NATO) is listed by his surname too; Gerhard Stoltenberg is not.
  const auto a = analyze(
      "German Finance Minister Gerhard Stoltenberg met Lawson. Jens Stoltenberg of NATO spoke "
      "later.");
  EXPECT_EQ(a.code_of("German Finance Minister Gerhard Stoltenberg"), "DEUGOV");
  // The namesake named in full is still the dictionary's (a bare "Stoltenberg" after Gerhard
  // is Gerhard: tests/actors/names_in_context_test.cc).
  EXPECT_EQ(a.code_of("Jens Stoltenberg"), "IGOWSTNAT");
}

TEST(Actors, RegionalDemonymsAreNotTheUnitedStates) {
  const auto a = analyze(
      "Latin American leaders backed Brazil. South American and Central American exporters met "
      "American officials.");
  EXPECT_EQ(a.code_of("Latin American leaders"), "<none>");
  EXPECT_EQ(a.code_of("Latin American"), "<location>");  // a place, not an actor
  EXPECT_EQ(a.code_of("South American"), "<location>");
  EXPECT_EQ(a.code_of("Central American"), "<location>");
  EXPECT_EQ(a.code_of("American officials"), "USAGOV");
  // "New Mexico" is a US state, not Mexico; "New Jersey" not the Channel Island.
  const auto b = analyze("Senators from New Mexico and New Jersey met Mexico's envoy.");
  EXPECT_EQ(b.code_of("New Mexico"), "<location>");
  EXPECT_EQ(b.code_of("New Jersey"), "<location>");
  EXPECT_EQ(b.code_of("Mexico's envoy"), "MEXGOV");
}

TEST(Actors, ACapitalAfterAPossessiveNamesAThing) {
  const auto a = analyze("The opposition's Riyadh agreement demands a transition.");
  EXPECT_EQ(a.code_of("The opposition's Riyadh"), "<none>");
  EXPECT_EQ(a.code_of("Riyadh"), "SAU");  // the name, which the parse shows modifying "agreement"
}

TEST(Actors, ADayBeforeAnOfficeIsNoName) {
  const auto a = analyze(
      "Earlier on Thursday, the US leader spoke. Theresa May, the British prime "
      "minister, replied.");
  EXPECT_EQ(a.code_of("Thursday"), "<none>");
  EXPECT_EQ(a.code_of("the US leader"), "USAGOV");
  EXPECT_EQ(a.code_of("Theresa May"), "GBRGOV");
}

TEST(Actors, CapitalsAndSeatsOfGovernmentAreMetonyms) {
  const auto a = analyze(
      "Tehran and Baku traded accusations while Yerevan kept silent and the "
      "Kremlin urged calm.");
  EXPECT_EQ(a.code_of("Tehran"), "IRN");
  EXPECT_EQ(a.code_of("Baku"), "AZE");
  EXPECT_EQ(a.code_of("Yerevan"), "ARM");
  EXPECT_EQ(a.code_of("the Kremlin"), "RUS");
}

TEST(Actors, CountryPlusAgentInEveryOrder) {
  const auto a = analyze(
      "The Iranian Foreign Ministry protested. Azerbaijan's Foreign Ministry replied. Russian "
      "peacekeepers stayed. The Foreign Ministry of Iran spoke again. The Baku army moved.");
  EXPECT_EQ(a.code_of("The Iranian Foreign Ministry"), "IRNGOV");
  EXPECT_EQ(a.code_of("Azerbaijan's Foreign Ministry"), "AZEGOV");
  EXPECT_EQ(a.code_of("Russian peacekeepers"), "RUSMIL");
  EXPECT_EQ(a.code_of("The Foreign Ministry of Iran"), "IRNGOV");
  EXPECT_EQ(a.code_of("The Baku army"), "AZEMIL");
}

TEST(Actors, HeadOfAdjacentAgentPhrasesDecides) {
  const auto a = analyze("The Deputy Chief of Staff of the Iranian Armed Forces visited Baku.");
  EXPECT_EQ(a.code_of("The Deputy Chief of Staff of the Iranian Armed Forces"), "IRNMIL");
}

TEST(Actors, InternationalOrganisations) {
  const auto a =
      analyze("The United Nations and the European Union called for talks; NATO agreed.");
  EXPECT_EQ(a.code_of("The United Nations"), "IGOUNO");
  EXPECT_EQ(a.code_of("the European Union"), "IGOEEC");
  EXPECT_NE(a.code_of("NATO"), "<none>");
  // An organisation's secretary-general is the organisation; "secretary general" is no general.
  const auto b =
      analyze("Arab League Secretary-General Amr Moussa met Egypt's secretary general of defence.");
  EXPECT_EQ(b.code_of("Arab League Secretary-General Amr Moussa"), "IGOMEAARL");
  EXPECT_EQ(b.code_of("Egypt's secretary general"), "EGYGOV");
}

TEST(Actors, ArmedGroupsAreTheirCountryPlusRebelsOrInsurgents) {
  const auto a = analyze(
      "The Syrian Democratic Forces fought Isis near the border, and Hezbollah warned Israel, "
      "while the Hizbullah Brigades threatened US troops.");
  EXPECT_EQ(a.code_of("The Syrian Democratic Forces"), "SYRREB");  // not Syrian + forces (SYRMIL)
  EXPECT_EQ(a.code_of("Isis"), "SYRINS");
  EXPECT_EQ(a.code_of("Hezbollah"), "LBNREB");
  EXPECT_EQ(a.code_of("the Hizbullah Brigades"), "IRQREB");  // an Iraqi militia: longest wins
}

TEST(Actors, FormerAndRegionalOrganisationsAndLongRunningArmedGroups) {
  const auto a = analyze(
      "The European Community and the Organization of African Unity asked the ILO to help, "
      "while the Tamil Tigers, UNITA and the Moro Islamic Liberation Front rejected talks and "
      "Hizbollah and Islamic Jihad warned the Kosovo Liberation Army.");
  EXPECT_EQ(a.code_of("The European Community"), "IGOEEC");  // the EU's predecessor
  EXPECT_EQ(a.code_of("the Organization of African Unity"), "IGOAFROAU");
  EXPECT_EQ(a.code_of("the ILO"), "IGOUNOLABILO");
  EXPECT_EQ(a.code_of("the Tamil Tigers"), "LKAREB");
  EXPECT_EQ(a.code_of("UNITA"), "AGOREB");
  EXPECT_EQ(a.code_of("the Moro Islamic Liberation Front"), "PHLREB");
  EXPECT_EQ(a.code_of("Hizbollah"), "LBNREB");  // another spelling of Hezbollah
  EXPECT_EQ(a.code_of("Islamic Jihad"), "PSEREB");
  EXPECT_EQ(a.code_of("the Kosovo Liberation Army"), "KSVREB");
  // Archives name states by their former names and demonyms.
  const auto archive = analyze("East German and Kampuchean officials met Zairean troops.");
  EXPECT_EQ(archive.code_of("East German"), "DDR");
  EXPECT_EQ(archive.code_of("Kampuchean officials"), "KHMGOV");
  EXPECT_EQ(archive.code_of("Zairean troops"), "CODMIL");
  // The SPLM, also written "SPLM/A" for the movement and its army.
  EXPECT_EQ(analyze("The SPLM/A met the Sudanese government.").code_of("The SPLM"), "SDNREB");
}

TEST(Actors, RadicalsYouthsAndSuicideBombersAreGroupsOfTheirCountry) {
  const auto a = analyze(
      "Egyptian fundamentalists and Indonesian extremists met Algerian youths, Afghan guerillas "
      "and two Palestinian suicide bombers.");
  EXPECT_EQ(a.code_of("Egyptian fundamentalists"), "EGYRAD");
  EXPECT_EQ(a.code_of("Indonesian extremists"), "IDNRAD");
  EXPECT_EQ(a.code_of("Algerian youths"), "DZACVL");
  EXPECT_EQ(a.code_of("Afghan guerillas"), "AFGREB");             // the common one-l spelling
  EXPECT_EQ(a.code_of("Palestinian suicide bombers"), "PSEREB");  // not bombers (aircraft, MIL)
}

TEST(Actors, JuniorMinistersSecurityChiefsAndOppositionGroups) {
  const auto a = analyze(
      "Kenya's security chief and a Nigerian junior foreign minister met Zimbabwean opposition "
      "groups.");
  EXPECT_EQ(a.code_of("Kenya's security chief"), "KENCOP");
  EXPECT_EQ(a.code_of("a Nigerian junior foreign minister"), "NGAGOV");
  EXPECT_EQ(a.code_of("Zimbabwean opposition groups"), "ZWEOPP");
}

TEST(Actors, AnOfficeInACountryIsThatCountrysOffice) {
  const auto a = analyze(
      "Officials in Ottawa and courts in Norway agreed, while diplomats in Vienna and troops in "
      "Mali were silent.");
  EXPECT_EQ(a.code_of("Officials in Ottawa"), "CANGOV");
  EXPECT_EQ(a.code_of("courts in Norway"), "NORJUD");
  // Diplomats serve abroad and troops are sent abroad: the city or country is only a place.
  EXPECT_EQ(a.code_of("Vienna"), "AUT");
  EXPECT_EQ(a.code_of("Mali"), "MLI");
}

TEST(Actors, APluralOfficeBeforeAListIsTheOfficeOfEachCountry) {
  const auto a = analyze(
      "The ambassadors of Chile, Peru and Bolivia and lawmakers in Ghana or Togo "
      "met in Quito.");
  EXPECT_EQ(a.code_of("The ambassadors of Chile"), "CHLGOV");
  EXPECT_EQ(a.code_of("Peru"), "PERGOV");
  EXPECT_EQ(a.code_of("Bolivia"), "BOLGOV");
  EXPECT_EQ(a.code_of("Togo"), "TGOLEG");
  EXPECT_EQ(a.code_of("Quito"), "ECU");  // past the list
  // One ambassador is one country's; another country later in the sentence keeps its own code.
  const auto b = analyze("The ambassador of Chile and Peru's president met.");
  EXPECT_EQ(b.code_of("Peru's president"), "PERGOV");
  const auto c = analyze("The ambassador of Chile and Peru met.");
  EXPECT_EQ(c.code_of("Peru"), "PER");
  // A possessor begins a phrase of its own.
  const auto d = analyze("Lawmakers in Chile and Peru's decision angered Bolivia.");
  EXPECT_EQ(d.code_of("Peru"), "PER");
}

TEST(Actors, RebelsAndPoliceInACountryAreThatCountrys) {
  const auto a = analyze("Rebels in Chad attacked police in Niger.");
  EXPECT_EQ(a.code_of("Rebels in Chad"), "TCDREB");
  EXPECT_EQ(a.code_of("police in Niger"), "NERCOP");
}

// The people who live in a place are its people; who only stays or watches there is not.
TEST(Actors, CiviliansStudentsAndWorkersInACountryAreThatCountrys) {
  const auto a = analyze("Students in Chile and farmers in Peru marched.");
  EXPECT_EQ(a.code_of("Students in Chile"), "CHLEDU");
  EXPECT_EQ(a.code_of("farmers in Peru"), "PERCVL");
  const auto b = analyze("Hostages in Mali and analysts in Chad spoke.");
  EXPECT_EQ(b.code_of("Mali"), "MLI");
  EXPECT_EQ(b.code_of("Chad"), "TCD");
}

// A group named by a region of one state is that state's; not in a disputed region, and not
// who only stays there.
TEST(Actors, AGroupNamedByARegionOfOneStateIsThatStates) {
  const auto a = analyze("Darfur rebels attacked Chechnya separatists near Kashmir militants.");
  EXPECT_EQ(a.code_of("rebels"), "SDNREB");
  EXPECT_EQ(a.code_of("separatists"), "RUSREB");
  EXPECT_EQ(a.code_of("militants"), "<none>");
  EXPECT_EQ(analyze("Crimea diplomats spoke.").code_of("diplomats"), "<none>");
  // "in" the region, as "in" a country.
  const auto b = analyze("Rebels in Darfur attacked militants in Kashmir.");
  EXPECT_EQ(b.code_of("Rebels in Darfur"), "SDNREB");
  EXPECT_EQ(b.code_of("militants"), "<none>");
  EXPECT_EQ(analyze("Diplomats in Darfur spoke.").code_of("Diplomats in Darfur"), "<none>");
  // A breakaway region's authorities are not its state's.
  EXPECT_EQ(analyze("Abkhazia authorities spoke.").code_of("authorities"), "<none>");
  EXPECT_EQ(analyze("Officials in Abkhazia spoke.").code_of("Officials in Abkhazia"), "<none>");
}

TEST(Actors, TheLeaderInAHyphenatedLedWordIsAnActor) {
  const auto a = analyze("A Saudi-led coalition and US-backed fighters met.");
  EXPECT_EQ(a.code_of("A Saudi-led coalition").substr(0, 3), "SAU");
  for (const auto& m : a.mentions) EXPECT_EQ(m.text.find("US"), std::string::npos) << m.text;
}

TEST(Actors, AnAgentFromACountryHeadingTheSentenceIsThatCountrys) {
  EXPECT_EQ(analyze("Soldiers from Chad crossed the river.").code_of("Soldiers from Chad"),
            "TCDMIL");
  // Later in the sentence "from" names a supplier or a place left: Turkey's own mention.
  const auto a = analyze("Azerbaijan sought drones from Turkey.");
  EXPECT_EQ(a.code_of("Turkey"), "TUR");
}

TEST(Actors, APossessedOfficeBehindATitleModifierIsTheOwnersOffice) {
  EXPECT_EQ(analyze("Russia's first deputy prime minister arrived.")
                .code_of("Russia's first deputy prime minister"),
            "RUSGOV");
  // A Title-case word of the title ("Deputy") may stand between the modifier and the office.
  EXPECT_EQ(analyze("Ghana's new Deputy Prime Minister arrived.")
                .code_of("Ghana's new Deputy Prime Minister"),
            "GHAGOV");
  // Other words between the possessive and an actor keep them apart.
  const auto a = analyze("Trump's suggestion that US troops stay angered Baghdad.");
  EXPECT_EQ(a.code_of("US troops"), "USAMIL");
}

TEST(Actors, DisputedRegionsAreLocationsNotActors) {
  const auto a = analyze("Fighting resumed in Nagorno-Karabakh and Crimea.");
  EXPECT_EQ(a.code_of("Nagorno-Karabakh"), "<location>");
  EXPECT_EQ(a.code_of("Crimea"), "<location>");
}

TEST(Actors, OfficeHoldersAreCodedByTheArticleDate) {
  EXPECT_EQ(analyze("Blinken spoke to reporters.", "2023-06-01").code_of("Blinken"), "USAGOV");
  EXPECT_EQ(analyze("Raisi spoke to reporters.", "2023-06-01").code_of("Raisi"), "IRNGOV");
  // After his death in office Raisi is no longer a sitting president.
  EXPECT_EQ(analyze("Raisi was remembered.", "2024-08-01").code_of("Raisi"), "IRNELI");
}

// data/actors/people_1980_2009.tsv: office holders of archives, read for articles dated before
// 2010 only.
TEST(Actors, ArchiveOfficeHoldersAreCodedInArticlesBefore2010) {
  const auto a = analyze(
      "President Mitterrand met Gorbachev in Paris. Yasser Arafat and Savimbi were not invited.",
      "1988-06-01");
  EXPECT_EQ(a.code_of("President Mitterrand"), "FRAGOV");
  EXPECT_EQ(a.code_of("Gorbachev"), "SUNGOV");
  EXPECT_EQ(a.code_of("Yasser Arafat"), "PSEREB");  // the PLO's chairman, an armed movement
  EXPECT_EQ(a.code_of("Savimbi"), "AGOREB");
  // Arafat headed the Palestinian Authority from 1994; Gorbachev left office in 1991.
  const auto later = analyze("Arafat met Gorbachev and Kostunica.", "2001-05-01");
  EXPECT_EQ(later.code_of("Arafat"), "PSEGOV");
  EXPECT_EQ(later.code_of("Gorbachev"), "SUNELI");
  EXPECT_EQ(later.code_of("Kostunica"), "SRBGOV");
}

// The rule of the mention `text` in an article of `date` names this file.
bool coded_from(const std::string& body, const std::string& text,
                const std::optional<std::string>& date, const std::string& file) {
  for (const auto& m : analyze(body, date).mentions)
    if (m.text == text) return m.rule.find("data/actors/" + file + ":") != std::string::npos;
  return false;
}

// Heads of state and government of Greece, Haiti, Zambia and Fiji, with the coups between them.
TEST(Actors, ArchiveHeadsOfGreeceHaitiZambiaAndFiji) {
  const auto a = analyze(
      "Prime Minister Andreas Papandreou called Chiluba. General Prosper Avril spoke to "
      "Rabuka.",
      "1989-01-15");
  EXPECT_EQ(a.code_of("Prime Minister Andreas Papandreou"), "GRCGOV");
  EXPECT_EQ(a.code_of("Chiluba"), "ZMB");  // president only from 1991: the country alone
  EXPECT_EQ(a.code_of("General Prosper Avril"), "HTIGOV");  // the military government's head
  EXPECT_EQ(a.code_of("Rabuka"), "FJIELI");  // between his military rule and his premiership
  EXPECT_EQ(analyze("Rabuka spoke.", "1987-08-01").code_of("Rabuka"), "FJIMIL");
  // Before any office a person is what the sentence calls them.
  EXPECT_EQ(analyze("Opposition leader Frederick Chiluba spoke.", "1990-06-01")
                .code_of("Opposition leader Frederick Chiluba"),
            "ZMBOPP");
  // Out of office: an elite. "Karamanlis" is the president of 1990-95, then the prime minister
  // of 2004-09.
  const auto later = analyze("Avril spoke.", "2000-01-01");
  EXPECT_EQ(later.code_of("Avril"), "HTIELI");
  EXPECT_EQ(analyze("Karamanlis spoke.", "1992-01-01").code_of("Karamanlis"), "GRCGOV");
  EXPECT_EQ(analyze("Karamanlis spoke.", "2006-01-01").code_of("Karamanlis"), "GRCGOV");
  EXPECT_TRUE(coded_from("Karamanlis spoke.", "Karamanlis", "2006-01-01", "people_1980_2009.tsv"));
}

TEST(Actors, ASurnameSharedAcrossErasIsThePersonOfTheArticlesDate) {
  // George H. W. Bush was president in 1990, out of office in 1995, his son in office in 2005.
  EXPECT_EQ(analyze("Bush spoke.", "1990-06-01").code_of("Bush"), "USAGOV");
  EXPECT_EQ(analyze("Bush spoke.", "1995-06-01").code_of("Bush"), "USAELI");
  EXPECT_EQ(analyze("Bush spoke.", "2005-06-01").code_of("Bush"), "USAGOV");
  EXPECT_EQ(analyze("Gandhi spoke.", "1982-06-01").code_of("Gandhi"), "INDGOV");  // Indira
  // Netanyahu: prime minister 1996-99 (the archive), out of office in 2001, again from 2009
  // (people.tsv).
  const std::string netanyahu = "Netanyahu spoke.";
  EXPECT_EQ(analyze(netanyahu, "1997-06-01").code_of("Netanyahu"), "ISRGOV");
  EXPECT_TRUE(coded_from(netanyahu, "Netanyahu", "1997-06-01", "people_1980_2009.tsv"));
  EXPECT_EQ(analyze(netanyahu, "2001-06-01").code_of("Netanyahu"), "ISRELI");
  EXPECT_EQ(analyze(netanyahu, "2015-06-01").code_of("Netanyahu"), "ISRGOV");
  EXPECT_TRUE(coded_from(netanyahu, "Netanyahu", "2015-06-01", "people.tsv"));
  // Clinton: Bill (the archive) in 1995, Hillary (people.tsv) in 2015, both out of office then.
  EXPECT_TRUE(coded_from("Clinton spoke.", "Clinton", "1995-06-01", "people_1980_2009.tsv"));
  EXPECT_TRUE(coded_from("Clinton spoke.", "Clinton", "2015-06-01", "people.tsv"));
  // Among people.tsv's own: "Lee" is Lee Myung-bak in 2011, Lee Jae-myung in office in 2026.
  EXPECT_EQ(analyze("Lee spoke.", "2011-06-01").code_of("Lee"), "KORGOV");
  EXPECT_EQ(analyze("Lee spoke.", "2020-06-01").code_of("Lee"), "KORELI");
  EXPECT_EQ(analyze("Lee spoke.", "2026-01-01").code_of("Lee"), "KORGOV");
}

TEST(Actors, ArchivePeopleAreNoActorsInLaterOrUndatedArticles) {
  const std::string text = "Gorbachev and Mitterrand spoke. Netanyahu replied.";
  for (const std::optional<std::string>& date :
       {std::optional<std::string>("2015-06-01"), std::optional<std::string>()}) {
    const auto a = analyze(text, date);
    EXPECT_EQ(a.code_of("Gorbachev"), "<none>");
    EXPECT_EQ(a.code_of("Mitterrand"), "<none>");
    EXPECT_EQ(a.code_of("Netanyahu"), "ISRGOV");  // people.tsv's latest office when undated
    EXPECT_TRUE(coded_from(text, "Netanyahu", date, "people.tsv"));
  }
  // An archive name longer than a later phrase does not hide it: "King Hussein" (Jordan's king
  // until 1999) leaves "King" an office in 2015, as without the archive.
  const auto bridge = analyze("King Hussein spoke.", "1995-06-01");
  EXPECT_EQ(bridge.code_of("King Hussein"), "JORGOV");
  for (const auto& m : analyze("King Hussein spoke.", "2015-06-01").mentions)
    EXPECT_EQ(m.rule.find("people_1980_2009"), std::string::npos) << m.text;
}

TEST(ActorLexicon, TheArchiveDateSurvivesTheDataCache) {
  const ActorLexicon built(DYAD_DATA_DIR);
  ByteWriter out;
  built.write(out);
  ByteReader in(out.bytes());
  ActorLexicon cached = ActorLexicon::read(in);
  cached.compile();
  EXPECT_EQ(cached.scan("Gorbachev", "1988-01-01").size(), 1u);
  EXPECT_TRUE(cached.scan("Gorbachev", "2010-01-01").empty());
  EXPECT_TRUE(cached.scan("Gorbachev").empty());
}

TEST(Actors, AnIndefiniteOfficeIsSomeoneNew) {
  const auto a = analyze(
      "The US secretary of state, Mike Pompeo, spoke on Monday. A senior adviser to the Iraqi "
      "prime minister replied. The senior adviser spoke again.");
  for (const auto& m : a.mentions) {
    if (m.text.starts_with("A senior adviser")) {
      EXPECT_NE(m.code, "USAGOV") << m.text;
    }
  }
  // "The senior adviser" refers back: to the last adviser, the Iraqi one.
  EXPECT_EQ(a.code_of("The senior adviser"), "IRQGOV");
}

TEST(Actors, PeopleIntroducedInTheArticleAreFoundAgain) {
  const auto a = analyze(
      "Iran's Deputy Foreign Minister Farhad Zolghadri met officials. Later, Zolghadri spoke. "
      "Hamid Rostampour, the spokesperson for the Iranian Foreign Ministry, agreed. Rostampour "
      "smiled. Iran's Chief of Staff, Karim Nasseri, declared victory. Then Nasseri left.");
  EXPECT_EQ(a.code_of("Iran's Deputy Foreign Minister Farhad Zolghadri"), "IRNGOV");
  EXPECT_EQ(a.code_of("Zolghadri"), "IRNGOV");
  EXPECT_EQ(a.code_of("Hamid Rostampour"), "IRNGOV");
  EXPECT_EQ(a.code_of("Rostampour"), "IRNGOV");
  EXPECT_EQ(a.code_of("Karim Nasseri"), "IRNMIL");
  EXPECT_EQ(a.code_of("Nasseri"), "IRNMIL");
}

TEST(Actors, AppositionGivesAnOfficeItsCountry) {
  const auto a = analyze(
      "The head of the Iranian Armed Forces for Planning, Brigadier General Karim Nasseri, spoke.");
  EXPECT_EQ(a.code_of("Brigadier General Karim Nasseri"), "IRNMIL");
}

TEST(Actors, AnaphoraFindsTheCounterpartsAndPronouns) {
  const auto a = analyze(
      "Iran's foreign minister met his Armenian counterpart. He said talks went well. The Azeri "
      "foreign minister praised Iran. The Iranian official agreed.");
  EXPECT_EQ(a.code_of("his Armenian counterpart"), "ARMGOV");
  EXPECT_EQ(a.code_of("He"), "IRNGOV");
  EXPECT_EQ(a.code_of("The Azeri foreign minister"), "AZEGOV");
  EXPECT_EQ(a.code_of("The Iranian official"), "IRNGOV");
}

TEST(Actors, DefiniteOfficeRefersBackToThePersonHoldingOne) {
  const auto a = analyze(
      "Foreign Minister Hossein Amir Abdollahian spoke on Sunday. The senior diplomat made the "
      "remarks in a call with Jeyhun Bayramov.");
  EXPECT_EQ(a.code_of("The senior diplomat"), "IRNGOV");
}

TEST(Actors, PluralOfficesAreNotAntecedentsOfHe) {
  const auto a = analyze("Kanaani met reporters. Azerbaijani officials waited. He left.");
  EXPECT_EQ(a.code_of("He"), "IRNGOV");
}

TEST(Actors, BareOfficeTakesTheCountryOfTheSameOfficeJustNamed) {
  const auto a = analyze(
      "Azerbaijan's Foreign Ministry summoned the Iranian ambassador. The Foreign Ministry said "
      "the flight was a provocation.");
  EXPECT_EQ(a.codes_of("The Foreign Ministry"), (std::vector<std::string>{"AZEGOV"}));
}

TEST(Actors, APeopleAfterADemonymIsNoOfficeHoldersName) {
  const auto a = analyze(
      "The leader of the Iraqi Kurds asked for help. Yazidi villagers said the Kurds fled.");
  // No person named "Kurds" was introduced: "the Kurds" are Iraq's, as "the Iraqi Kurds" were.
  EXPECT_EQ(a.code_of("The leader of the Iraqi Kurds"), "IRQGOV");
  EXPECT_EQ(a.code_of("the Kurds"), "IRQ");
}

TEST(Actors, APeopleOfSeveralCountriesBelongsToTheOneTheArticleNames) {
  EXPECT_EQ(
      analyze("Iraq held elections. Kurdish fighters left Mosul.").code_of("Kurdish fighters"),
      "IRQREB");
  // Syria is listed before Turkey: the story of Turkey's war on Syria's Kurds names both.
  EXPECT_EQ(analyze("Turkey shelled Syria. Turkey said Kurdish fighters had fled.")
                .code_of("Kurdish fighters"),
            "SYRREB");
  EXPECT_EQ(analyze("Kurdish fighters left the town.").code_of("Kurdish fighters"), "SYRREB");
  // A people has no state army: its forces and troops are rebels, its police stay police.
  EXPECT_EQ(analyze("Kurdish forces left the town.").code_of("Kurdish forces"), "SYRREB");
  EXPECT_EQ(analyze("Iraq held elections. Kurdish troops left Mosul.").code_of("Kurdish troops"),
            "IRQREB");
  EXPECT_EQ(analyze("The Kurdish police arrested him.").code_of("The Kurdish police"), "SYRCOP");
  EXPECT_EQ(analyze("Turkish forces left the town.").code_of("Turkish forces"), "TURMIL");
  // The peoples of Africa's Great Lakes and of Nigeria, too.
  EXPECT_EQ(
      analyze("Burundi held elections. Hutu rebels attacked a village.").code_of("Hutu rebels"),
      "BDIREB");
  // A people has no government: its leaders are the people's (groups_of_people_test.cc).
  EXPECT_EQ(analyze("Yoruba leaders met the president.").code_of("Yoruba leaders"), "NGACVL");
}

TEST(Actors, AnOfficeThatSpeaksTheSentenceRenamesNothing) {
  // ", Defence Minister X said" reports the sentence: X is no minister of Liberia.
  const auto a =
      analyze("France will send troops to a force in Liberia, Defence Minister Jean Dupont said.");
  EXPECT_EQ(a.code_of("Defence Minister Jean Dupont"), "<none>");
  // "…, the foreign minister of Peru, Ana Ruiz, said": an apposition still renames.
  EXPECT_EQ(analyze("Chile met Peru's foreign minister, Ana Ruiz, on Monday.").code_of("Ana Ruiz"),
            "PERGOV");
}

TEST(Actors, CommissionersAreOfficials) {
  const auto a = analyze(
      "Maria Lund, the EU commissioner for trade, flew to Oslo. Lund said talks would go on. She "
      "left on Friday.");
  EXPECT_EQ(a.code_of("Maria Lund"), "IGOEEC");
  EXPECT_EQ(a.code_of("Lund"), "IGOEEC");
  EXPECT_EQ(a.code_of("She"), "IGOEEC");
}

TEST(Actors, AnInstitutionOfAKnownPersonIsThatOfThePersonsCountry) {
  EXPECT_EQ(analyze("The government of Nouri al-Maliki protested.")
                .code_of("The government of Nouri al-Maliki"),
            "IRQGOV");
  EXPECT_EQ(analyze("The army of Bashar al-Assad advanced.").code_of("The army of Bashar al-Assad"),
            "SYRMIL");
  // An office "of" someone is no office of the person's country.
  const auto lawyer = analyze("The lawyer of Bashar al-Assad spoke.");
  EXPECT_EQ(lawyer.code_of("The lawyer of Bashar al-Assad"), "<none>");
  EXPECT_EQ(lawyer.code_of("Bashar al-Assad"), "SYRGOV");
}

TEST(Actors, DatelineCountryForNamedOfficesWithoutOne) {
  Document doc;
  doc.text = "Minister Visits\n\nTEHRAN- Foreign Minister Karim Nasseri flew to Baku on Monday.\n";
  EXPECT_EQ(testing::analyze(doc).code_of("Foreign Minister Karim Nasseri"), "IRNGOV");
}

TEST(Actors, HeadlineWordsAreNotGluedIntoOneActor) {
  Document doc;
  doc.text =
      "Iran Urges Armenia, Azerbaijan to Talk\n\nThe talks are planned for Monday next week.\n";
  const auto a = testing::analyze(doc);
  EXPECT_EQ(a.code_of("Iran"), "IRN");
  EXPECT_EQ(a.code_of("Armenia"), "ARM");
}

TEST(Actors, MentionsCarrySpansRulesAndTokens) {
  const auto a = analyze("Azerbaijan's Foreign Ministry summoned the ambassador.");
  ASSERT_FALSE(a.mentions.empty());
  for (const auto& m : a.mentions) {
    EXPECT_EQ(a.article.text.substr(m.span.begin, m.span.end - m.span.begin), m.text);
    EXPECT_FALSE(m.rule.empty());
    EXPECT_LE(m.first_token, m.last_token);
  }
  EXPECT_NE(a.mentions[0].rule.find("data/actors/agents.tsv:"), std::string::npos);
}

TEST(ActorLexicon, MalformedLinesNameFileAndLine) {
  testing::TempDir dir;
  for (const char* file :
       {"countries.tsv", "countries_extra.tsv", "regions.tsv", "agents.tsv", "international.tsv",
        "armed_groups.tsv", "parties.tsv", "people.tsv", "peoples.tsv", "people_1980_2009.tsv"})
    dir.write(std::string("actors/") + file, "");
  // The message the lexicon refuses the files with (empty when it loads them).
  auto error = [&] {
    try {
      ActorLexicon lexicon(dir.path());
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  dir.write("actors/countries.tsv", "# ok\nIRN\tname\tIran\tcurated\nIR\tname\tIran\tcurated\n");
  EXPECT_EQ(error(), "data/actors/countries.tsv:3: country code must be 3 letters: IR");
  dir.write("actors/countries.tsv", "IRN\tname\tIran\tcurated\n");
  dir.write("actors/peoples.tsv", "SYR IRAQ\tKurdish\twhy\n");
  EXPECT_EQ(error(), "data/actors/peoples.tsv:1: country code must be 3 letters: IRAQ");
  dir.write("actors/peoples.tsv", "SYR IRQ\tKurdish\twhy\n");
  dir.write("actors/people.tsv", "A B\tB\tIRN\tGOV\tminister\t2020-13-01\t\n");
  EXPECT_NE(error(), "");
  dir.write("actors/people.tsv", "A B\tB\tIRN\tGOV\tminister\n");
  EXPECT_NE(error().find("people.tsv:1: expected 7 tab-separated fields, found 5"),
            std::string::npos)
      << error();
}

}  // namespace
}  // namespace dyad
