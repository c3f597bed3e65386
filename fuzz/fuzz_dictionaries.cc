// TABARI/PETRARCH dictionaries: the input is split into actors, agents and verbs files at lines
// "=====" ; any content loads with its bad lines reported, never a crash, hang or leak.
#include "compat/foreign_dictionaries.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = dyad::fuzz::as_text(data, size);
  const char* const names[] = {"Fuzz.actors", "Fuzz.agents", "Fuzz.verbs"};
  dyad::ForeignDictionaryFiles files;
  std::size_t from = 0;
  for (int part = 0; part < 3; ++part) {
    const std::size_t cut = part < 2 ? text.find("\n=====\n", from) : std::string_view::npos;
    const std::string_view piece =
        from <= text.size()
            ? text.substr(from, cut == std::string_view::npos ? text.npos : cut - from)
            : std::string_view();
    const auto path = dyad::fuzz::write_input(names[part], piece);
    (part == 0 ? files.actors : part == 1 ? files.agents : files.verbs).push_back(path);
    from = cut == std::string_view::npos ? text.size() + 1 : cut + 7;
  }
  try {
    dyad::load_foreign_dictionaries(files);
  } catch (const std::runtime_error&) {
    // a whole file refused (e.g. nothing usable): a clear error is a fine answer
  }
  return 0;
}
