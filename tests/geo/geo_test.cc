// Where an event happened: the gazetteer's choice among places sharing a name, and the
// locative on the dependency parse, on sentences written for each form and parsed by hand (the
// fields a parse stage fills: upos, deprel, head).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "geo/locate.h"
#include "geo/place_targets.h"
#include "geo/places.h"

namespace dyad {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer instance(DYAD_DATA_DIR);
  return instance;
}

using Countries = std::vector<std::string>;

TEST(Gazetteer, AmbiguousNamesPreferTheActorsCountries) {
  ASSERT_NE(gazetteer().resolve("Tripoli", {}), nullptr);
  EXPECT_EQ(gazetteer().resolve("Tripoli", {})->country, "LBY");  // the capital before a city
  EXPECT_EQ(gazetteer().resolve("Tripoli", {"LBN"})->country, "LBN");
  EXPECT_EQ(gazetteer().resolve("Tripoli", {"FRA", "LBN"})->type, "city");
  EXPECT_EQ(gazetteer().resolve("Georgia", {"RUS"})->country, "GEO");  // the country first
  EXPECT_EQ(gazetteer().resolve("Georgia", {"RUS"})->type, "country");
  EXPECT_EQ(gazetteer().resolve("Georgia", {"USA"})->type, "region");  // the US state
  EXPECT_EQ(gazetteer().resolve("GEORGIA", {"USA"})->country, "USA");  // any case
}

TEST(Gazetteer, KnowsTheActorsNamesForCountriesAndCapitals) {
  EXPECT_EQ(gazetteer().resolve("Republic of Azerbaijan", {})->name, "Azerbaijan");
  EXPECT_EQ(gazetteer().resolve("the Gaza Strip", {})->country, "PSE");
  EXPECT_EQ(gazetteer().resolve("Washington, D.C.", {})->type, "capital");
  EXPECT_EQ(gazetteer().capital_of("SYR")->name, "Damascus");
  EXPECT_EQ(gazetteer().demonym_country("Syrian"), "SYR");
  EXPECT_EQ(gazetteer().demonym_country("table"), "");
  EXPECT_EQ(gazetteer().resolve("March", {}), nullptr);  // a month, not the English town
  EXPECT_EQ(gazetteer().resolve("Narnia", {}), nullptr);
}

TEST(Gazetteer, KnowsTheNamesEnglishNewsGivesTowns) {
  // data/geo/english_names.tsv: other transliterations and English forms of GeoNames' names.
  EXPECT_EQ(gazetteer().resolve("Deraa", {})->name, gazetteer().resolve("Daraa", {})->name);
  EXPECT_EQ(gazetteer().resolve("Deraa", {})->country, "SYR");
  EXPECT_EQ(gazetteer().resolve("Kobani", {})->name, "\u2018Ayn al \u2018Arab");
  EXPECT_EQ(gazetteer().resolve("Misrata", {})->country, "LBY");
  EXPECT_EQ(gazetteer().resolve("Kiev", {})->name, "Kyiv");
  EXPECT_EQ(gazetteer().resolve("Odesa", {})->country, "UKR");  // not Odessa, Texas
  EXPECT_EQ(gazetteer().resolve("Palmyra", {})->name, "Tadmur");
  // The gazetteer's own spelling, without accents and article, needs no row.
  EXPECT_EQ(gazetteer().resolve("Fallujah", {})->country, "IRQ");
}

TEST(Gazetteer, AnEnglishNameForAPlaceItDoesNotHaveIsAnError) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad_geo_english_names";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "geo");
  std::filesystem::create_directories(dir / "actors");
  for (const char* file :
       {"geo/places.tsv", "geo/regions.tsv", "actors/countries.tsv", "actors/countries_extra.tsv"})
    std::filesystem::copy_file(std::filesystem::path(DYAD_DATA_DIR) / file, dir / file);
  std::ofstream(dir / "geo" / "english_names.tsv") << "Narnia Town\tCair Paravel\tSYR\n";
  try {
    Gazetteer gazetteer(dir);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("english_names.tsv:1: no place 'Cair Paravel' in SYR"),
              std::string::npos)
        << e.what();
  }
  std::filesystem::remove_all(dir);
}

