// The pipeline library: stages over one analyzed document, rich tokens, the data fingerprint
// and the re-run it decides, the compiled-automaton cache, output formats by name, and
// `dyad actors` going through the same pipeline as `dyad code`.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/parse_stage.h"
#include "pipeline/records.h"
#include "pipeline/sinks.h"
#include "store/export.h"
#include "store/output_format.h"
#include "support/run_dyad.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const Pipeline& pipeline() {
  static const Pipeline instance(DYAD_DATA_DIR);
  return instance;
}

Document document(const std::string& body) {
  Document doc;
  doc.id = "t";
  doc.text = "Headline For The Test\n\n" + body + "\n";
  doc.meta.date = "2024-03-05";
  doc.meta.url = "https://news.example.org/a";
  return doc;
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The words of a token, by text: `tokens[i]` of the first sentence of `analyzed`.
const Token* token_named(const AnalyzedDocument& analyzed, std::size_t sentence,
                         std::string_view text) {
  for (const Token& t : analyzed.sentences.at(sentence).tokens)
    if (analyzed.article.text.substr(t.span.begin, t.span.end - t.span.begin) == text) return &t;
  return nullptr;
}

TEST(ParseStage, SentencesThatCanHoldAnEventGetHeadsAndRelationsOnTheirTokens) {
  const auto analyzed = pipeline().run(
      document("Azerbaijan's army attacked Armenia's villages. The weather was fine. "
               "Azerbaijan was quiet."));
  // Sentence 0 is the headline; 1 names two actors; 2 names none and 3 only one: both are left
  // unparsed (no event can be read off them).
  const Token* army = token_named(analyzed, 1, "army");
  const Token* attacked = token_named(analyzed, 1, "attacked");
  const Token* villages = token_named(analyzed, 1, "villages");
  ASSERT_TRUE(army && attacked && villages);
  EXPECT_EQ(attacked->upos, "VERB");
  EXPECT_EQ(attacked->lemma, "attack");
  EXPECT_EQ(attacked->deprel, "root");
  EXPECT_EQ(attacked->head, -1);
  EXPECT_EQ(army->deprel, "nsubj");
  EXPECT_EQ(villages->deprel, "obj");
  const auto& tokens = analyzed.sentences[1].tokens;
  EXPECT_EQ(&tokens.at(army->head), attacked);
  EXPECT_EQ(&tokens.at(villages->head), attacked);
  const Token* weather = token_named(analyzed, 2, "weather");
  const Token* quiet = token_named(analyzed, 3, "quiet");
  ASSERT_TRUE(weather && quiet);
  EXPECT_TRUE(weather->deprel.empty());
  EXPECT_TRUE(quiet->deprel.empty());
  // A group named before may act: "they" sentences are parsed.
  const auto group = pipeline().run(document("Chad and Niger met. They signed a deal."));
  const Token* signed_ = token_named(group, 2, "signed");
  ASSERT_TRUE(signed_);
  EXPECT_EQ(signed_->deprel, "root");
}

TEST(ParseStage, AnEventWordWithoutTheRestOfItsPatternIsNotParsed) {
  // "held" is the event word of many patterns ("{hold} talks with $T", "{hold} $T hostage"),
  // each needing more words: alone it is no event, so its sentence is not parsed.
  const auto analyzed = pipeline().run(
      document("Azerbaijan's army held Armenia's villages. Azerbaijan's army held talks with "
               "Armenia's army."));
  const Token* held_alone = token_named(analyzed, 1, "held");
  const Token* held_talks = token_named(analyzed, 2, "talks");
  ASSERT_TRUE(held_alone && held_talks);
  EXPECT_TRUE(held_alone->deprel.empty());
  EXPECT_EQ(held_talks->deprel, "obj");
  // Yet the sentence a later "the two countries" takes its actors from is parsed, though no
  // pattern has its words: the coder reads antecedents from parsed subjects.
  const auto antecedent = pipeline().run(
      document("Armenia and Georgia opened a new border crossing. The two countries signed an "
               "agreement on trade."));
  const Token* opened = token_named(antecedent, 1, "opened");
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->deprel, "root");
}

