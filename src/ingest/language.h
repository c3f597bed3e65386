// The language a document is written in (CLD2, Compact Language Detector 2).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

struct DetectedLanguage {
  std::string code = "un";  // ISO 639-1 where one exists ("en", "de"), "un" when unknown
  bool reliable = false;    // CLD2 is confident and the text is not partly English either
};

// The main language of valid UTF-8 `text` (its first 64 KB).
DetectedLanguage detect_language(std::string_view text);

}  // namespace dyad
