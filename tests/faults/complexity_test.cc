// Complexity tests: time must grow about linearly with a document's size, for one long paragraph
// (every stage, through `dyad code`) and for deeply nested HTML (ingest). Times are compared
// within one run, as ratios between sizes 4x or 8x apart, never against absolute limits.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "ingest/html.h"
#include "support/run_dyad.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::quoted;

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kScale = 8;  // sanitised builds run ~10x slower: smaller documents
#else
constexpr std::size_t kScale = 1;
#endif

// Seconds `dyad code` takes on `file`, the best of two runs, less a run on a tiny document
// (start-up: loading the dictionaries).
double seconds_to_code(const std::filesystem::path& file) {
  auto time = [&](const std::filesystem::path& input) {
    double best = 1e9;
    for (int run = 0; run < 2; ++run) {
      const auto start = std::chrono::steady_clock::now();
      const auto result =
          testing::run_dyad("code --max-doc-mb 64 " + quoted(input.string()) + " >/dev/null");
      EXPECT_EQ(result.exit_code, 0) << result.err;
      best = std::min(
          best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
  };
  testing::TempDir dir;
  const auto tiny = dir.write("tiny.txt", "Talks\n\nTurkey condemned Syria.\n");
  return std::max(time(file) - time(tiny), 1e-3);
}

// A single paragraph of `bytes` bytes: clauses joined by commas, never a full stop.
std::string one_paragraph(std::size_t bytes) {
  static const char* const kClauses[] = {
      "Turkey condemned Syria on Monday, ", "Iran praised Armenia for the talks, ",
      "officials said the ministers met in Geneva, ", "Russia accused Ukraine of shelling, "};
  std::string text = "Headline\n\n";
  for (std::size_t i = 0; text.size() < bytes; ++i) text += kClauses[i % 4];
  return text + "the end.\n";
}

TEST(Complexity, OneLongParagraphIsLinearInEveryStage) {
  // 4x the text: n log n takes ~4.5x the time, n^2 16x.
  testing::TempDir dir;
  const std::size_t small = (512u << 10) / kScale;
  const double ta = seconds_to_code(dir.write("small.txt", one_paragraph(small)));
  const double tb = seconds_to_code(dir.write("large.txt", one_paragraph(small * 4)));
  EXPECT_LT(tb / ta, 10.0) << ta << " s for " << small << " bytes, " << tb << " s for 4x";
}

// Seconds extract_html takes on `html`, the best of three runs.
double seconds_to_extract(const std::string& html) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const HtmlArticle article = extract_html(html);
    EXPECT_NE(article.text.find("Iran praised Armenia."), std::string::npos);
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

std::string nested(const std::string& prefix, const std::string& open, std::size_t depth) {
  std::string html = prefix + "<html><body><p>Turkey condemned Syria on Monday.</p>";
  for (std::size_t i = 0; i < depth; ++i) html += open;
  return html + "<p>Iran praised Armenia.</p></body></html>";
}

TEST(Complexity, DeepHtmlIsLinear) {
  // 8x the depth (12,500 → 100,000): n log n takes ~9x the time, n^2 64x.
  const std::size_t small = 12500 / kScale;
  for (const auto& [prefix, open] : std::vector<std::pair<std::string, std::string>>{
           {"", "<div>"}, {"", "<div/>"}, {"", "<span/>"}, {"<!-->", "<div>"}}) {
    const double ta = seconds_to_extract(nested(prefix, open, small));
    const double tb = seconds_to_extract(nested(prefix, open, small * 8));
    EXPECT_LT(tb / ta, 24.0) << prefix << open << ": " << ta << " s for depth " << small << ", "
                             << tb << " s for 8x";
  }
}

}  // namespace
}  // namespace dyad
