// Which part of a page the extractor takes as the article: structured data, layout wrappers
// whose classes look like chrome, and boxes that must lose to the story.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "ingest/html.h"

namespace dyad {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Five paragraphs of a story about talks in Vienna.
std::string story_paragraphs() {
  return "<p>The foreign ministers of Armenia and Azerbaijan met in Vienna on Tuesday for a "
         "third round of talks on the border, the Austrian foreign ministry said.</p>"
         "<p>Officials from both sides described the meeting as constructive, though no "
         "agreement on the disputed villages was announced after six hours of discussion.</p>"
         "<p>The European Union, which has hosted earlier rounds, said it stood ready to send "
         "monitors to the border once the two governments agreed on a mandate.</p>"
         "<p>Armenia's prime minister told parliament last week that a peace treaty could be "
         "signed by the end of the year, a timetable Baku has not confirmed.</p>"
         "<p>The next round is expected in Brussels in March, diplomats said.</p>";
}

// A box of other stories with more prose (and commas) than the story itself, and no class
// that marks it as chrome: text scoring alone prefers it.
std::string other_stories_box() {
  std::string box = "<div class=\"more\">";
  for (const char* place : {"Lisbon", "Oslo", "Tallinn", "Valletta", "Zagreb", "Vilnius"})
    box += std::string("<div class=\"teaser\"><p>In ") + place +
           ", meanwhile, the city council voted, after a long, heated, and at times bitter "
           "debate, to close the old harbour to cruise ships, to widen the tram network, and "
           "to raise parking fees, measures that residents, shop owners, and unions had "
           "argued about for years, and which the mayor called overdue.</p></div>";
  return box + "</div>";
}

std::string json_ld_body(const std::string& body) {
  return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
         "\"@type\":\"NewsArticle\",\"headline\":\"Talks in Vienna\",\"articleBody\":\"" +
         body + "\"}</script>";
}

const std::string kStoryText =
    "The foreign ministers of Armenia and Azerbaijan met in Vienna on Tuesday for a third round "
    "of talks on the border, the Austrian foreign ministry said. Officials from both sides "
    "described the meeting as constructive, though no agreement on the disputed villages was "
    "announced after six hours of discussion. The European Union, which has hosted earlier "
    "rounds, said it stood ready to send monitors to the border once the two governments "
    "agreed on a mandate. Armenia&apos;s prime minister told parliament last week that a peace "
    "treaty could be signed by the end of the year, a timetable Baku has not confirmed. The "
    "next round is expected in Brussels in March, diplomats said.";

TEST(HtmlChoice, ScoringAloneLetsTheBoxOfOtherStoriesIn) {
  // The failure the structured data fixes: without it the box's stories are taken as well.
  const std::string html = "<html><body><div class=\"main\">" + story_paragraphs() + "</div>" +
                           other_stories_box() + "</body></html>";
  EXPECT_TRUE(contains(extract_html(html).text, "cruise ships"));
}

TEST(HtmlChoice, JsonLdArticleBodyPicksTheStoryOverABoxOfOtherStories) {
  const std::string html = "<html><head>" + json_ld_body(kStoryText) +
                           "</head><body><div class=\"main\">" + story_paragraphs() + "</div>" +
                           other_stories_box() + "</body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_TRUE(contains(article.text, "expected in Brussels in March"));
  EXPECT_FALSE(contains(article.text, "cruise ships")) << article.text;
  // The page's own paragraphs are kept, not the one-line JSON string.
  EXPECT_TRUE(contains(article.text, "foreign ministry said.\n\nOfficials from both sides"));
}

TEST(HtmlChoice, JsonLdBodyThatIsOnlyTheLedeDoesNotCutTheStory) {
  const std::string lede =
      "The foreign ministers of Armenia and Azerbaijan met in Vienna on Tuesday for a third "
      "round of talks on the border, the Austrian foreign ministry said.";
  const std::string html = "<html><head>" + json_ld_body(lede) +
                           "</head><body><article><div class=\"story\">" + story_paragraphs() +
                           "</div></article></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday"));
  EXPECT_TRUE(contains(article.text, "expected in Brussels in March")) << article.text;
}

TEST(HtmlChoice, ItempropArticleBodyWinsOverALongerUnmarkedBox) {
  const std::string html = "<html><body><div itemprop=\"articleBody\">" + story_paragraphs() +
                           "</div>" + other_stories_box() + "</body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_FALSE(contains(article.text, "cruise ships"));
}

TEST(HtmlChoice, LayoutWrapperWithSidebarClassHoldingTheStoryIsKept) {
  const std::string html =
      "<html><body><div class=\"l-sidebar-fixed l-segment\"><div class=\"l-col__main\">" +
      story_paragraphs() +
      "</div><div class=\"l-col__sidebar\"><a href=/a>Top stories</a></div></div>"
      "<div class=\"sidebar\"><p>Sign up for our morning briefing, delivered daily.</p></div>"
      "</body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_TRUE(contains(article.text, "expected in Brussels in March"));
  EXPECT_FALSE(contains(article.text, "morning briefing"));  // a real sidebar still goes
}

