// The shipped model (data/parse/en_ewt.model): analysis of sentences written for these tests,
// bad input, thread safety, and every way a model file can be unusable.
#include "parse/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace dyad::parse {
namespace {

namespace fs = std::filesystem;

const fs::path kModelFile = fs::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model";

const Model& model() {
  static const Model instance = Model::load(kModelFile);
  return instance;
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> words;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    words.push_back(rest.substr(0, space));
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return words;
}

// One root; every head inside the sentence; no cycles.
void expect_tree(const std::vector<WordAnalysis>& words) {
  const int n = static_cast<int>(words.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int head = words[static_cast<std::size_t>(i)].head;
    if (head == kRoot) {
      ++roots;
      EXPECT_EQ(words[static_cast<std::size_t>(i)].deprel, "root");
      continue;
    }
    ASSERT_GE(head, 0);
    ASSERT_LT(head, n);
    int at = i, steps = 0;
    while (at != kRoot && steps++ <= n) at = words[static_cast<std::size_t>(at)].head;
    EXPECT_EQ(at, kRoot) << "word " << i << " is on a cycle";
  }
  if (n > 0) {
    EXPECT_EQ(roots, 1);
  }
}

TEST(ParseModel, ParsesANewsSentence) {
  const std::string text = "Russia and Turkey agreed on a ceasefire on Monday .";
  std::vector<WordAnalysis> out;
  model().analyze(split(text), out);
  ASSERT_EQ(out.size(), 10u);
  expect_tree(out);
  EXPECT_EQ(out[0].upos, "PROPN");
  EXPECT_EQ(out[0].xpos, "NNP");
  EXPECT_EQ(out[3].upos, "VERB");
  EXPECT_EQ(out[3].lemma, "agree");
  EXPECT_EQ(out[3].head, kRoot);
  EXPECT_EQ(out[0].head, 3);
  EXPECT_EQ(out[0].deprel, "nsubj");
  EXPECT_EQ(out[2].head, 0);  // Turkey: conjunct of Russia
  EXPECT_EQ(out[2].deprel, "conj");
  EXPECT_EQ(out[6].head, 3);  // ceasefire
  EXPECT_EQ(out[6].deprel, "obl");
}

TEST(ParseModel, LemmatizesInflectedWords) {
  const std::string text = "The ministers were meeting in cities that had been attacked .";
  std::vector<WordAnalysis> out;
  model().analyze(split(text), out);
  ASSERT_EQ(out.size(), 11u);
  EXPECT_EQ(out[1].lemma, "minister");
  EXPECT_EQ(out[2].lemma, "be");
  EXPECT_EQ(out[3].lemma, "meet");
  EXPECT_EQ(out[5].lemma, "city");
  EXPECT_EQ(out[7].lemma, "have");
  EXPECT_EQ(out[9].lemma, "attack");
}

TEST(ParseModel, BadInputGivesValidTrees) {
  std::vector<WordAnalysis> out(3);
  model().analyze({}, out);
  EXPECT_TRUE(out.empty());

  const std::vector<std::string> odd = {"\xff\xfe", "\xc3", "caf\xe9", "", "\xe2\x80", "x"};
  std::vector<std::string_view> words(odd.begin(), odd.end());
  model().analyze(words, out);
  ASSERT_EQ(out.size(), odd.size());
  expect_tree(out);

  const std::string punctuation = ". , ; ! ? ... -- ( ) \" ' : / *";
  model().analyze(split(punctuation), out);
  expect_tree(out);

  std::vector<std::string_view> long_sentence;
  const auto sentence = split("the talks in Geneva , which began on Monday , ended");
  while (long_sentence.size() < 1000)
    long_sentence.insert(long_sentence.end(), sentence.begin(), sentence.end());
  long_sentence.resize(1000);
  model().analyze(long_sentence, out);
  ASSERT_EQ(out.size(), 1000u);
  expect_tree(out);

  const std::string huge_word(100000, 'a');
  const std::vector<std::string_view> one = {huge_word};
  model().analyze(one, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].head, kRoot);
}

// The least of three timings of `rounds` analyses of `words`.
double seconds_to_parse(const std::vector<std::string_view>& words, int rounds) {
  std::vector<WordAnalysis> out;
  double least = 1e9;
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < rounds; ++i) model().analyze(words, out);
    least = std::min(
        least, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return least;
}

TEST(ParseModel, TimeIsLinearInSentenceLength) {
  const auto sentence = split("the talks in Geneva , which began on Monday , ended . !");
  std::vector<std::string_view> short_one, long_one;
  while (short_one.size() < 250)
    short_one.insert(short_one.end(), sentence.begin(), sentence.end());
  short_one.resize(250);
  while (long_one.size() < 2000) long_one.insert(long_one.end(), sentence.begin(), sentence.end());
  long_one.resize(2000);
  seconds_to_parse(long_one, 1);  // warm up
  // The same number of words, in one sentence 8× longer: linear is the same time, quadratic 8×.
  const double ratio = seconds_to_parse(long_one, 1) / seconds_to_parse(short_one, 8);
  EXPECT_LT(ratio, 3.0) << "time per word grows with sentence length";
}