// The events, each with its parse path, and the trace of a document, as one text to compare.
// With `notes_of`, the trace of those sentences only.
std::string coding_of(const AnalyzedDocument& doc, const std::vector<bool>* notes_of = nullptr) {
  std::string out;
  for (const auto& e : doc.events)
    out += doc.mentions[e.source].code + ">" + doc.mentions[e.target].code + ":" + e.code() + " [" +
           e.path + "] " + e.modality + "\n";
  for (const auto& t : doc.trace)
    if (!notes_of || notes_of->at(t.sentence))
      out += std::to_string(t.sentence) + " " + t.verdict + "\n";
  return out;
}

const char* const kReferringArticle =
    "Armenia and Georgia opened a new border crossing. Russia criticised Turkey over it. The two "
    "countries signed an agreement on trade. They met in Tbilisi on Friday. Ethiopia and Eritrea "
    "opened a border crossing. Kenya said it would condemn Somalia. It condemned Uganda too. "
    "Jordan has reopened its embassy in Damascus. Bahrain followed suit. Ghana and Togo opened a "
    "bridge. They later signed a trade deal with Benin.";

TEST(ParseStage, ASentenceWhoseActorsNoPatternCouldReachIsNotParsed) {
  // "{say} to $T" has its words ("said … to") and two actors are named, but Turkey is ten words
  // past the "to": neither the word matcher nor the parse could make it the target, so the
  // sentence is only marked (a later "they" may still read its subject).
  const auto unreachable = pipeline().run(
      document("Russia said exports of grain rose to record levels this year, with Turkey the "
               "largest buyer."));
  EXPECT_EQ(unreachable.sentences_parsed, 0u);
  EXPECT_TRUE(unreachable.parse_on_demand.at(1));
  EXPECT_TRUE(unreachable.events.empty()) << coding_of(unreachable);
  // Force may hit a country through a place in it, however far ("bombed positions … in
  // northern Syria"), but not an actor named in another phrase.
  const auto force_far = pipeline().run(
      document("Turkish jets bombed positions on Monday evening after a long day of diplomatic "
               "meetings with officials from Russia."));
  EXPECT_EQ(force_far.sentences_parsed, 0u);
  const auto force_in = pipeline().run(
      document("Turkish jets bombed positions held by the militia near the border town of Tal "
               "Abyad in northern Syria."));
  EXPECT_EQ(force_in.sentences_parsed, 1u);
  // Beyond the word matcher's gaps the parse still finds a list of targets: that sentence is
  // parsed and coded.
  const auto reachable = pipeline().run(
      document("The United States is asking Britain, France, Germany and other European allies "
               "to take back over 800 fighters."));
  EXPECT_EQ(reachable.sentences_parsed, 1u);
  for (const char* target : {"GBR", "FRA", "DEU"})
    EXPECT_NE(coding_of(reachable).find(std::string("USA>") + target + ":020"), std::string::npos)
        << coding_of(reachable);
}

TEST(ParseStage, AnAntecedentSentenceIsParsedOnlyWhenALaterSubjectRefersBackToIt) {
  // "opened a new border crossing" is no pattern's words: the sentence holds no event, but the
  // subject of a later "the two countries" may come from it, so it is marked, not parsed.
  const auto unread =
      pipeline().run(document("Armenia and Georgia opened a new border crossing. Russia "
                              "criticised Turkey over it."));
  const Token* opened = token_named(unread, 1, "opened");
  const Token* criticised = token_named(unread, 2, "criticised");
  ASSERT_TRUE(opened && criticised);
  EXPECT_EQ(criticised->deprel, "root");
  // "it" is no subject here: nothing refers back, and the first sentence stays unparsed.
  EXPECT_TRUE(opened->deprel.empty());
  EXPECT_EQ(unread.sentences_parsed, 1u);
  EXPECT_EQ(unread.tokens_parsed, unread.sentences[2].tokens.size());
  ASSERT_EQ(unread.events.size(), 1u) << coding_of(unread);
  // "The two countries" as a subject reads it: then it is parsed.
  const auto read =
      pipeline().run(document("Armenia and Georgia opened a new border crossing. The two "
                              "countries signed an agreement on trade."));
  EXPECT_EQ(read.sentences_parsed, 2u);
  EXPECT_EQ(token_named(read, 1, "opened")->deprel, "root");
  EXPECT_NE(coding_of(read).find("ARM>GEO:057 [nsubj (refers back) (mutual)]"), std::string::npos)
      << coding_of(read);
}