// One word of a hand-parsed sentence: head is the index of its head word, -1 for the root.
struct Word {
  const char* text;
  int head;
  const char* deprel;
  const char* upos;
};

std::string lower_norm(std::string_view text) {
  std::string norm(text);
  for (char& c : norm) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return norm;
}

struct ParsedSentence {
  Article article;
  Sentence sentence;
  EventSite site;
};

// The sentence the words make (joined by spaces), with the event word at `predicate`, actors at
// `actor_words` and of `countries`.
ParsedSentence parsed(const std::vector<Word>& words, std::size_t predicate,
                      const std::vector<std::size_t>& actor_words, Countries countries) {
  ParsedSentence p;
  for (const auto& w : words) {
    if (!p.article.text.empty()) p.article.text += ' ';
    Token t;
    t.span = {p.article.text.size(), p.article.text.size() + std::string_view(w.text).size()};
    p.article.text += w.text;
    t.norm = lower_norm(w.text);
    t.head = w.head;
    t.deprel = w.deprel;
    t.upos = w.upos;
    p.sentence.tokens.push_back(t);
  }
  p.sentence.span = {0, p.article.text.size()};
  p.site.sentence = &p.sentence;
  p.site.predicate = predicate;
  for (const std::size_t a : actor_words) p.site.actor_tokens.emplace_back(a, a);
  p.site.actor_countries = std::move(countries);
  return p;
}

std::optional<EventPlace> place_of(ParsedSentence& p) {
  p.site.sentence = &p.sentence;
  return EventPlacer(gazetteer()).place(p.article, p.site);
}

TEST(Gazetteer, ATownIsTheLargestOfItsNameOrOneInAnActorsCountry) {
  ASSERT_NE(gazetteer().resolve_town("Tripoli", {}), nullptr);
  EXPECT_EQ(gazetteer().resolve_town("Tripoli", {})->country, "LBY");
  EXPECT_EQ(gazetteer().resolve_town("Tripoli", {"LBN"})->country, "LBN");
  // The gazetteer spells Geneva "Genève": the English name finds only a town of 20,000 in
  // Illinois, which counts only in an American event.
  EXPECT_EQ(gazetteer().resolve_town("Geneva", {"RUS"}), nullptr);
  ASSERT_NE(gazetteer().resolve_town("Geneva", {"USA"}), nullptr);
  EXPECT_EQ(gazetteer().resolve_town("Geneva", {"USA"})->country, "USA");
  EXPECT_EQ(gazetteer().resolve_town("Syria", {}), nullptr);  // a country is no town
  // English news drops the transliteration's accents and the Arabic article.
  ASSERT_NE(gazetteer().resolve_town("Kandahar", {}), nullptr);
  EXPECT_EQ(gazetteer().resolve_town("Kandahar", {})->country, "AFG");
  ASSERT_NE(gazetteer().resolve_town("Fallujah", {}), nullptr);
  EXPECT_EQ(gazetteer().resolve_town("Fallujah", {})->country, "IRQ");
  EXPECT_EQ(gazetteer().resolve("Herat", {})->country, "AFG");  // the locative's lookup too
  EXPECT_EQ(gazetteer().resolve_town("Narnia", {}), nullptr);
}

// Mentions of the towns in `text`, one body sentence of space-separated words, given the actor
// mention at token `actor` (of `country`).
std::vector<ActorMention> place_mentions(const std::string& text, std::size_t actor,
                                         const std::string& country) {
  Article article;
  article.text = text;
  Sentence sentence;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string::npos) end = text.size();
    Token token;
    token.span = {begin, end};
    token.norm = lower_norm(text.substr(begin, end - begin));
    sentence.tokens.push_back(token);
    begin = end + 1;
  }
  sentence.span = {0, text.size()};
  ActorMention mention;
  mention.first_token = mention.last_token = actor;
  mention.code = mention.country = country;
  std::vector<ActorMention> mentions{mention};
  add_place_mentions(article, {sentence}, gazetteer(), mentions);
  return mentions;
}

