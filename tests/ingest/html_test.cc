// Tests for the HTML main-content extractor (src/ingest/html.h).
#include "ingest/html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {
namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(DYAD_TEST_FIXTURES) / "html" / name, std::ios::binary);
  EXPECT_TRUE(in) << "missing fixture " << name;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

const Removed* find_removed(const HtmlArticle& article, const std::string& rule,
                            const std::string& text_part) {
  auto it = std::find_if(article.removed.begin(), article.removed.end(), [&](const Removed& r) {
    return r.rule == rule && contains(r.text, text_part);
  });
  return it == article.removed.end() ? nullptr : &*it;
}

void expect_well_formed(const std::string& text) {
  EXPECT_FALSE(contains(text, "\n\n\n")) << text;
  if (text.empty()) return;
  EXPECT_NE(text.front(), '\n');
  EXPECT_NE(text.back(), '\n');
  EXPECT_NE(text.front(), ' ');
  EXPECT_NE(text.back(), ' ');
}

class NewsPageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { article_ = extract_html(read_fixture("news_page.html")); }
  static HtmlArticle article_;
};
HtmlArticle NewsPageTest::article_;

TEST_F(NewsPageTest, ReadsMetadata) {
  const DocumentMeta& meta = article_.meta;
  EXPECT_EQ(meta.title, "Foreign Minister Arrives in Valdoria for Border Talks");
  EXPECT_EQ(meta.date, "2024-03-12T08:30:00+01:00");
  EXPECT_EQ(meta.url, "https://daily.example.com/world/2024/03/12/minister-valdoria-talks");
  EXPECT_EQ(meta.source, "The Daily Example");
}

TEST_F(NewsPageTest, KeepsEveryArticleParagraphInOrder) {
  const std::vector<std::string> paragraphs = {
      "The foreign minister of Norland, Elias Brandt, arrived in the Valdorian capital of "
      "Kessmark on Tuesday for two days of talks",
      "Brandt was met at the airport by his Valdorian counterpart, Irena Sokolova, who said the "
      "visit marked \"a new chapter\"",
      "the return of three Norland fishermen who remain in Valdorian custody.\nA spokesperson for "
      "the Norland foreign ministry",
      "said their release would be raised at the very first meeting, according to a statement "
      "published on Monday.",
      "Analysts cautioned that expectations should remain modest. \u201cNeither government can "
      "afford to be seen giving ground before the elections,\u201d said Tomas Varga",
      "The two ministers are expected to sign a memorandum on cross-border trade on Wednesday",
      "Pressure from neighbours",
      "The visit follows months of quiet mediation by the regional council",
      "Brandt is due to return to Norland on Thursday, when he will brief the parliamentary "
      "foreign affairs committee on the outcome of the talks.",
  };
  const std::string& text = article_.text;
  std::size_t cursor = 0;
  for (const std::string& paragraph : paragraphs) {
    std::size_t at = text.find(paragraph, cursor);
    ASSERT_NE(at, std::string::npos) << "missing or out of order: " << paragraph << "\n" << text;
    cursor = at + paragraph.size();
  }
  EXPECT_TRUE(contains(text, "\n\nPressure from neighbours\n\n"));
  expect_well_formed(text);
}

TEST_F(NewsPageTest, LeavesHeadlineToTitleButKeepsByline) {
  EXPECT_FALSE(contains(article_.text, "Foreign Minister Arrives in Valdoria")) << article_.text;
  EXPECT_TRUE(contains(article_.text, "By Mara Lindqvist, Diplomatic Correspondent"));
}

TEST_F(NewsPageTest, DropsSiteChrome) {
  for (const char* chrome :
       {"World", "Politics", "Advertisement", "Save 20% on flights", "We use cookies", "Accept all",
        "Related articles", "Valdoria seizes Norland fishing boat", "Most read",
        "Late goal decides cup final", "All rights reserved", "Privacy policy", "Topics:",
        "Independent news since 1921", "dataLayer", "trackPageView", "font-family", "@context"}) {
    EXPECT_FALSE(contains(article_.text, chrome)) << chrome;
  }
}

TEST_F(NewsPageTest, RecordsWhatWasRemovedAndWhy) {
  const Removed* nav = find_removed(article_, "html.nav", "Politics");
  ASSERT_NE(nav, nullptr);
  EXPECT_EQ(nav->reason, "navigation element <nav>");
  EXPECT_FALSE(nav->span.has_value());

  const Removed* footer = find_removed(article_, "html.footer", "All rights reserved");
  ASSERT_NE(footer, nullptr);
  EXPECT_FALSE(footer->reason.empty());

  const Removed* related = find_removed(article_, "html.aside", "Related articles");
  ASSERT_NE(related, nullptr);
  EXPECT_TRUE(contains(related->text, "Border commission proposal revived"));

  const Removed* ad = find_removed(article_, "html.class-boilerplate", "Save 20%");
  ASSERT_NE(ad, nullptr);
  EXPECT_EQ(ad->reason, "class 'ad-slot' marks site chrome");
  EXPECT_NE(find_removed(article_, "html.class-boilerplate", "Late goal"), nullptr);
  EXPECT_NE(find_removed(article_, "html.class-boilerplate", "We use cookies"), nullptr);

  for (const Removed& r : article_.removed) {
    EXPECT_FALSE(contains(r.text, "dataLayer")) << "script recorded as removed: " << r.rule;
    EXPECT_FALSE(contains(r.text, "font-family")) << "style recorded as removed: " << r.rule;
    EXPECT_LE(r.text.size(), 200u + std::string("…").size());
  }
}