TEST(ParseStage, ParsingAntecedentsOnDemandCodesAsParsingThemAllFirst) {
  std::vector<Document> docs = {document(kReferringArticle)};
  // The parse stage marks, and does not parse, the sentences where no pattern could reach an
  // actor (events/pattern_outlook.h): parsing them too changes no event, and no note of
  // `dyad explain` but that one.
  if (fs::exists(testing::shared_dir() / "samples")) {  // without it, the article above alone
    auto samples = testing::ingest_all(
        {testing::shared_dir() / "samples", testing::shared_dir() / "dev" / "guardian_dev.jsonl"});
    for (auto& doc : samples.documents) docs.push_back(std::move(doc));
  }
  const auto* events = pipeline().stages().at(4).get();
  ASSERT_EQ(events->name(), "events");
  for (const Document& doc : docs) {
    const auto on_demand = pipeline().run(doc, {.trace = true});
    // Every marked sentence parsed before the coder runs: what the parse stage used to do.
    auto all_first = pipeline().run(doc, {.trace = true, .last_stage = "parse"});
    static const parse::Model model =
        parse::Model::load(fs::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model");
    std::size_t marked = 0;
    std::vector<bool> parsed_by_stage(all_first.sentences.size(), true);
    for (std::size_t s = 0; s < all_first.sentences.size(); ++s)
      if (all_first.parse_on_demand[s]) {
        parse_sentence(model, all_first, s);
        parsed_by_stage[s] = false;
        ++marked;
      }
    events->run(all_first);
    // The same events, and the same notes for `dyad explain` on the sentences the stage parsed.
    // A sentence no pattern could reach gives no event either way, but its notes may differ:
    // unparsed, the word matcher is looser (it cannot tell an infinitive's "to").
    EXPECT_EQ(coding_of(on_demand, &parsed_by_stage), coding_of(all_first, &parsed_by_stage))
        << doc.id;
    EXPECT_LE(on_demand.tokens_parsed, all_first.tokens_parsed) << doc.id;
    if (doc.id == "t") {
      EXPECT_EQ(marked, 3u);  // the three "opened" sentences; Kenya's "it" is Kenya
      EXPECT_LT(on_demand.sentences_parsed, all_first.sentences_parsed);
      EXPECT_FALSE(on_demand.events.empty());
    }
  }
}

TEST(ParseStage, TokensTheParserSplitsOrJoinsMapBackOntoDyadsTokens) {
  static const parse::Model model =
      parse::Model::load(fs::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model");
  const std::string text = "Iran didn't reply ... to Al-Zaman.";
  std::vector<Token> tokens = Segmenter::tokenize(text, 0);
  parse_tokens(model, text, tokens);
  auto at = [&](std::string_view word) -> const Token& {
    for (const Token& t : tokens)
      if (text.substr(t.span.begin, t.span.end - t.span.begin) == word) return t;
    throw std::runtime_error("no token " + std::string(word));
  };
  const Token& reply = at("reply");
  EXPECT_EQ(reply.deprel, "root");
  // "didn't" is "did" + "n't": the token speaks as "did", an auxiliary of "reply".
  EXPECT_EQ(at("didn't").upos, "AUX");
  EXPECT_EQ(&tokens.at(at("didn't").head), &reply);
  // "Al-Zaman" is "Al" "-" "Zaman": the token speaks as "Zaman", the head of the three.
  EXPECT_EQ(at("Al-Zaman").upos, "PROPN");
  EXPECT_EQ(&tokens.at(at("Iran").head), &reply);
  for (const Token& t : tokens) EXPECT_LT(t.head, static_cast<int>(tokens.size()));
}

// Where an event happened (issue 18), through every stage: the town an act is done to, and a
// locative on what the act is done to.
TEST(GeoStage, AnEventDoneToATownHappenedThere) {
  const auto doc = pipeline().run(document("Talks failed. Kenyan jets bombed Kismayo on Monday."));
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.places[0].has_value());
  EXPECT_EQ(doc.places[0]->place->name, "Kismayo");
  EXPECT_EQ(doc.places[0]->basis, "target");
}

TEST(GeoStage, ALocativeOnWhatTheActIsDoneTo) {
  const auto doc = pipeline().run(
      document("Talks failed. Kenyan jets killed four Somalis in an attack on a weapons depot "
               "in Baidoa."));
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.places[0].has_value());
  EXPECT_EQ(doc.places[0]->place->name, "Baidoa");
  EXPECT_EQ(doc.places[0]->basis, "locative");
}

