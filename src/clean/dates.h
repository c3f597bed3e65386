// Reading calendar dates written the ways news pages write them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

// Parses a date and returns it as "YYYY-MM-DD", or nullopt when `text` is not a date.
// Accepts ISO 8601 ("2024-04-20", "2024-04-20T09:30:00+03:30"), "April 20, 2024",
// "Apr. 20 2024", "20 April 2024", "20th of April 2024", an optional leading weekday
// ("Saturday 20th of April 2024"), and trailing time or separators ("| 10:32 GMT").
// All-numeric day/month orders other than ISO are refused: 04/05/2024 is ambiguous.
// Month and weekday names come from ICU's date symbols for English, German, French, Spanish,
// Italian, Portuguese and Dutch: "21. April 2020", "11. März 2021", "21 de abril de 2020",
// "1er mai 2019".
std::optional<std::string> parse_date(std::string_view text);

// The date a URL's path carries: "/2019/03/14/", "/2019/11/8/slug", "/2019-03-14-slug".
// nullopt when the path has none (a year alone, "/2019/03/", is not a day).
std::optional<std::string> date_in_url(std::string_view url);

// True when the whole line is a date (with at most a weekday, time and separators around it).
bool is_date_line(std::string_view line);

}  // namespace dyad