TEST(HtmlMetaTest, DateAndHeadlineFromJsonLdGraph) {
  const std::string html = R"(<html><head>
    <script type="application/ld+json">{ not json at all </script>
    <script type="application/ld+json">{
      "@context": "https://schema.org",
      "@graph": [
        {"@type": "WebSite", "name": "Harbour Post", "datePublished": "1999-01-01"},
        {"@type": ["ReportageNewsArticle"], "headline": "Port strike enters second week",
         "datePublished": "2024-06-03T06:00:00Z",
         "publisher": {"@type": "Organization", "name": "Harbour Post"}}
      ]}</script>
    </head><body><article>
    <p>Dock workers in the northern port extended their strike on Monday, union leaders said.</p>
    <p>Talks with the port authority are due to resume on Thursday, officials said.</p>
    </article></body></html>)";
  HtmlArticle article = extract_html(html);
  EXPECT_EQ(article.meta.date, "2024-06-03T06:00:00Z");
  EXPECT_EQ(article.meta.title, "Port strike enters second week");
  EXPECT_EQ(article.meta.source, "Harbour Post");
  EXPECT_FALSE(article.meta.url.has_value());
  EXPECT_TRUE(contains(article.text, "Dock workers in the northern port"));
}

TEST(HtmlMetaTest, JsonLdTopLevelArrayAndOgUrl) {
  const std::string html = R"(<head>
    <meta property="og:url" content="https://example.org/a/1">
    <script type="application/ld+json">[{"@type": "Organization", "name": "X"},
      {"@type": "https://schema.org/NewsArticle", "datePublished": "2024-02-01"}]</script>
    </head><body><p>Short body text with enough words to count as content here.</p></body>)";
  HtmlArticle article = extract_html(html);
  EXPECT_EQ(article.meta.date, "2024-02-01");
  EXPECT_EQ(article.meta.url, "https://example.org/a/1");
}

TEST(HtmlMetaTest, TitleSuffixStripping) {
  auto title_of = [](const std::string& head) {
    return extract_html("<html><head>" + head + "</head><body><p>x</p></body></html>").meta.title;
  };
  EXPECT_EQ(title_of("<title>Minister visits Oslo for trade talks - Example News</title>"),
            "Minister visits Oslo for trade talks");
  EXPECT_EQ(title_of("<title>Talks resume — Nordic Wire Service Daily Edition Online</title>"
                     "<meta property=og:site_name content='Nordic Wire Service Daily Edition "
                     "Online'>"),
            "Talks resume");
  EXPECT_EQ(title_of("<title>Ceasefire holds - for now</title>"), "Ceasefire holds - for now");
  EXPECT_EQ(title_of("<meta name=x><body><h1>Only a  heading</h1>"), "Only a heading");
}

TEST(HtmlMetaTest, DateFallsBackToTimeInArticle) {
  const std::string html = R"(<body><time datetime="2000-01-01">site launch</time>
    <article><p class="byline">By A. Writer, <time datetime="2023-05-01T10:00">1 May</time></p>
    <p>Parliament approved the budget on Monday after a long debate, officials said.</p>
    </article></body>)";
  EXPECT_EQ(extract_html(html).meta.date, "2023-05-01T10:00");
  EXPECT_EQ(extract_html(html).meta.date_source, "<time> in the article");
}

TEST(HtmlMetaTest, JsonLdDatePublishedWinsOverAGenericDateMetaTag) {
  // Sites fill a generic "date" meta tag with the day the page was rendered.
  const std::string html = R"(<head><meta name="date" content="2024-07-30">
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-07-02"}
    </script></head><body><article><p>Parliament approved the budget on Monday after a long
    debate, officials said.</p></article></body>)";
  const HtmlArticle article = extract_html(html);
  EXPECT_EQ(article.meta.date, "2024-07-02");
  EXPECT_EQ(article.meta.date_source, "JSON-LD datePublished");
}

TEST(HtmlTextTest, BreaksInlineElementsAndWhitespace) {
  const std::string html =
      "<body><div><p>  The council   met on Monday,<br>and <a href='/x'>voted</a> <em>unanimously"
      "</em>&nbsp;to&#160;approve the plan.</p><pre>line one\n  indented line\n\n\nlast</pre>"
      "<ul><li>First point of the list with plenty of words.</li><li>Second point.</li></ul>"
      "</div></body>";
  HtmlArticle article = extract_html(html);
  EXPECT_EQ(article.text,
            "The council met on Monday,\nand voted unanimously to approve the plan.\n\n"
            "line one\n  indented line\nlast\n\n"
            "First point of the list with plenty of words.\n\nSecond point.");
}