TEST(HtmlChoice, FormWrappingTheWholePageIsNotChrome) {
  // ASP.NET pages put everything inside one <form>; a search form is still chrome.
  const std::string html =
      "<html><body><form id=\"aspnetForm\" method=\"post\"><form class=\"search\">"
      "<input name=q><p>Search the archive of our reporting</p></form><div class=\"main\">" +
      story_paragraphs() + "</div></form></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_FALSE(contains(article.text, "Search the archive"));
}

TEST(HtmlChoice, CommentThreadLongerThanTheStoryStaysOut) {
  std::string comments = "<div class=\"comments\">";
  for (int i = 0; i < 8; ++i)
    comments +=
        "<p>I have followed these talks for years, and honestly, nothing ever changes: the "
        "ministers meet, they smile for the cameras, they promise progress, and then the "
        "villages wait another winter for an answer that never comes.</p>";
  comments += "</div>";
  const std::string html = "<html><body><article><div class=\"story\">" + story_paragraphs() +
                           "</div>" + comments + "</article></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_FALSE(contains(article.text, "smile for the cameras"));
}

TEST(HtmlChoice, StorySplitByBrInOneDivBesideACategoryMenu) {
  // Text straight inside a <div>, paragraphs split by <br>: the div is the story's container.
  const std::string html =
      "<html><body><div class=\"row\"><div class=\"col-3\"><ul>"
      "<li><a href=/c/1>Health</a></li><li><a href=/c/2>Education</a></li>"
      "<li><a href=/c/3>Sport</a></li><li><a href=/c/4>Culture</a></li></ul></div>"
      "<div class=\"col-9\"><img src=a.jpg>The district health team reported on Friday that "
      "two of its five vehicles had been broken into overnight, and their batteries taken."
      "<br><br>Patients booked for the morning are being given new appointments, the health "
      "department said, and service should be back to normal by the afternoon.<br><br><br>"
      "</div></div><div class=\"address\">City Hall, 1111 Main Street, Riverside. "
      "Phone: (047) 2106-8000, office hours 8 to 17.</div></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text,
                       "their batteries taken.\nPatients booked for the morning are being given"))
      << article.text;
  EXPECT_FALSE(contains(article.text, "City Hall"));
}

TEST(HtmlChoice, StorySplitOverSeveralSameClassSectionsIsKeptWhole) {
  const std::string html =
      "<html><body><section class=\"post-section\"><p>The foreign ministers of Armenia and "
      "Azerbaijan met in Vienna on Tuesday for a third round of talks on the border, the "
      "Austrian foreign ministry said, after months of delay.</p><p>Officials from both sides "
      "described the meeting as constructive, though no agreement was announced.</p></section>"
      "<figure><img src=map.png><figcaption>The disputed border.</figcaption></figure>"
      "<div class=\"wrap\"><section class=\"post-section\"><p>The European Union, which has "
      "hosted earlier rounds, said it stood ready to send monitors to the border once the two "
      "governments agreed on a mandate, a step Baku has resisted.</p></section></div>"
      "<div class=\"wrap\"><div class=\"pull\"><blockquote>We are closer than ever."
      "</blockquote></div><section class=\"post-section\"><p>The next round is expected in "
      "Brussels in March, diplomats said, though no date has been set.</p></section></div>"
      "</body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_TRUE(contains(article.text, "ready to send monitors"));
  EXPECT_TRUE(contains(article.text, "expected in Brussels in March"));
}

TEST(HtmlChoice, PhotoCaptionsInsideTheStoryAreLeftOut) {
  const std::string html =
      "<html><body><article><div class=\"story\"><figure><img src=a.jpg><figcaption>Armenian "
      "soldiers stand guard at a checkpoint near the border in 2021.</figcaption></figure>" +
      story_paragraphs() +
      "<div class=\"image-caption\">A map of the disputed villages, drawn from satellite "
      "images taken last year.</div></div></article></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "met in Vienna on Tuesday")) << article.text;
  EXPECT_FALSE(contains(article.text, "stand guard at a checkpoint"));
  EXPECT_FALSE(contains(article.text, "satellite images"));
}