TEST(Pipeline, StagesRunInOrderAndStopWhereAsked) {
  std::vector<std::string> names;
  for (const auto& stage : pipeline().stages()) names.emplace_back(stage->name());
  EXPECT_EQ(names, (std::vector<std::string>{"segment", "actors", "places", "parse", "events",
                                             "plover", "geo"}));

  const Document doc = document("Azerbaijan condemned Iran on Monday.");
  const auto whole = pipeline().run(doc);
  EXPECT_FALSE(whole.mentions.empty());
  EXPECT_EQ(whole.events.size(), 1u);
  const auto actors_only = pipeline().run(doc, {.last_stage = "actors"});
  EXPECT_EQ(actors_only.mentions.size(), whole.mentions.size());
  EXPECT_TRUE(actors_only.events.empty());
  const auto with_trace = pipeline().run(doc, {.trace = true});
  EXPECT_FALSE(with_trace.trace.empty());
  EXPECT_TRUE(whole.trace.empty());
}

TEST(Pipeline, TokensCarryTheirNormAndWordClassesOnce) {
  const auto analyzed = pipeline().run(document("The United States’ envoy did not condemn Iran."));
  const auto& body = analyzed.sentences.back();
  std::vector<std::string> norms;
  for (const auto& token : body.tokens) norms.push_back(token.norm);
  EXPECT_EQ(norms, (std::vector<std::string>{"the", "united", "states", "'s", "envoy", "did", "not",
                                             "condemn", "iran", "."}));
  EXPECT_TRUE(body.tokens[0].is(WordClass::kArticle));
  EXPECT_TRUE(body.tokens[6].is(WordClass::kNegation));
  EXPECT_TRUE(body.tokens[9].is(WordClass::kClausePunctuation));
  EXPECT_EQ(body.tokens[8].classes, 0u);
  // The parse stage filled the syntax: "Iran" is the object of "condemn".
  EXPECT_EQ(body.tokens[8].deprel, "obj");
  EXPECT_EQ(body.tokens[8].head, 7);
}

TEST(Pipeline, FingerprintCoversEveryDataFileAndTheVersion) {
  testing::TempDir dir;
  fs::copy(DYAD_DATA_DIR, dir.path() / "data", fs::copy_options::recursive);
  const std::string before = data_fingerprint(dir.path() / "data");
  EXPECT_EQ(before, data_fingerprint(dir.path() / "data"));
  EXPECT_EQ(before, pipeline().fingerprint());
  std::ofstream(dir.path() / "data" / "events" / "11_disapprove.tsv", std::ios::app) << "\n";
  EXPECT_NE(data_fingerprint(dir.path() / "data"), before);
  // Foreign dictionaries enter it too.
  const auto extra = dir.write("Tiny.verbs", "CONDEMN [111]\n");
  EXPECT_NE(data_fingerprint(dir.path() / "data", {extra}), data_fingerprint(dir.path() / "data"));
}

// A load that fails (the parser model's check, the gazetteer, the others) reaches the caller as
// one error naming the file, whichever loads fail and however the pipeline is made.
TEST(Pipeline, DataThatFailsToLoadFailsWithItsOwnError) {
  testing::TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::copy(DYAD_DATA_DIR, data, fs::copy_options::recursive);
  const fs::path model = data / "parse" / "en_ewt.model";
  const fs::path places = data / "geo" / "places.tsv";
  const std::string model_bytes = read_file(model);
  fs::create_directories(dir.path() / "tabari");
  std::ofstream(dir.path() / "tabari" / "Tiny.actors") << "RUSSIA [RUS]\n";
  std::ofstream(dir.path() / "tabari" / "Tiny.verbs") << "CONDEMN [111]\n";
  auto expect_error = [&](const std::string& file, const std::string& cause) {
    for (const bool foreign : {false, true}) {
      try {
        std::ostringstream warnings;
        PipelineOptions options{data.string(), ""};
        if (foreign) options.dictionaries = (dir.path() / "tabari").string();
        make_pipeline(options, warnings);
        ADD_FAILURE() << "loaded without " << file;
      } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(file), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(cause), std::string::npos) << e.what();
      }
    }
  };
  std::ofstream(model, std::ios::binary | std::ios::trunc) << model_bytes.substr(0, 100);
  expect_error(model.string(), "truncated");
  fs::rename(places, dir.path() / "places.tsv");
  expect_error("en_ewt.model", "truncated");  // both fail: the model's error, every time
  std::ofstream(model, std::ios::binary | std::ios::trunc) << model_bytes;
  expect_error("places.tsv", "");
  fs::rename(dir.path() / "places.tsv", places);
  // A load before them fails.
  fs::remove(data / "segment" / "abbreviations.txt");
  expect_error("abbreviations.txt", "cannot open");
}

