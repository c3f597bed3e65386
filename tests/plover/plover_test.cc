// PLOVER beside CAMEO: the conversion table, and the mode and context words read from the
// sentence, each rule on a sentence written for it.
#include "plover/plover.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.h"

namespace dyad {
namespace {

const PloverCoder& coder() {
  static const PloverCoder instance(DYAD_DATA_DIR);
  return instance;
}

Sentence sentence(const std::string& text) {
  static const Segmenter segmenter(DYAD_DATA_DIR);
  Sentence s;
  s.span = {0, text.size()};
  s.tokens = Segmenter::tokenize(text, 0);
  segmenter.annotate(text, s.tokens);
  return s;
}

// The event's evidence is the whole sentence, stated as a fact unless `modality` says otherwise.
PloverCoding code(const std::string& cameo, const std::string& text,
                  const std::string& modality = "asserted") {
  return coder().code(cameo, sentence(text), {0, text.size()}, modality);
}

using Context = std::vector<std::string>;

TEST(PloverTable, MapsCameoCodesToEventModeAndContext) {
  const auto agree = code("0312", "Russia agreed to cooperate with Iran.");
  EXPECT_EQ(agree.event, "AGREE");
  EXPECT_EQ(agree.context, Context({"military"}));
  EXPECT_EQ(code("042", "Aliyev visited Tehran.").event, "CONSULT");
  EXPECT_EQ(code("042", "Aliyev visited Tehran.").mode, "visit");  // from the table
  EXPECT_EQ(code("0841", "Iran freed the sailors.").mode, "release");
  // The table's cross-root rows: an embargo is COERCE, occupying territory COERCE.
  EXPECT_EQ(code("163", "The EU imposed an embargo on Iran.").event, "COERCE");
  EXPECT_EQ(code("192", "Troops occupied the town.").event, "COERCE");
  // YIELD splits: 081-083 CONCEDE, 084-087 RETREAT.
  EXPECT_EQ(code("083", "The government gave in.").event, "CONCEDE");
  EXPECT_EQ(code("0871", "The rebels declared a truce.").event, "RETREAT");
}

TEST(PloverTable, CorrectionsChangeOnlyTheEvent) {
  // data/plover/corrections.tsv: destroying property keeps the table's mode 'seize', and so its
  // event is COERCE, as for seizing or confiscating property (171, 1711).
  const auto razed = code("1712", "Soldiers bulldozed the houses of the villagers.");
  EXPECT_EQ(razed.event, "COERCE");
  EXPECT_EQ(razed.mode, "seize");
  EXPECT_EQ(code("1711", "Police confiscated the farmers' land.").event, "COERCE");
}

TEST(PloverTable, StatementsAndAppealsHaveNoPloverEvent) {
  EXPECT_TRUE(code("010", "Iran said it would respond.").event.empty());
  EXPECT_TRUE(code("020", "Iran appealed to Armenia.").event.empty());
  EXPECT_TRUE(code("020", "Iran appealed to Armenia.").context.empty());
}

TEST(PloverTable, AnUnlistedCodeTakesItsParentsRow) {
  ASSERT_NE(coder().table_row("0874"), nullptr);
  EXPECT_EQ(coder().table_row("1385")->event, "THREATEN");
  EXPECT_EQ(coder().table_row("19"), nullptr);  // a root alone is not an event code
  EXPECT_EQ(coder().table_row("999"), nullptr);
}

TEST(PloverModes, ProtestModeFromTheSentence) {
  EXPECT_EQ(code("140", "Thousands demonstrated in Yerevan against the government.").mode, "demo");
  EXPECT_EQ(code("140", "Protesters rallied outside parliament.").mode, "demo");
  EXPECT_EQ(code("140", "Prisoners went on a hunger strike against the ruling.").mode, "hunger");
  EXPECT_EQ(code("140", "Dockworkers went on strike over the new law.").mode, "boycott");
  EXPECT_EQ(code("140", "Farmers blocked the highway to Baku.").mode, "obstruct");
  EXPECT_EQ(code("140", "Rioters torched cars in the capital.").mode, "riot");
  EXPECT_EQ(code("140", "The opposition objected to the law.").mode, "");
  // The table's own mode wins over the words: a 1411 row is a demonstration.
  EXPECT_EQ(code("1411", "Strikers marched on the palace.").mode, "demo");
}

TEST(PloverModes, AssaultModeFromTheSentence) {
  EXPECT_EQ(code("190", "Gunmen opened fire on a checkpoint.").mode, "firearms");
  EXPECT_EQ(code("190", "Artillery shelled the village overnight.").mode, "heavy-weapons");
  EXPECT_EQ(code("190", "An air strike hit the convoy.").mode, "heavy-weapons");
  EXPECT_EQ(code("180", "A roadside bomb killed two soldiers.").mode, "explosives");
  EXPECT_EQ(code("180", "A suicide bomber struck the market.").mode, "suicide-attack");
  EXPECT_EQ(code("180", "Militants kidnapped three engineers.").mode, "abduct");
  EXPECT_EQ(code("180", "Guards tortured the detainees.").mode, "torture");
  EXPECT_EQ(code("180", "Police beat the demonstrators.").mode, "beat");
  EXPECT_EQ(code("180", "The minister was assassinated.").mode, "assassinate");
  EXPECT_EQ(code("180", "Soldiers raped women in the village.").mode, "sexual");
  // 193 says small arms: artillery in the sentence does not override the table.
  EXPECT_EQ(code("193", "Rebels fought the army with rifles and artillery.").mode, "firearms");
}

TEST(PloverModes, CoerceConsultAndMobilizeModes) {
  EXPECT_EQ(code("170", "Police detained the journalist.").mode, "arrest");
  EXPECT_EQ(code("170", "Authorities imposed a curfew on the city.").mode, "curfew");
  EXPECT_EQ(code("170", "The government declared martial law.").mode, "martial-law");
  EXPECT_EQ(code("170", "Ankara deported the activists.").mode, "deport");
  EXPECT_EQ(code("170", "Customs seized the cargo.").mode, "seize");
  EXPECT_EQ(code("170", "Tehran censored the newspaper.").mode, "censor");
  EXPECT_EQ(code("170", "The court banned the party.").mode, "ban");
  EXPECT_EQ(code("040", "Putin telephoned Erdogan.").mode, "phone");
  EXPECT_EQ(code("040", "Blinken arrived in Baku for talks.").mode, "visit");
  EXPECT_EQ(code("150", "Russia massed troops on the border.").mode, "troops");
  EXPECT_EQ(code("150", "Riot police surrounded the square.").mode, "police");
}

TEST(PloverContexts, ContextsFromTheSentenceJoinTheTables) {
  EXPECT_EQ(code("0312", "Russia agreed to sell Iran weapons and invest in its economy.").context,
            Context({"military", "economic"}));  // the table's first, then the words' in order
  EXPECT_EQ(code("061", "Iran and Iraq signed a trade deal.").context, Context({"economic"}));
  EXPECT_EQ(code("070", "The UN sent humanitarian supplies.").context, Context({"humanitarian"}));
  EXPECT_EQ(code("070", "Turkey took in refugees from Syria.").context, Context({"migration"}));
  EXPECT_EQ(code("111", "The EU criticised the election.").context, Context({"election"}));
  EXPECT_EQ(code("111", "Israel blamed the terrorists.").context, Context({"terrorism"}));
  EXPECT_EQ(code("111", "France condemned Iran's uranium enrichment.").context, Context({"cbrn"}));
  EXPECT_EQ(code("111", "Armenia took Azerbaijan to the court in The Hague.").context,
            Context({"legal"}));
  EXPECT_EQ(code("112", "Washington accused Moscow of hacking the vote.").context,
            Context({"election", "cyber"}));
  EXPECT_EQ(code("111", "The opposition denounced bribery in the ministry.").context,
            Context({"corruption"}));
  EXPECT_EQ(code("111", "Iran criticised Armenia.").context, Context());
  // Whole words only: "armed" is not "army", "arms" not "armistice".
  EXPECT_EQ(code("111", "The armistice talks stalled.").context, Context());
}

TEST(PloverFrames, ThreatsDemandsRefusalsAndOffersFrameTheAction) {
  const auto cut = code("163", "Iran threatened to impose an embargo on Nakhchivan.");
  EXPECT_EQ(cut.event, "THREATEN");
  EXPECT_EQ(cut.mode, "");  // "restrict" was the embargo's mode, not the threat's
  EXPECT_EQ(code("161", "Baku threatened on Monday to break relations with Moscow.").event,
            "THREATEN");
  EXPECT_EQ(code("070", "Syria offered its troops to Lebanon.").event, "AGREE");
  EXPECT_EQ(code("045", "Israel is opposed to French mediation.").event, "REJECT");
  EXPECT_EQ(code("0871", "Bosnian Serbs demanded a truce.").event, "REQUEST");
  EXPECT_EQ(code("060", "Chirac said Iraq must cooperate with the inspectors.").event, "REQUEST");
  // Giving in to demands, and protests or threats that state demands, are not demands.
  EXPECT_EQ(code("080", "Chile accepted the demands of Bolivia.").event, "CONCEDE");
  EXPECT_EQ(code("141", "Students marched in Lima, demanding new elections.").event, "PROTEST");
  EXPECT_EQ(code("138", "Iran threatened force unless its demands were met.").event, "THREATEN");
  // Of two framing words, the first governs the other.
  EXPECT_EQ(code("054", "Chile demanded that Peru refuse to recognize the junta.").event,
            "REQUEST");
  EXPECT_EQ(code("100", "Peru refused to meet the demands of Chile.").event, "REJECT");
  EXPECT_EQ(code("102", "Chile demanded that Peru refuse to recognize Bolivia.").event, "REQUEST");
  // A frame only turns the events it names: a threat to hold talks is no threat in PLOVER.
  EXPECT_EQ(code("040", "Iran threatened to hold talks with Armenia.").event, "CONSULT");
  // Only the evidence counts: the refusal here is another clause's.
  const std::string text = "Iran condemned Azerbaijan, which refused to talk.";
  EXPECT_EQ(coder().code("111", sentence(text), {0, text.find(',')}, "asserted").event, "ACCUSE");
}

TEST(PloverFrames, IntentionsAreAgreementsOrThreats) {
  EXPECT_EQ(code("051", "Portugal will support Turkey.", "future").event, "AGREE");
  EXPECT_EQ(code("051", "Portugal supported Turkey.").event, "SUPPORT");
  EXPECT_EQ(code("040", "The rebels would meet the envoy.", "hypothetical").event, "AGREE");
  EXPECT_EQ(code("1663", "Annan will withdraw the inspectors.", "future").event, "THREATEN");
  EXPECT_EQ(code("190", "Russia will attack.", "future").event, "THREATEN");
  EXPECT_EQ(code("111", "Iran will condemn the drills.", "future").event, "ACCUSE");  // verbal
  EXPECT_EQ(code("190", "Russia reportedly attacked.", "alleged").event, "ASSAULT");
}

TEST(PloverData, BadRowsAreReportedWithTheirLine) {
  testing::TempDir dir;
  const auto data = dir.path() / "data";
  std::filesystem::create_directories(data / "plover");
  std::filesystem::copy_file(std::filesystem::path(DYAD_DATA_DIR) / "plover" / "cameo_plover.tsv",
                             data / "plover" / "cameo_plover.tsv");
  for (const char* file : {"contexts.tsv", "frames.tsv", "corrections.tsv"})
    std::filesystem::copy_file(std::filesystem::path(DYAD_DATA_DIR) / "plover" / file,
                               data / "plover" / file);
  std::ofstream(data / "plover" / "modes.tsv") << "# comment\nPROTEST\tdemo\tRally\n";
  try {
    PloverCoder bad(data);
    FAIL() << "loaded an upper-case phrase";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("data/plover/modes.tsv:2"), std::string::npos) << e.what();
  }
}

TEST(PloverData, ACorrectionOfAnUnknownCodeOrEventIsReported) {
  testing::TempDir dir;
  const auto data = dir.path() / "data";
  std::filesystem::create_directories(data / "plover");
  for (const char* file : {"cameo_plover.tsv", "contexts.tsv", "frames.tsv", "modes.tsv"})
    std::filesystem::copy_file(std::filesystem::path(DYAD_DATA_DIR) / "plover" / file,
                               data / "plover" / file);
  for (const char* row : {"9999\tCOERCE\twhy\n", "1712\tDESTROY\twhy\n"}) {
    std::ofstream(data / "plover" / "corrections.tsv") << "# code\tevent\twhy\n" << row;
    try {
      PloverCoder bad(data);
      FAIL() << "loaded " << row;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("data/plover/corrections.tsv:2"), std::string::npos)
          << e.what();
    }
  }
}

}  // namespace
}  // namespace dyad