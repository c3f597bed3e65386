#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

namespace dyad {

namespace {
// Percent of the text CLD2 finds English above which a document is coded whatever its top
// language.
constexpr int kEnglishShare = 20;
}  // namespace

DetectedLanguage detect_language(std::string_view text) {
  std::size_t length = std::min<std::size_t>(text.size(), 64u << 10);
  // Cut at a character boundary: CLD2 wants whole UTF-8 sequences.
  while (length < text.size() && length > 0 &&
         (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
    --length;
  bool reliable = false;
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  const CLD2::Language language =
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(length), /*is_plain_text=*/true,
                                  top3, percent3, &text_bytes, &reliable);
  // An English wire story about a foreign firm ("Oesterreichische Draukraftwerke AG of
  // Klagenfurt is launching...") can come out as German; an English share of its text says
  // it is English enough to code.
  int english_percent = 0;
  for (int i = 0; i < 3; ++i)
    if (top3[i] == CLD2::ENGLISH) english_percent += percent3[i];
  DetectedLanguage out;
  if (language != CLD2::UNKNOWN_LANGUAGE) out.code = CLD2::LanguageCode(language);
  out.reliable = reliable && language != CLD2::UNKNOWN_LANGUAGE &&
                 (language == CLD2::ENGLISH || english_percent < kEnglishShare);
  return out;
}

}  // namespace dyad
