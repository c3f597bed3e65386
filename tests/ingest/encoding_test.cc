// Pages and text files in legacy encodings, declared, undeclared and wrongly declared.
#include "ingest/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::ingest_all;
using testing::TempDir;

// `utf8` written in `charset`, the way a legacy site serves it.
std::string encode(const std::string& utf8, const char* charset) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  const int32_t length = ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                                         text.getBuffer(), text.length(), &status);
  ucnv_close(converter);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

bool has_replacement_char(const std::string& text) {
  return text.find("\uFFFD") != std::string::npos;
}

const std::string kFrench =
    "Le ministre des Affaires étrangères a déclaré à Genève que les négociations "
    "reprendraient « dès que possible ». L’accord prévoit une aide de 5 millions d’euros "
    "— 5 M€ — pour la région, a-t-il précisé jeudi après la réunion.";
const std::string kPolish =
    "Minister spraw zagranicznych Polski spotkał się w Łodzi z delegacją Węgier. "
    "Rozmowy dotyczyły współpracy gospodarczej i bezpieczeństwa energetycznego regionu. "
    "Źródła zbliżone do rządu podały, że porozumienie może zostać podpisane jeszcze w tym "
    "miesiącu, choć żadna ze stron nie potwierdziła tej informacji oficjalnie.";
const std::string kJapanese =
    "日本の外務大臣は二十日、東京で韓国の外相と会談し、両国の協力を強化することで一致した。"
    "会談では北朝鮮の核問題についても意見を交わし、緊密に連携していくことを確認した。"
    "外務省によると、両外相は年内に再び会うことで合意したという。";

std::string page(const std::string& head, const std::string& paragraph) {
  return "<!DOCTYPE html><html><head>" + head +
         "<title>Nouvelles</title></head><body><article><p>" + paragraph +
         "</p></article></body></html>";
}

TEST(Encoding, MetaCharsetWindows1252) {
  std::string bytes = encode(page("<meta charset=\"windows-1252\">", kFrench), "windows-1252");
  const DecodedCharset got = decode_to_utf8(bytes, {.html = true, .content_type = {}});
  EXPECT_EQ(got.encoding, "windows-1252");
  EXPECT_EQ(got.basis, "<meta charset>");
  EXPECT_NE(bytes.find(kFrench), std::string::npos);
}

TEST(Encoding, HttpEquivIso8859_2) {
  std::string bytes = encode(
      page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">", kPolish),
      "ISO-8859-2");
  const DecodedCharset got = decode_to_utf8(bytes, {.html = true, .content_type = {}});
  EXPECT_EQ(got.encoding, "iso-8859-2");
  EXPECT_NE(bytes.find(kPolish), std::string::npos);
}

TEST(Encoding, ShiftJisDeclaredAndUndeclared) {
  std::string declared = encode(page("<meta charset=\"Shift_JIS\">", kJapanese), "Shift_JIS");
  EXPECT_EQ(decode_to_utf8(declared, {.html = true, .content_type = {}}).encoding, "shift_jis");
  EXPECT_NE(declared.find(kJapanese), std::string::npos);

  std::string undeclared = encode(page("", kJapanese), "Shift_JIS");
  const DecodedCharset got = decode_to_utf8(undeclared, {.html = true, .content_type = {}});
  EXPECT_EQ(got.encoding, "shift_jis");
  EXPECT_TRUE(got.basis.starts_with("detected")) << got.basis;
  EXPECT_NE(undeclared.find(kJapanese), std::string::npos);
}

TEST(Encoding, MetaClaimingUtf8OverWindows1252BytesIsOverruled) {
  std::string bytes = encode(page("<meta charset=\"utf-8\">", kFrench), "windows-1252");
  const DecodedCharset got = decode_to_utf8(bytes, {.html = true, .content_type = {}});
  EXPECT_EQ(got.encoding, "windows-1252");
  EXPECT_NE(got.basis.find("<meta charset> says utf-8"), std::string::npos) << got.basis;
  EXPECT_FALSE(has_replacement_char(bytes));
  EXPECT_NE(bytes.find(kFrench), std::string::npos);
}