// The parser model is read when a sentence is first parsed (parse/lazy_model.h), with dyad's data
// and with foreign dictionaries alike: a model damaged inside (its checksum no longer matches,
// which only reading all of it shows) lets a pipeline code an article that needs no parse, and
// fails each one that does, naming the model.
TEST(Pipeline, TheParserModelIsReadWhenASentenceIsFirstParsed) {
  testing::TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::copy(DYAD_DATA_DIR, data, fs::copy_options::recursive);
  const fs::path model = data / "parse" / "en_ewt.model";
  std::string bytes = read_file(model);
  bytes[bytes.size() / 2] ^= 0x5a;
  std::ofstream(model, std::ios::binary | std::ios::trunc) << bytes;
  std::ostringstream warnings;
  const auto pipeline = make_pipeline({data.string(), ""}, warnings);
  const auto quiet = pipeline->run(document("The weather was mild in Moscow on Monday."));
  EXPECT_EQ(quiet.sentences_parsed, 0u);
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      pipeline->run(document("Russia and Turkey signed an agreement on Monday."));
      ADD_FAILURE() << "parsed with a damaged model";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(model.string() + ": corrupt parser model (checksum"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(ParseStage, ExplainShowsTheParseAndThePathOfEachEvent) {
  testing::TempDir dir;
  dir.write("a.txt",
            "Headline For The Test\n\nKenya withdrew its envoy, accusing Uganda of lies.\n");
  const auto run = testing::run_dyad("explain " + (dir.path() / "a.txt").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("parse  Kenya/PROPN nsubj>withdrew"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("EVENT  KEN → UGA  112"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"accusing\" --advcl > nsubj--> \"Kenya\""), std::string::npos)
      << run.out;
}

TEST(ParseStage, ExplainShowsTheParseOfTheSentenceAnAntecedentCameFrom) {
  testing::TempDir dir;
  dir.write("a.txt",
            "Headline For The Test\n\nArmenia and Georgia opened a new border crossing. The two "
            "countries signed an agreement on trade.\n");
  const auto run = testing::run_dyad("explain " + (dir.path() / "a.txt").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("parse  Armenia/PROPN nsubj>opened"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("parse  The/DET det>countries"), std::string::npos) << run.out;
}

// The data-integrity bug this guards: a re-run used to skip a document whose text was unchanged
// even when the rules had changed, leaving events coded by the old rules in the database.
TEST(Pipeline, ReRunRecodesDocumentsCodedUnderOtherDataAndLeavesNothingStale) {
  testing::TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::copy(DYAD_DATA_DIR, data, fs::copy_options::recursive);
  dir.write("in/a.txt", "Headline For The Test\n\nAzerbaijan condemned Iran on Monday.\n");
  dir.write("in/b.txt", "Another Headline Here\n\nTurkey praised Russia on Tuesday.\n");
  const std::string db = (dir.path() / "events.db").string();
  const std::string code =
      "--data " + data.string() + " code " + (dir.path() / "in").string() + " --db " + db;
  const auto first = testing::run_dyad(code);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto cameo_codes = [&] {
    std::multiset<std::string> codes;
    for (const auto& group : open_event_store(db)->events({})) codes.insert(group.cameo);
    return codes;
  };
  EXPECT_EQ(cameo_codes(), (std::multiset<std::string>{"051", "111"}));

  const auto unchanged = testing::run_dyad(code);
  EXPECT_NE(unchanged.err.find("(2 unchanged in"), std::string::npos) << unchanged.err;

  // The rule behind "condemned" now gives 112 (accuse): one file of the data changes.
  const fs::path rules = data / "events" / "11_disapprove.tsv";
  std::string text = read_file(rules);
  const std::string rule = "111\t{condemn} $T\t";
  ASSERT_NE(text.find(rule), std::string::npos);
  text.replace(text.find(rule), rule.size(), "112\t{condemn} $T\t");
  std::ofstream(rules, std::ios::binary | std::ios::trunc) << text;

  const auto rerun = testing::run_dyad(code);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find("2 recoded because the dictionaries, rules or dyad changed"),
            std::string::npos)
      << rerun.err;
  EXPECT_EQ(cameo_codes(), (std::multiset<std::string>{"051", "112"}));
  const auto settled = testing::run_dyad(code);
  EXPECT_NE(settled.err.find("(2 unchanged in"), std::string::npos) << settled.err;
  EXPECT_EQ(settled.err.find("recoded"), std::string::npos) << settled.err;
}

TEST(Pipeline, CompiledActorAutomatonIsCachedAndACorruptCacheIsRebuilt) {
  testing::TempDir cache;
  ASSERT_EQ(setenv("DYAD_CACHE_DIR", cache.path().c_str(), 1), 0);
  const ActorLexicon compiled(DYAD_DATA_DIR);
  EXPECT_FALSE(compiled.loaded_from_cache());
  const ActorLexicon cached(DYAD_DATA_DIR);
  EXPECT_TRUE(cached.loaded_from_cache());
  const std::string text = "Iran's foreign minister met Azerbaijan's president in Baku.";
  ASSERT_EQ(cached.scan(text).size(), compiled.scan(text).size());
  for (const auto& entry : fs::directory_iterator(cache.path()))
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "not an automaton";
  const ActorLexicon rebuilt(DYAD_DATA_DIR);
  EXPECT_FALSE(rebuilt.loaded_from_cache());
  EXPECT_EQ(rebuilt.scan(text).size(), compiled.scan(text).size());
  EXPECT_TRUE(ActorLexicon(DYAD_DATA_DIR).loaded_from_cache());
  ASSERT_EQ(setenv("DYAD_CACHE_DIR", "off", 1), 0);
  EXPECT_FALSE(ActorLexicon(DYAD_DATA_DIR).loaded_from_cache());
  unsetenv("DYAD_CACHE_DIR");
}

std::vector<EventRecord> records_of(const std::string& body) {
  const Document doc = document(body);
  return make_records(doc, pipeline().run(doc));
}

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, separator);) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.emplace_back();
  return fields;
}

