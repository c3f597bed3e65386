// HTML ingest and clean: any page must extract and clean without crashing, hanging or leaking.
#include "clean/clean.h"
#include "fuzz/fuzz_input.h"
#include "ingest/encoding.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dyad::Cleaner cleaner(DYAD_DATA_DIR);
  std::string bytes(dyad::fuzz::as_text(data, size));
  dyad::Document doc;
  dyad::CharsetHints hints;
  hints.html = true;
  if (!dyad::prepare_text(bytes, hints, doc).empty()) return 0;
  dyad::HtmlArticle page = dyad::extract_html(bytes);
  doc.id = "fuzz";
  doc.text = std::move(page.text);
  doc.meta = std::move(page.meta);
  cleaner.clean(doc);
  return 0;
}