TEST(Encoding, MetaClaimingLatin1OverUtf8BytesIsOverruled) {
  std::string bytes = page("<meta charset=\"iso-8859-1\">", kFrench);
  const DecodedCharset got = decode_to_utf8(bytes, {.html = true, .content_type = {}});
  EXPECT_EQ(got.encoding, "utf-8");
  EXPECT_EQ(got.basis, "valid UTF-8 (<meta charset> says windows-1252)");
  EXPECT_NE(bytes.find(kFrench), std::string::npos);  // not double-decoded into "Ã©"
}

TEST(Encoding, MetaWinsOverHttpHeaderAndHeaderServesWhenPageIsSilent) {
  std::string bytes = encode(page("", kPolish), "ISO-8859-2");
  const DecodedCharset got =
      decode_to_utf8(bytes, {.html = true, .content_type = "text/html; charset=\"iso-8859-2\""});
  EXPECT_EQ(got.encoding, "iso-8859-2");
  EXPECT_EQ(got.basis, "HTTP Content-Type");
  EXPECT_NE(bytes.find(kPolish), std::string::npos);

  std::string declared = encode(page("<meta charset=iso-8859-2>", kPolish), "ISO-8859-2");
  EXPECT_EQ(
      decode_to_utf8(declared, {.html = true, .content_type = "text/html; charset=utf-8"}).basis,
      "<meta charset>");
}

TEST(Encoding, MostlyUtf8WithOneBrokenByteStaysUtf8) {
  std::string bytes = kFrench + " Fin\xE9.";
  const DecodedCharset got = decode_to_utf8(bytes, {});
  EXPECT_EQ(got.encoding, "utf-8");
  EXPECT_EQ(got.basis, "mostly valid UTF-8");
  EXPECT_TRUE(bytes.starts_with(kFrench));  // untouched: the caller repairs the one byte
}

TEST(Encoding, CharsetParameterAndMetaPrescan) {
  EXPECT_EQ(charset_parameter("text/html; Charset=\"Windows-1250\""), "windows-1250");
  EXPECT_EQ(charset_parameter("text/html"), "");
  EXPECT_EQ(declared_meta_charset("<html><head><META CHARSET='KOI8-R'>"), "koi8-r");
  EXPECT_EQ(declared_meta_charset("<p>charset=utf-8 in running text</p>"), "");
}

TEST(EncodingIngest, TextFileInWindows1252IsDetected) {
  TempDir dir;
  const auto got = ingest_all({dir.write("depeche.txt", encode(kFrench, "windows-1252"))});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].text, kFrench);
  EXPECT_EQ(got.documents[0].encoding, "windows-1252");
  EXPECT_TRUE(got.documents[0].warnings.empty());
}

TEST(EncodingIngest, HtmlPageTitleAndBodyInIso8859_2) {
  TempDir dir;
  const std::string html =
      "<html><head><meta charset=iso-8859-2><title>Spotkanie w Łodzi</title></head><body>"
      "<article><p>" +
      kPolish + "</p></article></body></html>";
  const auto got = ingest_all({dir.write("lodz.html", encode(html, "ISO-8859-2"))});
  ASSERT_EQ(got.documents.size(), 1u);
  const Document& doc = got.documents[0];
  EXPECT_EQ(doc.meta.title, "Spotkanie w Łodzi");
  EXPECT_EQ(doc.text, kPolish);
  EXPECT_EQ(doc.encoding, "iso-8859-2");
}

TEST(EncodingIngest, Utf16WithByteOrderMark) {
  TempDir dir;
  const auto got = ingest_all({dir.write("note.txt", encode("\uFEFF" + kFrench, "UTF-16LE"))});
  ASSERT_TRUE(got.errors.empty()) << got.errors[0].message;
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].text, kFrench);
  EXPECT_EQ(got.documents[0].encoding, "utf-16le");
}

TEST(EncodingIngest, JsonlLineWrittenInWindows1252) {
  TempDir dir;
  const std::string line = R"({"id":"fr1","text":")" + kFrench + "\"}\n";
  const auto got = ingest_all({dir.write("batch.jsonl", encode(line, "windows-1252"))});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].text, kFrench);
  EXPECT_EQ(got.documents[0].encoding, "windows-1252");
  EXPECT_TRUE(got.documents[0].warnings.empty());
}

}  // namespace
}  // namespace dyad