TEST(HtmlTextTest, LinkDenseBlockInsideArticleIsRecorded) {
  const std::string html = R"(<body><article>
    <p>The central bank raised its key rate by a quarter point, citing persistent inflation.</p>
    <p>Read more: <a href="/a">Inflation hits a two-year high as energy prices climb</a></p>
    <p>Economists had expected the move, and markets were little changed after the decision.</p>
    </article></body>)";
  HtmlArticle article = extract_html(html);
  EXPECT_FALSE(contains(article.text, "Read more")) << article.text;
  EXPECT_TRUE(contains(article.text, "markets were little changed"));
  const Removed* link_block = find_removed(article, "html.link-dense", "Read more");
  ASSERT_NE(link_block, nullptr);
  EXPECT_TRUE(contains(link_block->reason, "link density 0."));
}

TEST(HtmlRobustnessTest, TagSoup) {
  const std::string html =
      "<html><body><div><p>First paragraph of the soup, with enough text to count as content."
      "<p>Second paragraph has <b>bold text crossing</p><p>into the third</b> paragraph, which "
      "ends here.</div></div></div></span> <<<>>> <p>Fourth paragraph, after stray closing tags."
      "<p>Fifth paragraph, never closed, still readable.<!-- unterminated comment <p>gone";
  HtmlArticle article = extract_html(html);
  for (const char* part :
       {"First paragraph of the soup, with enough text to count as content.",
        "Second paragraph has bold text crossing", "into the third paragraph, which ends here.",
        "Fourth paragraph, after stray closing tags.",
        "Fifth paragraph, never closed, still readable."}) {
    EXPECT_TRUE(contains(article.text, part)) << part << "\n---\n" << article.text;
  }
  EXPECT_FALSE(contains(article.text, "gone"));
  expect_well_formed(article.text);
}

TEST(HtmlRobustnessTest, EmptyAndBinaryInput) {
  EXPECT_TRUE(extract_html("").text.empty());
  EXPECT_TRUE(extract_html("   \n\t ").text.empty());

  std::string control_bytes;
  for (int i = 0; i < 4096; ++i) control_bytes += static_cast<char>((i * 7919) % 256);
  EXPECT_TRUE(extract_html(control_bytes).text.empty());

  std::string invalid_utf8;  // no control bytes, but nothing decodes to a letter
  for (int i = 0; i < 2000; ++i) invalid_utf8 += static_cast<char>(0x80 + (i * 31) % 64);
  EXPECT_TRUE(extract_html(invalid_utf8).text.empty());

  EXPECT_NO_THROW(extract_html(std::string("<p>\0\0\0</p>", 10)));
  EXPECT_NO_THROW(extract_html("<script>"));
  EXPECT_NO_THROW(extract_html("<!--"));
  EXPECT_NO_THROW(extract_html("<"));
}

TEST(HtmlRobustnessTest, DeeplyNestedDivs) {
  const std::string bottom = "Deep paragraph at the bottom of a very deep nesting of divs.";
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div class=\"wrap\">";
  html += "<p>" + bottom + "</p>";
  HtmlArticle article = extract_html(html);
  EXPECT_TRUE(article.text.empty() || contains(article.text, bottom)) << article.text.size();

  for (int i = 0; i < 100000; ++i) html += "</div>";
  EXPECT_TRUE(contains(extract_html(html).text, bottom));
}

TEST(HtmlRobustnessTest, DeepAlternatingStrayEndTags) {
  std::string html = "<body>";
  for (int i = 0; i < 50000; ++i) html += "<div></span>";
  html += "<p>Still here after the alternating tags, with text.</p>";
  EXPECT_NO_THROW(extract_html(html));
}

TEST(LooksLikeHtmlTest, Positives) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body></body></html>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF  \n<HTML lang=\"en\">"));
  EXPECT_TRUE(looks_like_html("<head><title>x</title></head>"));
  EXPECT_TRUE(looks_like_html("\n\n<body class=\"x\">"));
  EXPECT_TRUE(looks_like_html("Some preamble then <P>a paragraph</P>"));
  EXPECT_TRUE(looks_like_html("<div class=\"story\">text</div>"));
  EXPECT_TRUE(looks_like_html("intro <Article>body</Article>"));
}

TEST(LooksLikeHtmlTest, Negatives) {
  EXPECT_FALSE(looks_like_html(""));
  EXPECT_FALSE(looks_like_html("The minister arrived on Tuesday for talks."));
  EXPECT_FALSE(looks_like_html("if a < b and c > d then <pre> is a tag name"));
  EXPECT_FALSE(looks_like_html("{\"id\": \"1\", \"text\": \"<b>bold</b>\"}"));
  EXPECT_FALSE(looks_like_html("<?xml version=\"1.0\"?><rss></rss>"));
  EXPECT_FALSE(looks_like_html(std::string(2000, 'x') + "<div>late</div>"));
}

}  // namespace
}  // namespace dyad
