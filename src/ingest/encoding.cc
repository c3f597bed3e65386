#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <optional>
#include <utility>

#include "util/utf8.h"

namespace dyad {

namespace {

// Maps a declared or detected label to the encoding browsers actually use for it (the WHATWG
// Encoding Standard): "iso-8859-1" and "ascii" pages are decoded as windows-1252, whose extra
// letters (curly quotes, dashes) such pages use all the time; GB2312 as its superset GB18030.
std::string canonical_label(std::string label) {
  label = lower_ascii(trim(label));
  static const std::array<std::pair<std::string_view, std::string_view>, 24> kAliases = {{
      {"utf8", "utf-8"},
      {"unicode-1-1-utf-8", "utf-8"},
      {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},
      {"iso_8859-1", "windows-1252"},
      {"latin1", "windows-1252"},
      {"l1", "windows-1252"},
      {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},
      {"cp1252", "windows-1252"},
      {"x-cp1252", "windows-1252"},
      {"iso-8859-9", "windows-1254"},
      {"latin5", "windows-1254"},
      {"tis-620", "windows-874"},
      {"iso-8859-11", "windows-874"},
      {"gb2312", "gb18030"},
      {"gbk", "gb18030"},
      {"x-gbk", "gb18030"},
      {"euc-kr", "windows-949"},
      {"ks_c_5601-1987", "windows-949"},
      {"sjis", "shift_jis"},
      {"x-sjis", "shift_jis"},
      {"ms_kanji", "shift_jis"},
      {"windows-31j", "shift_jis"},
  }};
  for (const auto& [alias, name] : kAliases)
    if (label == alias) return std::string(name);
  return label;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Converts with ICU. Strict: nullopt at the first byte sequence `charset` does not define.
// Lenient: such bytes become U+FFFD. Also nullopt when ICU does not know `charset`.
std::optional<std::string> convert(std::string_view bytes, const std::string& charset,
                                   bool strict) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  if (strict)
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  // Every supported encoding yields at most one UTF-16 unit per byte, plus a possible flush.
  std::u16string units(bytes.size() + 8, u'\0');
  const int32_t length =
      ucnv_toUChars(converter.get(), units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  icu::UnicodeString(false, units.data(), length).toUTF8String(out);
  return out;
}

bool is_utf8_label(const std::string& label) {
  return label == "utf-8" || label.starts_with("utf-16") || label.starts_with("utf-32");
}

// ICU's detector, best guess first; only encodings that convert these bytes without error.
std::optional<std::pair<std::string, int>> detect(std::string_view bytes, bool html) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_enableInputFilter(detector, html);  // ignore markup: its ASCII says nothing
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
  std::optional<std::pair<std::string, int>> found;
  for (int32_t i = 0; U_SUCCESS(status) && i < count && !found; ++i) {
    UErrorCode match_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &match_status);
    const int confidence = ucsdet_getConfidence(matches[i], &match_status);
    if (U_FAILURE(match_status) || !name) continue;
    std::string label = canonical_label(name);
    // The bytes are known not to be UTF-8, and UTF-16/32 without a byte-order mark would have
    // NUL bytes the caller refuses; IBM424/420 "_rtl/_ltr" variants are EBCDIC, never on the web.
    if (is_utf8_label(label) || label.find("ibm") != std::string::npos) continue;
    if (convert(bytes, label, /*strict=*/true)) found.emplace(std::move(label), confidence);
  }
  ucsdet_close(detector);
  return found;
}

}  // namespace

std::string charset_parameter(std::string_view content_type) {
  const std::string lowered = lower_ascii(content_type);
  const std::size_t at = lowered.find("charset=");
  if (at == std::string::npos) return {};
  std::size_t begin = at + 8;
  while (begin < lowered.size() && (lowered[begin] == '"' || lowered[begin] == '\'')) ++begin;
  std::size_t end = begin;
  while (end < lowered.size() && lowered[end] != '"' && lowered[end] != '\'' &&
         lowered[end] != ';' && lowered[end] != ' ' && lowered[end] != '>' && lowered[end] != '/')
    ++end;
  return lowered.substr(begin, end - begin);
}

std::string declared_meta_charset(std::string_view html) {
  const std::string head = lower_ascii(html.substr(0, 4096));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t close = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, close == std::string::npos ? close : close - at + 1);
    if (std::string charset = charset_parameter(tag); !charset.empty()) return charset;
  }
  return {};
}

DecodedCharset decode_to_utf8(std::string& bytes, const CharsetHints& hints) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    return {"utf-8", "byte-order mark"};
  }
  for (const auto& [bom, name] : {std::pair{std::string_view("\xFE\xFF"), "utf-16be"},
                                  std::pair{std::string_view("\xFF\xFE"), "utf-16le"}}) {
    if (!bytes.starts_with(bom)) continue;
    if (auto text = convert(std::string_view(bytes).substr(2), name, /*strict=*/false)) {
      bytes = std::move(*text);
      return {name, "byte-order mark"};
    }
  }
  std::string declared, declared_by;
  if (hints.html) {
    declared = canonical_label(declared_meta_charset(bytes));
    declared_by = "<meta charset>";
  }
  if (declared.empty() && !hints.content_type.empty()) {
    declared = canonical_label(charset_parameter(hints.content_type));
    declared_by = "HTTP Content-Type";
  }
  const std::string claim = declared.empty() ? "" : " (" + declared_by + " says " + declared + ")";
  const Utf8Census utf8 = utf8_census(bytes);
  if (utf8.invalid == 0) {
    if (utf8.multibyte == 0) return {"utf-8", "ASCII only"};
    return {"utf-8",
            declared.empty() || declared == "utf-8" ? "valid UTF-8" : "valid UTF-8" + claim};
  }
  // A UTF-8 page with a few broken sequences (a cut-off character, one pasted legacy quote)
  // stays UTF-8: reading it all as windows-1252 would garble every correct letter.
  if (utf8.multibyte >= 4 * utf8.invalid) return {"utf-8", "mostly valid UTF-8"};
  if (!declared.empty() && !is_utf8_label(declared)) {
    if (auto text = convert(bytes, declared, /*strict=*/true)) {
      bytes = std::move(*text);
      return {declared, declared_by};
    }
  }
  if (auto found = detect(bytes, hints.html)) {
    auto text = convert(bytes, found->first, /*strict=*/true);
    bytes = std::move(*text);
    return {found->first, "detected (confidence " + std::to_string(found->second) + ")" + claim};
  }
  // Nothing converts cleanly: windows-1252 defines all but five bytes, which become U+FFFD.
  if (auto text = convert(bytes, "windows-1252", /*strict=*/false)) bytes = std::move(*text);
  return {"windows-1252", "assumed: no encoding reads these bytes without error" + claim};
}

}  // namespace dyad