TEST(PlaceMentions, ATownAfterALowerCaseWordCarriesItsCountry) {
  const auto mentions = place_mentions("Kenyan jets bombed Kismayo and Baidoa on Monday", 0, "KEN");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].text, "Kismayo");
  EXPECT_EQ(mentions[1].code, "SOM");
  EXPECT_TRUE(mentions[1].place && mentions[1].location);
  EXPECT_EQ(mentions[2].first_token, 5u);  // in text order after the actor
}

TEST(PlaceMentions, NotAtTheStartNorInsideALongerName) {
  EXPECT_EQ(place_mentions("Kismayo was quiet as Kenya waited", 4, "KEN").size(), 1u);
  EXPECT_EQ(place_mentions("Kenya praised the Kismayo Port Authority", 0, "KEN").size(), 1u);
  EXPECT_EQ(place_mentions("Kenya praised Governor Kismayo", 0, "KEN").size(), 1u);
}

TEST(Locative, InACityAttachedToTheVerb) {
  auto p = parsed({{"Iran", 3, "nsubj", "PROPN"},
                   {"and", 2, "cc", "CCONJ"},
                   {"Azerbaijan", 0, "conj", "PROPN"},
                   {"held", -1, "root", "VERB"},
                   {"talks", 3, "obj", "NOUN"},
                   {"in", 6, "case", "ADP"},
                   {"Baku", 3, "obl", "PROPN"},
                   {".", 3, "punct", "PUNCT"}},
                  3, {0, 2}, {"IRN", "AZE"});
  const auto where = place_of(p);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place->name, "Baku");
  EXPECT_EQ(where->place->country, "AZE");
  EXPECT_EQ(where->place->type, "capital");
  EXPECT_EQ(where->basis, "locative");
  EXPECT_NEAR(where->place->lat, 40.38, 0.01);
  EXPECT_NEAR(where->place->lon, 49.89, 0.01);
}

TEST(Locative, NearTheBorderWithACountry) {
  auto p = parsed({{"Azerbaijan", 1, "nsubj", "PROPN"},
                   {"shelled", -1, "root", "VERB"},
                   {"Armenia", 1, "obj", "PROPN"},
                   {"near", 5, "case", "ADP"},
                   {"the", 5, "det", "DET"},
                   {"border", 1, "obl", "NOUN"},
                   {"with", 7, "case", "ADP"},
                   {"Iran", 5, "nmod", "PROPN"},
                   {".", 1, "punct", "PUNCT"}},
                  1, {0, 2}, {"AZE", "ARM"});
  const auto where = place_of(p);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place->name, "Iran");
  EXPECT_EQ(where->place->type, "country");
}

TEST(Locative, InTheCapitalOfADemonym) {
  auto p = parsed({{"Russia", 1, "nsubj", "PROPN"},
                   {"bombed", -1, "root", "VERB"},
                   {"rebels", 1, "obj", "NOUN"},
                   {"in", 6, "case", "ADP"},
                   {"the", 6, "det", "DET"},
                   {"Syrian", 6, "amod", "ADJ"},
                   {"capital", 1, "obl", "NOUN"},
                   {".", 1, "punct", "PUNCT"}},
                  1, {0}, {"RUS"});
  const auto where = place_of(p);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place->name, "Damascus");
  EXPECT_EQ(where->place->country, "SYR");
}

TEST(Locative, ANameCompoundedToACommonNounAndAMultiWordName) {
  auto province = parsed({{"Turkey", 1, "nsubj", "PROPN"},
                          {"attacked", -1, "root", "VERB"},
                          {"Kurds", 1, "obj", "PROPN"},
                          {"in", 5, "case", "ADP"},
                          {"Idlib", 5, "compound", "PROPN"},
                          {"province", 1, "obl", "NOUN"}},
                         1, {0, 2}, {"TUR"});
  ASSERT_TRUE(place_of(province));
  EXPECT_EQ(place_of(province)->place->name, "Idlib");
  auto city = parsed({{"Israel", 1, "nsubj", "PROPN"},
                      {"hosted", -1, "root", "VERB"},
                      {"Egypt", 1, "obj", "PROPN"},
                      {"in", 5, "case", "ADP"},
                      {"Tel", 5, "compound", "PROPN"},
                      {"Aviv", 1, "obl", "PROPN"}},
                     1, {0, 2}, {"ISR", "EGY"});
  ASSERT_TRUE(place_of(city));
  EXPECT_EQ(place_of(city)->place->name, "Tel Aviv");
}