TEST(HtmlChoice, FigureHoldingTheWholeStoryIsKept) {
  // Some templates wrap the article in a <figure>: then it is the story, not a caption.
  const std::string html =
      "<html><body><figure class=\"post\">" + story_paragraphs() + "</figure></body></html>";
  EXPECT_TRUE(contains(extract_html(html).text, "met in Vienna on Tuesday"));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A person's name in the story opens a hover card: photo and links to their other stories.
std::string hover_card(const std::string& name) {
  return "<span class=\"person\"><a href=\"/people/x\">" + name +
         "</a><span class=\"card\"><span><img src=\"/p.jpg\" alt=\"\"><a href=\"/people/x\">" +
         name +
         "</a><a href=\"/a1\">Budget talks stall again as deadline nears in the capital</a> "
         "<a href=\"/a2\">Senators call for a new inquiry into the ministry's spending</a> "
         "<a href=\"/a3\">What the vote on the port deal means for the coast</a> "
         "<a href=\"/more\">MORE</a></span></span></span>";
}

TEST(HtmlChoice, HoverCardsInsideTheStoryAreNotItsText) {
  // Three cards carry more link text than the paragraphs have words: counted as the story's
  // text, they made it look like a link list, and a one-line byline won instead.
  const std::string html =
      "<html><body><div class=\"byline\">By A. Writer - 11/18/19 11:04 PM EST</div>"
      "<div class=\"field-body\"><p>A court in the capital fined Minister " +
      hover_card("Jane Doe") +
      " on Monday for breaking the rules on party funding, the prosecutor said.</p><p>The "
      "case against " +
      hover_card("John Roe") +
      " and two aides was opened last spring, after an audit of the party's accounts.</p><p>"
      "Both deny wrongdoing, and " +
      hover_card("Jane Doe") +
      " said she would appeal against the ruling, her lawyer told reporters.</p></div>"
      "</body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "A court in the capital fined Minister")) << article.text;
  EXPECT_TRUE(contains(article.text, "said she would appeal against the ruling")) << article.text;
  EXPECT_FALSE(contains(article.text, "Budget talks stall")) << article.text;
  EXPECT_TRUE(std::any_of(article.removed.begin(), article.removed.end(),
                          [](const Removed& r) { return r.rule == "html.hover-card"; }));
}

TEST(HtmlChoice, CallToActionAndDonationBoxesAfterTheStoryAreChrome) {
  const std::string html =
      "<html><body><div class=\"entry\">" + story_paragraphs() +
      "<div class=\"zone zone-widget-custom-cta-letter\"><h5>A Word to Our Readers</h5><p>We "
      "do this work every day at no cost to you, but it is far from free to produce.</p></div>"
      "<div class=\"donate-box\"><p>Support our reporting, which readers like you fund.</p>"
      "</div></div></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "The next round is expected in Brussels")) << article.text;
  EXPECT_FALSE(contains(article.text, "no cost to you")) << article.text;
  EXPECT_FALSE(contains(article.text, "Support our reporting")) << article.text;
}

TEST(HtmlChoice, LinksInRunningTextWithoutAPictureStay) {
  const std::string html =
      "<html><body><div class=\"story\"><p>The ministers met in <a href=\"/v\">Vienna</a>, "
      "<a href=\"/b\">Brussels</a> and <a href=\"/g\">Geneva</a> this year, officials said, "
      "and will meet again in the spring to discuss the border.</p></div></body></html>";
  const HtmlArticle article = extract_html(html);
  EXPECT_TRUE(contains(article.text, "The ministers met in Vienna, Brussels and Geneva"))
      << article.text;
}

// A blog page: the post, then a block of related posts that are <article>s themselves, with
// more text than the post.
std::string post_with_related_articles(const std::string& h1) {
  std::string related =
      "<article class=\"post post-2\"><h3 class=\"box-title\">You may also like</h3>";
  for (const char* place : {"Lisbon", "Oslo", "Tallinn", "Valletta"})
    related += std::string("<article class=\"post teaser\"><h2>Harbour news</h2><p>In ") + place +
               ", meanwhile, the city council voted, after a long, heated, and at times bitter "
               "debate, to close the old harbour to cruise ships, to widen the tram network, "
               "and to raise parking fees, measures that residents, shop owners, and unions "
               "had argued about for years …</p></article>";
  related += "</article>";
  return "<html><head><title>Talks in Vienna resume — The Daily Example</title></head><body>"
         "<div id=\"primary\"><article class=\"post post-1\"><h1>" +
         h1 +
         "</h1><p>The foreign ministers of Armenia and Azerbaijan met in Vienna on Tuesday for a "
         "third round of talks on the border, the Austrian foreign ministry said, and officials "
         "from both sides described the meeting as constructive.</p></article>" +
         related + "</div></body></html>";
}

TEST(HtmlChoice, TheArticleWithThePageHeadlineIsTheStoryNotItsRelatedArticles) {
  const HtmlArticle article = extract_html(post_with_related_articles("Talks in Vienna resume"));
  EXPECT_TRUE(contains(article.text, "The foreign ministers of Armenia and Azerbaijan met"))
      << article.text;
  EXPECT_FALSE(contains(article.text, "the city council voted")) << article.text;
  EXPECT_FALSE(contains(article.text, "You may also like")) << article.text;
}

TEST(HtmlChoice, AnH1ThatIsNotThePageTitleDoesNotPickTheStory) {
  // The same page whose only <h1> heads something else: scoring decides, as before.
  const HtmlArticle article = extract_html(post_with_related_articles("Weekend weather"));
  EXPECT_TRUE(contains(article.text, "the city council voted")) << article.text;
}

}  // namespace
}  // namespace dyad
