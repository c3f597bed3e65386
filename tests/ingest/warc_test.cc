#include "ingest/warc.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <sstream>

#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::ingest_all;
using testing::TempDir;

std::string warc_record(const std::string& type, const std::string& uri, const std::string& id,
                        const std::string& content_type, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-01-05T10:00:00Z\r\nWARC-Record-ID: <" + id +
         ">\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string http_response(const std::string& content_type, const std::string& body,
                          const std::string& extra_headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n" + extra_headers + "\r\n" +
         body;
}

const std::string kPage =
    "<html><head><title>Ministers meet</title>"
    "<meta property=\"article:published_time\" content=\"2024-01-04T08:00:00Z\"></head>"
    "<body><nav><a href=/>Home</a></nav><article><p>The foreign ministers of Armenia and "
    "Azerbaijan met in Almaty on Thursday, the Kazakh foreign ministry said.</p></article></body>"
    "</html>";

std::string sample_warc() {
  std::string warc =
      warc_record("warcinfo", "", "urn:uuid:info", "application/warc-fields", "software: test\r\n");
  warc += warc_record("request", "https://news.example/a", "urn:uuid:req", "application/http",
                      "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n");
  warc += warc_record("response", "https://news.example/a", "urn:uuid:resp-1",
                      "application/http; msgtype=response",
                      http_response("text/html; charset=utf-8", kPage));
  warc += warc_record("response", "https://news.example/logo.png", "urn:uuid:img",
                      "application/http; msgtype=response", http_response("image/png", "\x89PNG"));
  // A chunked response, as servers send and some crawlers store.
  const std::string chunked = "10\r\n" + kPage.substr(0, 16) + "\r\n" +
                              [] {
                                std::ostringstream size;
                                size << std::hex << (kPage.size() - 16);
                                return size.str();
                              }() +
                              "\r\n" + kPage.substr(16) + "\r\n0\r\n\r\n";
  warc += warc_record("response", "https://news.example/b", "urn:uuid:resp-2",
                      "application/http; msgtype=response",
                      http_response("text/html", chunked, "Transfer-Encoding: chunked\r\n"));
  return warc;
}

TEST(Warc, ResponseRecordsWithHtmlBecomeDocuments) {
  TempDir dir;
  const auto file = dir.write("crawl.warc", sample_warc());
  const auto got = ingest_all({file});
  ASSERT_TRUE(got.errors.empty()) << got.errors[0].document << ": " << got.errors[0].message;
  ASSERT_EQ(got.documents.size(), 2u);
  const auto& doc = got.documents[0];
  EXPECT_EQ(doc.id, "urn:uuid:resp-1");
  EXPECT_EQ(doc.format, "warc");
  EXPECT_EQ(doc.meta.url, "https://news.example/a");
  EXPECT_EQ(doc.meta.date, "2024-01-04T08:00:00Z");  // the page's date, not the crawl's
  EXPECT_NE(doc.text.find("met in Almaty on Thursday"), std::string::npos);
  EXPECT_EQ(doc.text.find("Home"), std::string::npos);
  EXPECT_EQ(got.documents[1].id, "urn:uuid:resp-2");
  EXPECT_NE(got.documents[1].text.find("met in Almaty on Thursday"), std::string::npos);
}

TEST(Warc, HttpContentTypeCharsetDecodesAPageThatDeclaresNothing) {
  // ISO-8859-2 bytes: \xA3 is Ł, \xF3 ó, \xBC ź, \xB3 ł ("Łódź", "Radosław").
  const std::string body =
      "<html><body><article><p>The foreign ministers of Poland and Hungary met in \xA3\xF3"
      "d\xBC"
      " on Thursday; Rados\xB3"
      "aw Sikorski called the talks useful.</p></article></body></html>";
  TempDir dir;
  const auto file =
      dir.write("crawl.warc", warc_record("response", "https://news.example/pl", "urn:uuid:pl",
                                          "application/http; msgtype=response",
                                          http_response("text/html; charset=ISO-8859-2", body)));
  const auto got = ingest_all({file});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].encoding, "iso-8859-2");
  EXPECT_EQ(got.documents[0].encoding_basis, "HTTP Content-Type");
  EXPECT_NE(got.documents[0].text.find("met in Łódź on Thursday; Radosław Sikorski"),
            std::string::npos)
      << got.documents[0].text;
}

TEST(Warc, GzipMemberPerRecordIsRead) {
  TempDir dir;
  const auto file = dir.path() / "crawl.warc.gz";
  // Common Crawl compresses each record as its own gzip member, concatenated.
  const std::string whole = sample_warc();
  std::size_t start = 0;
  while (start < whole.size()) {
    std::size_t next = whole.find("WARC/1.0\r\n", start + 1);
    if (next == std::string::npos) next = whole.size();
    gzFile out = gzopen(file.c_str(), "ab");
    gzwrite(out, whole.data() + start, static_cast<unsigned>(next - start));
    gzclose(out);
    start = next;
  }
  const auto got = ingest_all({file});
  ASSERT_TRUE(got.errors.empty());
  EXPECT_EQ(got.documents.size(), 2u);
}

TEST(Warc, TruncatedRecordIsReportedAfterEarlierRecords) {
  TempDir dir;
  const std::string whole = sample_warc();
  const auto file = dir.write("cut.warc", whole.substr(0, whole.size() - 200));
  const auto got = ingest_all({file});
  EXPECT_EQ(got.documents.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].message, "truncated WARC record (file ends inside it)");
}

TEST(Warc, NotAWarcFile) {
  TempDir dir;
  const auto got = ingest_all({dir.write("fake.warc", "hello world\n")});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message.find("not a WARC record"), std::string::npos);
}

}  // namespace
}  // namespace dyad