TEST(ParseModel, ThreadsShareOneModel) {
  const std::vector<std::string> sentences = {
      "Iran summoned the British ambassador on Tuesday .",
      "The plan was agreed on Monday by Vladimir Putin and his Turkish counterpart .",
      "Baghdad and Washington are in talks about the withdrawal ."};
  std::vector<std::vector<WordAnalysis>> expected(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i)
    model().analyze(split(sentences[i]), expected[i]);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      std::vector<WordAnalysis> out;
      for (int round = 0; round < 50; ++round)
        for (std::size_t i = 0; i < sentences.size(); ++i) {
          model().analyze(split(sentences[(i + static_cast<std::size_t>(t)) % sentences.size()]),
                          out);
          const auto& want = expected[(i + static_cast<std::size_t>(t)) % sentences.size()];
          for (std::size_t w = 0; w < out.size(); ++w)
            mismatches[static_cast<std::size_t>(t)] += out[w].head != want[w].head ||
                                                       out[w].deprel != want[w].deprel ||
                                                       out[w].lemma != want[w].lemma;
        }
    });
  for (auto& thread : threads) thread.join();
  for (const int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(ParseModel, HeaderRecordsProvenanceScoresAndAttribution) {
  EXPECT_NE(model().metadata_value("attribution").find("UD_English-EWT"), std::string::npos);
  EXPECT_NE(model().metadata_value("attribution").find("CC BY-SA 4.0"), std::string::npos);
  EXPECT_EQ(model().metadata_value("train_hash").rfind("fnv1a64:", 0), 0u);
  EXPECT_FALSE(model().metadata_value("seed").empty());
  EXPECT_NE(model().metadata_value("dev_scores").find("LAS"), std::string::npos);
  EXPECT_NE(model().metadata_value("test_scores").find("LAS"), std::string::npos);
}

// --- unusable model files -------------------------------------------------------------------

std::string model_bytes() {
  std::ifstream in(kModelFile, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

fs::path write_temp(const std::string& name, const std::string& bytes) {
  const fs::path file = fs::temp_directory_path() / ("dyad_parse_test_" + name);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  return file;
}

// Loading `file` fails with one std::runtime_error naming the file and containing `cause`; so
// does Model::check, which reads only the first bytes, unless `only_load` (what only reading the
// whole file shows): check then passes.
void expect_load_error(const fs::path& file, const std::string& cause, bool only_load = false) {
  auto expect_error = [&](const auto& read) {
    try {
      read();
      ADD_FAILURE() << file << " read";
    } catch (const std::runtime_error& e) {
      const std::string message = e.what();
      EXPECT_EQ(message.rfind(file.string() + ": ", 0), 0u) << message;
      EXPECT_NE(message.find(cause), std::string::npos) << message;
    }
  };
  expect_error([&] { Model::load(file); });
  if (only_load)
    EXPECT_NO_THROW(Model::check(file));
  else
    expect_error([&] { Model::check(file); });
  fs::remove(file);
}

TEST(ParseModelFile, TheBundledModelPassesTheCheck) {
  EXPECT_NO_THROW(Model::check(kModelFile));
  const fs::path directory = fs::temp_directory_path() / "dyad_parse_test_directory.model";
  fs::create_directories(directory);
  expect_load_error(directory, "cannot read the parser model");
}

TEST(ParseModelFile, MissingFile) {
  expect_load_error(fs::temp_directory_path() / "dyad_no_such.model", "cannot open");
}

TEST(ParseModelFile, EmptyAndTruncatedFiles) {
  const std::string bytes = model_bytes();
  expect_load_error(write_temp("empty", ""), "truncated");
  expect_load_error(write_temp("head", bytes.substr(0, 10)), "truncated");
  expect_load_error(write_temp("half", bytes.substr(0, bytes.size() / 2)), "truncated");
  expect_load_error(write_temp("short", bytes.substr(0, bytes.size() - 1)), "truncated");
}

TEST(ParseModelFile, CorruptBytes) {
  std::string bytes = model_bytes();
  bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x5a);
  expect_load_error(write_temp("flipped", bytes), "checksum", /*only_load=*/true);
  expect_load_error(write_temp("longer", model_bytes() + "x"), "corrupt");
  expect_load_error(write_temp("text", "this is not a model file, only some text\n"),
                    "not a dyad parser model");
}

TEST(ParseModelFile, WrongVersion) {
  std::string bytes = model_bytes();
  bytes[8] = static_cast<char>(Model::kFormatVersion + 1);
  expect_load_error(write_temp("version", bytes), "format version");
}

}  // namespace
}  // namespace dyad::parse