TEST(OutputFormats, EachFormatByNameWritesCodedMentionsAndStoredEvents) {
  const auto records = records_of("Azerbaijan condemned Iran on Monday.");
  ASSERT_EQ(records.size(), 1u);
  EventGroup group;
  group.id = 7;
  group.date = "2024-03-05";
  group.source_code = "AZE";
  group.target_code = "IRN";
  group.cameo = "111";
  group.root = "11";
  group.num_mentions = 3;
  group.num_sources = 2;
  group.num_articles = 3;
  StoredMention mention_of_group;
  mention_of_group.record = records[0];
  mention_of_group.outlet = "news.example.org";
  mention_of_group.ingest_date = "2024-03-06";
  group.mentions.push_back(mention_of_group);

  const auto jsonl = make_output_format("jsonl");
  EXPECT_TRUE(jsonl->header().empty());
  const auto mention = nlohmann::json::parse(jsonl->mention_line(records[0], 1));
  EXPECT_EQ(mention["cameo"], "111");
  EXPECT_EQ(mention["source"]["code"], "AZE");
  EXPECT_EQ(nlohmann::json::parse(jsonl->event_line(group))["num_sources"], 2);

  EXPECT_TRUE(make_output_format("gdelt")->header().empty());  // as GDELT's own files
  const auto gdelt = make_output_format("gdelt", {/*header=*/true, /*undated_as_ingest=*/false});
  EXPECT_EQ(split(gdelt->header().substr(0, gdelt->header().size() - 1), '\t').size(), 61u);
  const std::string row = gdelt->mention_line(records[0], 42);
  const auto columns = split(row.substr(0, row.size() - 1), '\t');
  ASSERT_EQ(columns.size(), 61u);
  EXPECT_EQ(columns[0], "42");
  EXPECT_EQ(columns[1], "20240305");
  EXPECT_EQ(columns[26], "111");
  EXPECT_EQ(columns[31], "1");  // NumMentions of a single coded mention
  const std::string event_row = gdelt->event_line(group);
  EXPECT_EQ(split(event_row, '\t')[31], "3");
  EXPECT_EQ(split(event_row, '\t')[59], "20240306000000");  // DATEADDED: the day it was stored

  const auto csv = make_output_format("csv");
  EXPECT_EQ(csv->header(), [] {
    std::string line;
    for (const auto& column : csv_columns()) line += (line.empty() ? "" : ",") + column;
    return line + "\r\n";
  }());
  const std::string csv_row = csv->mention_line(records[0], 5);
  EXPECT_TRUE(csv_row.starts_with("5,2024-03-05,0,AZE,IRN,111,11,")) << csv_row;
  EXPECT_TRUE(csv->event_line(group).starts_with("7,2024-03-05,0,AZE,IRN,111,11,"));

  try {
    make_output_format("xml");
    FAIL() << "an unknown format must be refused";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("jsonl, gdelt, csv"), std::string::npos);
  }
}

