#include "parse/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::parse {
namespace {

// A sentence written for this test in EWT's style, with a multiword token and an empty node.
const char* const kSentence =
    "# sent_id = test-1\n"
    "# text = I don't know why.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\t_\n"
    "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4\n"
    "5\twhy\twhy\tADV\tWRB\tPronType=Int\t4\tadvmod\t4:advmod\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

TEST(Conllu, ReadsWordsAndSkipsRangesAndEmptyNodes) {
  std::istringstream in(kSentence);
  const auto sentences = read_conllu(in, "test");
  ASSERT_EQ(sentences.size(), 1u);
  const auto& s = sentences[0];
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[1].form, "do");
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(s.words[2].lemma, "not");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[3].deprel, "root");
  EXPECT_EQ(s.words[4].misc, "SpaceAfter=No");
  EXPECT_EQ(s.comments.at(1), "text = I don't know why.");
  ASSERT_EQ(s.extra.size(), 2u);
  EXPECT_EQ(s.extra[0].before, 1u);
  EXPECT_EQ(s.extra[1].before, 4u);
}

TEST(Conllu, WriteReproducesWhatWasRead) {
  std::istringstream in(kSentence);
  std::ostringstream out;
  for (const auto& s : read_conllu(in, "test")) write_conllu(out, s);
  EXPECT_EQ(out.str(), kSentence);
}

TEST(Conllu, TreebankRoundTripIsByteIdentical) {
  const std::filesystem::path dev =
      std::filesystem::path(DYAD_SHARED_DIR) / "treebanks/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << "no " << dev << " (../shared absent)";
  std::ifstream in(dev, std::ios::binary);
  std::stringstream original;
  original << in.rdbuf();
  std::istringstream reread(original.str());
  std::ostringstream out;
  for (const auto& s : read_conllu(reread, dev.string())) write_conllu(out, s);
  EXPECT_EQ(out.str(), original.str());
}

TEST(Conllu, MalformedLinesNameFileAndLine) {
  std::istringstream columns("1\tI\tI\tPRON\n\n");
  EXPECT_THROW(
      {
        try {
          read_conllu(columns, "bad.conllu");
        } catch (const std::runtime_error& e) {
          EXPECT_STREQ(e.what(), "bad.conllu:1: expected 10 tab-separated columns, found 4");
          throw;
        }
      },
      std::runtime_error);
  std::istringstream head("1\tI\tI\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n\n");
  EXPECT_THROW(read_conllu(head, "bad.conllu"), std::runtime_error);
  std::istringstream order("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n");
  EXPECT_THROW(read_conllu(order, "bad.conllu"), std::runtime_error);
}

}  // namespace
}  // namespace dyad::parse