TEST(Locative, OnTheVerbAPredicateNounBelongsTo) {
  // The event word is "talks"; "in Yerevan" hangs on "held", which talks is the object of.
  auto p = parsed({{"Iran", 1, "nsubj", "PROPN"},
                   {"held", -1, "root", "VERB"},
                   {"talks", 1, "obj", "NOUN"},
                   {"with", 4, "case", "ADP"},
                   {"Armenia", 2, "nmod", "PROPN"},
                   {"in", 6, "case", "ADP"},
                   {"Yerevan", 1, "obl", "PROPN"}},
                  2, {0, 4}, {"IRN", "ARM"});
  const auto where = place_of(p);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->place->name, "Yerevan");
}

TEST(Locative, OnThePredicatesObject) {
  auto p = parsed({{"Iran", 1, "nsubj", "PROPN"},
                   {"held", -1, "root", "VERB"},
                   {"talks", 1, "obj", "NOUN"},
                   {"in", 4, "case", "ADP"},
                   {"Baku", 2, "nmod", "PROPN"}},
                  1, {0}, {"IRN"});
  ASSERT_TRUE(place_of(p));
  EXPECT_EQ(place_of(p)->place->name, "Baku");
}

TEST(Locative, APlaceOfAnotherWordIsNotTheEvents) {
  // "in Baku" tells where the embassy is, not where Iran condemned Azerbaijan.
  auto p = parsed({{"Iran", 6, "nsubj", "PROPN"},
                   {",", 0, "punct", "PUNCT"},
                   {"whose", 3, "nmod:poss", "PRON"},
                   {"embassy", 0, "acl:relcl", "NOUN"},
                   {"in", 4, "case", "ADP"},
                   {"Baku", 3, "nmod", "PROPN"},
                   {"condemned", -1, "root", "VERB"},
                   {"Azerbaijan", 6, "obj", "PROPN"}},
                  6, {0, 7}, {"IRN", "AZE"});
  EXPECT_FALSE(place_of(p));
}

TEST(Locative, APlaceInsideALocativePhrase) {
  auto p = parsed({{"Serbs", 1, "nsubj", "PROPN"},
                   {"killed", -1, "root", "VERB"},
                   {"Albanians", 1, "obj", "PROPN"},
                   {"in", 5, "case", "ADP"},
                   {"a", 5, "det", "DET"},
                   {"gunbattle", 1, "obl", "NOUN"},
                   {"in", 8, "case", "ADP"},
                   {"southern", 8, "amod", "ADJ"},
                   {"Serbia", 5, "nmod", "PROPN"}},
                  1, {0, 2}, {"SRB", "ALB"});
  ASSERT_TRUE(place_of(p));
  EXPECT_EQ(place_of(p)->place->name, "Serbia");
  auto capital = parsed({{"Rebels", 1, "nsubj", "NOUN"},
                         {"bombed", -1, "root", "VERB"},
                         {"Russians", 1, "obj", "PROPN"},
                         {"in", 5, "case", "ADP"},
                         {"the", 5, "det", "DET"},
                         {"capital", 1, "obl", "NOUN"},
                         {"Kabul", 5, "appos", "PROPN"}},
                        1, {0, 2}, {"RUS"});
  ASSERT_TRUE(place_of(capital));
  EXPECT_EQ(place_of(capital)->place->name, "Kabul");
}

