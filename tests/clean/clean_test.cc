#include "clean/clean.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "support/temp_dir.h"

namespace dyad {
namespace {

const Cleaner& cleaner() {
  static const Cleaner instance(DYAD_DATA_DIR);
  return instance;
}

Document text_document(std::string text) {
  Document doc;
  doc.id = "t";
  doc.origin = "test";
  doc.format = "txt";
  doc.text = std::move(text);
  return doc;
}

const Removed* removed_line(const Article& article, std::string_view text) {
  for (const auto& item : article.removed)
    if (item.text == text) return &item;
  return nullptr;
}

std::vector<std::string> paragraph_texts(const Article& article) {
  std::vector<std::string> out;
  for (const Block* block : article.paragraphs())
    out.emplace_back(article.text.substr(block->span.begin, block->span.end - block->span.begin));
  return out;
}

const std::string kBody1 =
    "MOSCOW (Reuters) - Russia's foreign minister met his Turkish counterpart on Monday to "
    "discuss a ceasefire, the ministry said.";
const std::string kBody2 =
    "The two ministers agreed to meet again next month, according to a statement.";

TEST(Clean, FindsTitleDatelineAndWireCredit) {
  const auto article = cleaner().clean(
      text_document("Ministers Meet in Moscow\n\n" + kBody1 + "\n\n" + kBody2 + "\n"));
  EXPECT_EQ(article.title, "Ministers Meet in Moscow");
  ASSERT_TRUE(article.dateline);
  EXPECT_EQ(article.dateline->text, "MOSCOW (Reuters) -");
  EXPECT_EQ(article.dateline->place, "MOSCOW");
  EXPECT_EQ(article.credited_source, "Reuters");
  EXPECT_EQ(paragraph_texts(article), (std::vector<std::string>{kBody1, kBody2}));
  EXPECT_EQ(article.text.substr(article.dateline->span.begin, 6), "MOSCOW");
}

TEST(Clean, BodyOffsetsMapBackToTheDocument) {
  const Document doc = text_document("top of page\n\nMinisters Meet in Moscow\n\n" + kBody1 + "\n");
  const auto article = cleaner().clean(doc);
  for (const Block& block : article.blocks) {
    ASSERT_TRUE(block.document_begin);
    const auto length = block.span.end - block.span.begin;
    EXPECT_EQ(doc.text.substr(*block.document_begin, length),
              article.text.substr(block.span.begin, length));
  }
  const std::size_t inside = article.text.find("Turkish");
  EXPECT_EQ(doc.text.substr(*article.document_offset(inside), 7), "Turkish");
  const Removed* top = removed_line(article, "top of page");
  ASSERT_NE(top, nullptr);
  EXPECT_EQ(doc.text.substr(top->span->begin, top->span->end - top->span->begin), "top of page");
}

TEST(Clean, RemovesPageFurnitureWithRuleAndReason) {
  const auto article = cleaner().clean(
      text_document("top of page\n\nMinisters Meet in Moscow\n\n3 min read\n\n" + kBody1 +
                    "\n\nShare this article\n\nVisit us on:\n\nAdvertisement\n\n" + kBody2 +
                    "\n\nAdvert\n\nThis slideshow requires JavaScript.\n\nAuthor:\n\n"
                    "[button link=\"/submit/\" type=\"big\"] Send us YOUR review[/button]\n\n"
                    "Tell us what YOU think...\n\nLeave a Reply\n\nbottom of page"));
  for (const auto& [line, rule] : std::vector<std::pair<std::string, std::string>>{
           {"top of page", "furniture.top_of_page"},
           {"3 min read", "furniture.read_time"},
           {"Share this article", "furniture.share"},
           {"Visit us on:", "furniture.visit_us"},
           {"Advertisement", "furniture.advertisement"},
           {"Advert", "furniture.advertisement"},
           {"This slideshow requires JavaScript.", "furniture.needs_javascript"},
           {"Author:", "furniture.meta_label"},
           {"[button link=\"/submit/\" type=\"big\"] Send us YOUR review[/button]",
            "placeholder.shortcode"},
           {"Tell us what YOU think...", "furniture.comment_prompt"},
           {"Leave a Reply", "furniture.leave_reply"},
           {"bottom of page", "furniture.bottom_of_page"}}) {
    const Removed* item = removed_line(article, line);
    ASSERT_NE(item, nullptr) << line;
    EXPECT_EQ(item->rule, rule) << line;
    EXPECT_FALSE(item->reason.empty());
  }
  EXPECT_EQ(paragraph_texts(article).size(), 2u);
}

TEST(Clean, TrailingBlocksGoWithWhatTheyList) {
  const auto article = cleaner().clean(
      text_document("Ministers Meet in Moscow\n" + kBody1 + "\n" + kBody2 +
                    "\nMost Read Articles\nPutin visits Beijing for talks\nOil prices rise again\n"
                    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"));
  EXPECT_EQ(paragraph_texts(article).size(), 2u);
  EXPECT_EQ(removed_line(article, "Most Read Articles")->rule, "block.most_read");
  const Removed* listed = removed_line(article, "Oil prices rise again");
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->rule, "block.most_read");
  EXPECT_NE(listed->reason.find("listed under 'Most Read Articles'"), std::string::npos);
  EXPECT_EQ(removed_line(article, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.")->rule,
            "placeholder.lorem");
}

TEST(Clean, BoxInsideTheStoryEndsWhereTheStoryGoesOn) {
  const std::string rest =
      "Protesters say the bill is an example of the city's eroding autonomy under Beijing.\n"
      "They worry that the freedoms promised at the handover are being taken back one by one.\n"
      "The government said it remained committed to the formula granting the city autonomy.\n";
  const auto article = cleaner().clean(
      text_document("Ministers Meet in Moscow\n" + kBody1 +
                    "\nDON'T MISS\nChina furious at "
                    "Macron over protest jibe [INSIGHT]\nLakers vs Nets: final decision on game "
                    "[VIDEO]\n" +
                    rest));
  EXPECT_EQ(removed_line(article, "DON'T MISS")->rule, "block.editors_picks");
  EXPECT_EQ(removed_line(article, "Lakers vs Nets: final decision on game [VIDEO]")->rule,
            "block.editors_picks");
  const auto paragraphs = paragraph_texts(article);
  ASSERT_EQ(paragraphs.size(), 4u);
  EXPECT_TRUE(paragraphs[3].starts_with("The government said it remained committed"));
}

TEST(Clean, BoxOfHeadlinesAndTeasersAtTheEndGoesWhole) {
  const auto article = cleaner().clean(text_document(
      "Ministers Meet in Moscow\n" + kBody1 + "\n" + kBody2 +
      "\nMost Read\nHarbour closes to cruise ships\nThe city council voted after a long and "
      "bitter debate to close the old harbour to cruise ships from next year.\nTram network "
      "to grow\nThe mayor said the new lines would open in the spring, two years later than "
      "first planned.\n"));
  EXPECT_EQ(paragraph_texts(article).size(), 2u);
  EXPECT_EQ(removed_line(article, "Tram network to grow")->rule, "block.most_read");
}

TEST(Clean, BylineDateUnderHeadlineIsTheArticleDate) {
  const auto article = cleaner().clean(
      text_document("Ministers Meet in Moscow\nPublished: March 3, 2023\n" + kBody1 + "\n"));
  EXPECT_EQ(article.date, "2023-03-03");
  EXPECT_EQ(article.date_basis, "byline");
  EXPECT_EQ(removed_line(article, "Published: March 3, 2023")->rule, "date.published");
}

TEST(Clean, DateAloneInsideTheTextIsDroppedButNotTakenAsTheArticleDate) {
  const auto article = cleaner().clean(
      text_document("Ministers Meet in Moscow\n" + kBody1 + "\nNov 18, 2019\n" + kBody2 + "\n"));
  EXPECT_EQ(article.date, std::nullopt);
  const Removed* stamp = removed_line(article, "Nov 18, 2019");
  ASSERT_NE(stamp, nullptr);
  EXPECT_EQ(stamp->rule, "structure.date_line");
  EXPECT_EQ(paragraph_texts(article).size(), 2u);
}

TEST(Clean, GermanBylineDateIsTheArticleDate) {
  const auto article = cleaner().clean(text_document(
      "Minister treffen sich in Moskau\nVon Anna Berg, am 21. April 2020, 14:30 Uhr\n" + kBody1 +
      "\n"));
  EXPECT_EQ(article.date, "2020-04-21");
  EXPECT_EQ(article.date_basis, "byline");
  EXPECT_EQ(removed_line(article, "Von Anna Berg, am 21. April 2020, 14:30 Uhr")->rule,
            "date.german_byline");
}

TEST(Clean, UrlDateServesWhenThePageStatesNone) {
  Document doc = text_document("Monday 4th of March 2024\nMinisters Meet in Moscow\n" + kBody1);
  doc.meta.url = "https://news.example.com/world/2024/02/28/ministers-meet";
  const auto article = cleaner().clean(doc);
  EXPECT_EQ(article.date, "2024-02-28");  // the URL's day, not the page's "today" stamp
  EXPECT_EQ(article.date_basis, "url");
}

TEST(Clean, MetadataDateSaysWhereInThePageItWas) {
  Document doc = text_document("Ministers Meet in Moscow\n\n" + kBody1);
  doc.meta.date = "2022-06-01T12:00:00Z";
  doc.meta.date_source = "JSON-LD datePublished";
  doc.meta.url = "https://news.example.com/2022/05/31/ministers-meet";
  const auto article = cleaner().clean(doc);
  EXPECT_EQ(article.date, "2022-06-01");
  EXPECT_EQ(article.date_basis, "metadata: JSON-LD datePublished");
}

TEST(Clean, PageStampAboveHeadlineIsNotTheArticleDate) {
  const auto article = cleaner().clean(
      text_document("Monday 4th of March 2024\nWorld News\nMinisters Meet in Moscow\n" + kBody1));
  EXPECT_EQ(article.date, std::nullopt);
  EXPECT_NE(article.date_basis.find("2024-03-04"), std::string::npos);
  EXPECT_EQ(removed_line(article, "Monday 4th of March 2024")->rule, "structure.page_date_stamp");
  EXPECT_EQ(removed_line(article, "World News")->rule, "structure.page_header");
  EXPECT_EQ(article.title, "Ministers Meet in Moscow");
}

TEST(Clean, MetadataDateAndTitleWin) {
  Document doc = text_document("Ministers Meet in Moscow\n\n" + kBody1);
  doc.meta.date = "2022-06-01T12:00:00Z";
  doc.meta.title = "Ministers Meet in Moscow";
  const auto article = cleaner().clean(doc);
  EXPECT_EQ(article.date, "2022-06-01");
  EXPECT_EQ(article.date_basis, "metadata");
  EXPECT_EQ(article.title, "Ministers Meet in Moscow");
  EXPECT_EQ(paragraph_texts(article), (std::vector<std::string>{kBody1}));
}

TEST(Clean, TitleFromMetadataNotInTextStillLeadsTheCleanText) {
  Document doc = text_document(kBody1 + "\n\n" + kBody2);
  doc.meta.title = "Russia and Turkey talk ceasefire";
  const auto article = cleaner().clean(doc);
  ASSERT_FALSE(article.blocks.empty());
  EXPECT_EQ(article.blocks[0].kind, Block::Kind::kTitle);
  EXPECT_EQ(article.blocks[0].document_begin, std::nullopt);
  EXPECT_TRUE(article.text.starts_with("Russia and Turkey talk ceasefire\n\n"));
}

TEST(Clean, ShortDocumentWithoutProseKeepsItsLines) {
  const auto article = cleaner().clean(text_document("Iran urges calm\nTalks resume Monday"));
  EXPECT_EQ(article.title, "Iran urges calm");
  EXPECT_EQ(paragraph_texts(article), (std::vector<std::string>{"Talks resume Monday"}));
}

TEST(CleanRules, MalformedRuleNamesFileAndLine) {
  testing::TempDir dir;
  dir.write("clean/rules.tsv",
            "# header\nok.rule\tline\ti\tfoo\twhy\nbad.rule\tline\ti\t(unclosed\twhy\n");
  try {
    Cleaner broken(dir.path());
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("rules.tsv:3: invalid pattern"), std::string::npos)
        << e.what();
  }
  dir.write("clean/rules.tsv", "x\tnot_an_action\ti\tfoo\twhy\n");
  EXPECT_THROW(Cleaner{dir.path()}, std::runtime_error);
}

}  // namespace
}  // namespace dyad