TEST(OutputFormats, EveryRecordCarriesPloverAndThePlaceBesideCameo) {
  const auto records = records_of(
      "BAKU, March 5 - Thousands of Armenians demonstrated against Azerbaijan's "
      "military drills. Azerbaijan condemned Iran. Azerbaijan praised Iran.");
  std::vector<nlohmann::json> lines;
  for (const auto& r : records) lines.push_back(to_json(r));
  ASSERT_GE(lines.size(), 2u);
  for (const auto& line : lines) {
    // Every CAMEO field is still there; plover and geo are added beside them.
    for (const char* field : {"cameo", "root", "goldstein", "quad_class", "modality", "rule"})
      EXPECT_TRUE(line.contains(field)) << field;
    ASSERT_TRUE(line.contains("plover"));
    EXPECT_TRUE(line["plover"]["context"].is_array());
    ASSERT_TRUE(line["geo"].is_object()) << line.dump();
    EXPECT_EQ(line["geo"]["name"], "Baku");
    EXPECT_EQ(line["geo"]["basis"], "dateline");  // the sentences are not parsed yet
  }
  const auto find = [&](const std::string& root) {
    for (const auto& line : lines)
      if (line["root"] == root) return line;
    return nlohmann::json();
  };
  EXPECT_EQ(find("11")["plover"]["event"], "ACCUSE");
  EXPECT_EQ(find("05")["plover"]["event"], "SUPPORT");
}

TEST(OutputFormats, SchemesPutPloverInPlaceOfOrBesideCameo) {
  EventRecord r;
  r.date = "2024-03-05";
  r.cameo = "145";
  r.root = "14";
  r.quad_class = 4;
  r.goldstein = -6.5;
  r.plover = {"PROTEST", "riot", {"economic", "military"}};
  r.geo = GeoRecord{"Baku", "AZE", 40.3777, 49.892, "capital", "locative", 587084};
  const auto cells = [](const std::string& line) {
    return split(line.substr(0, line.find_last_not_of("\r\n") + 1), '\t');
  };
  const auto cameo = cells(make_output_format("gdelt")->mention_line(r, 1));
  ASSERT_EQ(cameo.size(), 61u);
  EXPECT_EQ(cameo[26], "145");
  // ActionGeo_Type (4: a city outside the US), FullName, CountryCode, ADM1, ADM2, Lat, Long, ID.
  EXPECT_EQ(std::vector<std::string>(cameo.begin() + 51, cameo.begin() + 59),
            (std::vector<std::string>{"4", "Baku", "AZE", "", "", "40.3777", "49.8920", "587084"}));
  const auto plover =
      cells(make_output_format("gdelt", {.scheme = EventScheme::kPlover})->mention_line(r, 1));
  ASSERT_EQ(plover.size(), 61u);
  EXPECT_EQ(std::vector<std::string>(plover.begin() + 26, plover.begin() + 31),
            (std::vector<std::string>{"PROTEST", "riot", "economic,military", "4", ""}));
  const auto header = cells(
      make_output_format("gdelt", {.header = true, .scheme = EventScheme::kPlover})->header());
  EXPECT_EQ(header[26], "PloverEvent");
  const auto both =
      cells(make_output_format("gdelt", {.scheme = EventScheme::kBoth})->mention_line(r, 1));
  ASSERT_EQ(both.size(), 64u);
  EXPECT_EQ(both[26], "145");
  EXPECT_EQ(both[61], "PROTEST");

  EXPECT_EQ(make_output_format("csv", {.scheme = EventScheme::kPlover})->mention_line(r, 5),
            "5,2024-03-05,0,,,PROTEST,riot,\"economic,military\",1,1,1,,\r\n");
  EXPECT_TRUE(make_output_format("csv", {.scheme = EventScheme::kBoth})
                  ->mention_line(r, 5)
                  .ends_with(",PROTEST,riot,\"economic,military\"\r\n"));
  EXPECT_EQ(csv_columns(EventScheme::kBoth).size(), csv_columns().size() + 3);

  // A statement has no PLOVER event: left out under the plover scheme, kept under the others.
  r.cameo = "010";
  r.plover = {};
  EXPECT_EQ(make_output_format("gdelt", {.scheme = EventScheme::kPlover})->mention_line(r, 1), "");
  EXPECT_EQ(make_output_format("csv", {.scheme = EventScheme::kPlover})->mention_line(r, 1), "");
  EXPECT_FALSE(
      make_output_format("csv", {.scheme = EventScheme::kBoth})->mention_line(r, 1).empty());
  EXPECT_THROW(event_scheme("phoenix"), std::invalid_argument);
}

