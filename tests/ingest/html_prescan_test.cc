// Tests for the scanner that prepares markup for gumbo (src/ingest/html_prescan.h): script and
// style text goes where the scanner and the HTML5 tokenizer agree, and nowhere else.
#include "ingest/html_prescan.h"

#include <gtest/gtest.h>

#include "ingest/html.h"

namespace dyad::html {
namespace {

std::string prepared(const std::string& page) {
  return prepare_for_parser(page).value_or(page);
}

TEST(PrepareForParser, DropsScriptAndStyleTextAndKeepsTheElements) {
  const std::string page =
      "<html><head><style>p { color: red }</style><script type=\"text/javascript\">"
      "var teaser = \"<p>Read our other stories</p>\";</script></head>"
      "<body><p>Iran condemned Azerbaijan.</p><SCRIPT>track('view')</SCRIPT ></body></html>";
  EXPECT_EQ(prepared(page),
            "<html><head><style></style><script type=\"text/javascript\"></script></head>"
            "<body><p>Iran condemned Azerbaijan.</p><SCRIPT></SCRIPT ></body></html>");
}

TEST(PrepareForParser, CommentsEndAtTheFirstOfTheirTwoEndings) {
  EXPECT_EQ(prepared("<!-- a --!><script>x()</script><!-- b -->"),
            "<!-- a --!><script></script><!-- b -->");
  EXPECT_EQ(prepared("<!-- a --><script>x()</script> --!>"), "<!-- a --><script></script> --!>");
  const std::string commented = "<!-- <script>x()</script> -->";
  EXPECT_EQ(prepared(commented), commented);
}

TEST(PrepareForParser, LeavesAPageWithNothingToDropAlone) {
  EXPECT_FALSE(prepare_for_parser("<html><body><p>Iran condemned Azerbaijan.</p></body></html>"));
  EXPECT_FALSE(prepare_for_parser("<p>An empty script: <script></script></p>"));
}

TEST(PrepareForParser, KeepsTextTheTokenizerMightReadOtherwise) {
  const std::string kept[] = {
      // JSON-LD is read for the headline, the date and the body.
      "<script type=\"application/ld+json\">{\"headline\": \"Talks in Baku\"}</script>",
      // "<!--" inside a script: HTML5's escaped states may carry it past the first end tag.
      "<script><!-- document.write('<script src=x></script>'); --></script><p>After</p>",
      // In <svg> a script's content is markup.
      "<svg><script>var a = 1;</script><style>circle { fill: red }</style></svg>",
      // "</scriptx" does not end a script.
      "<script>var a = '</scriptx>';</script",
      // A '>' inside a quoted attribute value: the scanner may be reading inside the attribute
      // from there on, so nothing after it is dropped.
      "<img alt=\"a > b <script>not a script</script>\"><style>p { color: red }</style>",
  };
  for (const std::string& page : kept) EXPECT_EQ(prepared(page), page) << page;
}

TEST(PrepareForParser, TheArticleIsTheSameWithAndWithoutTheDroppedText) {
  const std::string page =
      "<html><head><title>Talks in Baku</title>"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2024-03-15\"}</script>"
      "<style>.story { width: 40em }</style></head><body>"
      "<div class=\"story\"><p>Iran condemned Azerbaijan over the border drills on Friday, "
      "officials in Tehran said.</p><script>var related = '<p>Other stories</p>';</script>"
      "<p>The foreign ministry summoned the ambassador, the second time this month.</p></div>"
      "</body></html>";
  const HtmlArticle article = extract_html(page);
  EXPECT_EQ(article.text,
            "Iran condemned Azerbaijan over the border drills on Friday, officials in Tehran "
            "said.\n\nThe foreign ministry summoned the ambassador, the second time this month.");
  EXPECT_EQ(article.meta.date, "2024-03-15");  // the JSON-LD script was kept
}

}  // namespace
}  // namespace dyad::html
