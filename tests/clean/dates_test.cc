#include "clean/dates.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(ParseDate, FormatsNewsPagesUse) {
  EXPECT_EQ(parse_date("2024-04-20"), "2024-04-20");
  EXPECT_EQ(parse_date("2024-04-20T09:30:00+03:30"), "2024-04-20");
  EXPECT_EQ(parse_date("April 20, 2024"), "2024-04-20");
  EXPECT_EQ(parse_date("Apr. 20 2024"), "2024-04-20");
  EXPECT_EQ(parse_date("Sept. 3, 2023"), "2023-09-03");
  EXPECT_EQ(parse_date("20 April 2024"), "2024-04-20");
  EXPECT_EQ(parse_date("Saturday 20th of April 2024 |"), "2024-04-20");
  EXPECT_EQ(parse_date("DECEMBER 9, 2022"), "2022-12-09");
  EXPECT_EQ(parse_date("Mon, 1st May 2023 10:32 GMT"), "2023-05-01");
}

TEST(ParseDate, BylinesInOtherLanguages) {
  EXPECT_EQ(parse_date("21. April 2020"), "2020-04-21");
  EXPECT_EQ(parse_date("11. November 2021"), "2021-11-11");
  EXPECT_EQ(parse_date("3. März 2021"), "2021-03-03");
  EXPECT_EQ(parse_date("Donnerstag, 7. Oktober 2021"), "2021-10-07");
  EXPECT_EQ(parse_date("21 de abril de 2020"), "2020-04-21");
  EXPECT_EQ(parse_date("1er mai 2019"), "2019-05-01");
  EXPECT_EQ(parse_date("12 febbraio 2022"), "2022-02-12");
}

TEST(DateInUrl, PathDatesOnly) {
  EXPECT_EQ(date_in_url("https://www.example.com/2019/03/14/talks-resume/"), "2019-03-14");
  EXPECT_EQ(date_in_url("https://www.example.com/world/2019/11/8/20948348/air"), "2019-11-08");
  EXPECT_EQ(date_in_url("https://example.com/2019-03-14-talks-resume"), "2019-03-14");
  EXPECT_EQ(date_in_url("https://example.com/2019/03/talks"), std::nullopt);  // no day
  EXPECT_EQ(date_in_url("https://example.com/story/12345/2019"), std::nullopt);
  EXPECT_EQ(date_in_url("https://example.com/2019/02/30/x"), std::nullopt);
  EXPECT_EQ(date_in_url("https://example.com/a?from=/2019/03/14/"), std::nullopt);
  EXPECT_EQ(date_in_url("https://2019.example.com/"), std::nullopt);
}

TEST(ParseDate, RefusesWhatIsNotADate) {
  EXPECT_EQ(parse_date(""), std::nullopt);
  EXPECT_EQ(parse_date("04/05/2024"), std::nullopt);  // day/month order unknowable
  EXPECT_EQ(parse_date("February 30, 2024"), std::nullopt);
  EXPECT_EQ(parse_date("2024-13-01"), std::nullopt);
  EXPECT_EQ(parse_date("May the talks succeed"), std::nullopt);
  EXPECT_EQ(parse_date("Iran News"), std::nullopt);
}

TEST(IsDateLine, WholeLineMustBeADate) {
  EXPECT_TRUE(is_date_line("DECEMBER 9, 2022"));
  EXPECT_TRUE(is_date_line("Saturday 20th of April 2024 |"));
  EXPECT_TRUE(is_date_line("20 April 2024, 10:32 GMT"));
  EXPECT_TRUE(is_date_line("2023-09-20"));
  EXPECT_FALSE(is_date_line("On December 9, 2022 the ministers met in Baku."));
  EXPECT_FALSE(is_date_line("Iran News"));
}

}  // namespace
}  // namespace dyad
