#include "cli/pipeline.h"

#include <iostream>

#include "compat/foreign_dictionaries.h"
#include "util/paths.h"

namespace dyad::cli {

std::unique_ptr<Pipeline> make_pipeline(const std::string& data_dir,
                                        const std::string& dictionaries) {
  const auto data = find_data_dir(data_dir);
  if (dictionaries.empty()) return std::make_unique<Pipeline>(data);
  ForeignDictionaries foreign = load_foreign_dictionaries(find_foreign_dictionaries(dictionaries));
  for (const auto& problem : foreign.problems)
    std::cerr << "dyad: warning: " << problem.location << ": " << problem.message
              << " (line skipped)\n";
  return std::make_unique<Pipeline>(data, std::move(foreign.lexicon), std::move(foreign.patterns));
}

}  // namespace dyad::cli
