// What a page's markup loses before gumbo parses it (html.cc, step 1): a byte scanner that
// approximates the HTML5 tokenizer well enough to find tags, comments and raw-text elements.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad::html {

// gumbo's tree builder is quadratic in nesting depth (scope checks walk the open-element stack):
// 100k nested <div>s take minutes. Start and end tags nested deeper than this are blanked out;
// their text stays.
constexpr int kMaxNesting = 1000;

// The page as gumbo should parse it, or none when that is `html` itself:
// - tags nested deeper than kMaxNesting blanked out;
// - the text of <script> and <style> elements dropped (the elements stay, empty). Nothing reads
//   it but the JSON-LD reader, whose scripts are kept, and tokenizing it was most of gumbo's time
//   on real pages (scripts and style sheets are half the bytes of the extraction benchmark's).
//   Dropped only where the scanner and the HTML5 tokenizer surely agree on where the text
//   begins and ends; anywhere else it is left for gumbo.
std::optional<std::string> prepare_for_parser(std::string_view html);

}  // namespace dyad::html