TEST(Locative, OnTheNounAParticipleModifies) {
  // The parser's reading of "Lebanon arrested Syrians in Tripoli": arrested as an adjective.
  auto p = parsed({{"Lebanon", 1, "nsubj", "PROPN"},
                   {"arrested", 2, "amod", "VERB"},
                   {"Syrians", -1, "root", "PROPN"},
                   {"in", 4, "case", "ADP"},
                   {"Tripoli", 2, "nmod", "PROPN"}},
                  1, {0, 2}, {"LBN", "SYR"});
  ASSERT_TRUE(place_of(p));
  EXPECT_EQ(place_of(p)->place->country, "LBN");
}

TEST(Locative, AmbiguousNamesFollowTheActors) {
  const std::vector<Word> tripoli = {{"Lebanon", 1, "nsubj", "PROPN"},
                                     {"arrested", -1, "root", "VERB"},
                                     {"Syrians", 1, "obj", "PROPN"},
                                     {"in", 4, "case", "ADP"},
                                     {"Tripoli", 1, "obl", "PROPN"}};
  auto lebanon = parsed(tripoli, 1, {0, 2}, {"LBN", "SYR"});
  EXPECT_EQ(place_of(lebanon)->place->country, "LBN");
  auto unknown = parsed(tripoli, 1, {0, 2}, {});
  EXPECT_EQ(place_of(unknown)->place->country, "LBY");
  const std::vector<Word> georgia = {{"Police", 1, "nsubj", "NOUN"},
                                     {"arrested", -1, "root", "VERB"},
                                     {"protesters", 1, "obj", "NOUN"},
                                     {"in", 4, "case", "ADP"},
                                     {"Georgia", 1, "obl", "PROPN"}};
  auto american = parsed(georgia, 1, {0, 2}, {"USA"});
  EXPECT_EQ(place_of(american)->place->type, "region");
  EXPECT_EQ(place_of(american)->place->country, "USA");
  auto russian = parsed(georgia, 1, {0, 2}, {"RUS"});
  EXPECT_EQ(place_of(russian)->place->country, "GEO");
}

TEST(Locative, TimesOtherPrepositionsAndActorsAreNotPlaces) {
  auto march = parsed({{"Iran", 1, "nsubj", "PROPN"},
                       {"met", -1, "root", "VERB"},
                       {"Armenia", 1, "obj", "PROPN"},
                       {"in", 4, "case", "ADP"},
                       {"March", 1, "obl", "PROPN"}},
                      1, {0, 2}, {"IRN", "ARM"});
  EXPECT_FALSE(place_of(march));  // and never the actors' own countries
  auto from = parsed({{"Iran", 1, "nsubj", "PROPN"},
                      {"expelled", -1, "root", "VERB"},
                      {"diplomats", 1, "obj", "NOUN"},
                      {"from", 4, "case", "ADP"},
                      {"Baku", 1, "obl", "PROPN"}},
                     1, {0}, {"IRN"});
  EXPECT_FALSE(place_of(from));
}

TEST(Dateline, TakesOverWhenNoLocativeAndFollowsTheActors) {
  auto p = parsed({{"Lebanon", 1, "nsubj", "PROPN"},
                   {"condemned", -1, "root", "VERB"},
                   {"Syria", 1, "obj", "PROPN"}},
                  1, {0, 2}, {"LBN", "SYR"});
  p.article.dateline = Dateline{"TRIPOLI, March 5 (Reuters) -", "TRIPOLI", {}};
  const auto where = place_of(p);
  ASSERT_TRUE(where);
  EXPECT_EQ(where->basis, "dateline");
  EXPECT_EQ(where->place->country, "LBN");
}

TEST(Dateline, AnUnparsedSentenceHasOnlyItsDateline) {
  auto p = parsed({{"Iran", -1, "", ""},
                   {"met", -1, "", ""},
                   {"Armenia", -1, "", ""},
                   {"in", -1, "", ""},
                   {"Baku", -1, "", ""}},
                  1, {0, 2}, {"IRN", "ARM"});
  EXPECT_FALSE(place_of(p));
  p.article.dateline = Dateline{"YEREVAN -", "YEREVAN", {}};
  ASSERT_TRUE(place_of(p));
  EXPECT_EQ(place_of(p)->place->name, "Yerevan");
}

}  // namespace
}  // namespace dyad
