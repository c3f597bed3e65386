#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

namespace dyad {

DetectedLanguage detect_language(std::string_view text) {
  std::size_t length = std::min<std::size_t>(text.size(), 64u << 10);
  // Cut at a character boundary: CLD2 wants whole UTF-8 sequences.
  while (length < text.size() && length > 0 &&
         (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
    --length;
  bool reliable = false;
  const CLD2::Language language = CLD2::DetectLanguage(text.data(), static_cast<int>(length),
                                                       /*is_plain_text=*/true, &reliable);
  DetectedLanguage out;
  if (language != CLD2::UNKNOWN_LANGUAGE) out.code = CLD2::LanguageCode(language);
  out.reliable = reliable && language != CLD2::UNKNOWN_LANGUAGE;
  return out;
}

}  // namespace dyad