TEST(OutputFormats, SinksByNameWriteFilesAndTheStore) {
  testing::TempDir dir;
  const Document doc = document("Azerbaijan condemned Iran on Monday.");
  const auto analyzed = pipeline().run(doc);
  const auto records = make_records(doc, analyzed);
  for (const std::string kind : {"jsonl", "gdelt", "csv"}) {
    const auto file = dir.path() / ("out." + kind);
    {
      const auto sink = make_sink(kind, file.string());
      sink->write(doc, analyzed, records, sink->prepare(records));
      sink->finish();
    }
    const std::string written = read_file(file);
    EXPECT_NE(written.find("111"), std::string::npos) << kind << ": " << written;
  }
  const std::string db = (dir.path() / "events.db").string();
  {
    const auto sink = make_sink("db", db, {500, "fingerprint-a"});
    sink->write(doc, analyzed, records, sink->prepare(records));
    sink->finish();
  }
  const StoreSink same(db, {500, "fingerprint-a"});
  EXPECT_EQ(same.stored_as(doc), StoreSink::Stored::kUpToDate);
  const StoreSink other(db, {500, "fingerprint-b"});
  EXPECT_EQ(other.stored_as(doc), StoreSink::Stored::kOtherData);
  Document edited = doc;
  edited.text += "More text.\n";
  EXPECT_EQ(other.stored_as(edited), StoreSink::Stored::kOtherContent);
  EXPECT_THROW(make_sink("yaml", (dir.path() / "x").string()), std::invalid_argument);
}

TEST(ActorsCommand, GoesThroughThePipelineAndHonoursForeignDictionaries) {
  testing::TempDir dir;
  dir.write("dict/Tiny.actors", "ARNOR_  [ARN]\nGONDOR  [GON]\n");
  dir.write("dict/Tiny.agents", "MINISTER_ [~GOV]\n");
  dir.write("dict/Tiny.verbs", "CONDEMN  [111]\n");
  const auto article =
      dir.write("a.txt", "Headline For The Test\n\nArnor condemned Gondor and Iran on Monday.\n");
  const auto ours = testing::run_dyad("actors --json " + article.string());
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  const auto foreign = testing::run_dyad("--dictionaries " + (dir.path() / "dict").string() +
                                         " actors --json " + article.string());
  ASSERT_EQ(foreign.exit_code, 0) << foreign.err;
  auto codes = [](const std::string& out) {
    std::vector<std::string> found;
    const auto article = nlohmann::json::parse(out);
    for (const auto& sentence : article["sentences"])
      for (const auto& mention : sentence["mentions"])
        found.push_back(mention["code"].get<std::string>());
    return found;
  };
  EXPECT_EQ(codes(ours.out), (std::vector<std::string>{"IRN"})) << ours.out;
  EXPECT_EQ(codes(foreign.out), (std::vector<std::string>{"ARN", "GON"})) << foreign.out;
}

}  // namespace
}  // namespace dyad
