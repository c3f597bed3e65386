#include "ingest/ingest.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::ingest_all;
using testing::TempDir;

void write_gzip(const std::filesystem::path& file, const std::string& bytes) {
  gzFile out = gzopen(file.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  gzwrite(out, bytes.data(), static_cast<unsigned>(bytes.size()));
  gzclose(out);
}

TEST(Ingest, TextFileBecomesOneDocumentNamedByStem) {
  TempDir dir;
  const auto file = dir.write("story_1.txt", "\xEF\xBB\xBFHeadline\r\n\r\nBody line.\r\n");
  const auto got = ingest_all({file});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  const auto& doc = got.documents[0];
  EXPECT_EQ(doc.id, "story_1");
  EXPECT_EQ(doc.format, "txt");
  EXPECT_EQ(doc.origin, file.string());
  EXPECT_EQ(doc.text, "Headline\n\nBody line.\n");  // BOM dropped, CRLF normalised
}

TEST(Ingest, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("b.txt", "second article text");
  dir.write("a.txt", "first article text");
  dir.write("sub/c.htm",
            "<html><body><p>Third article, in a sub-directory, with words.</p></body></html>");
  dir.write("notes.pdf.tmp", "skipped: unknown extension inside a directory");
  dir.write(".hidden/d.txt", "skipped: hidden directory");
  const auto got = ingest_all({dir.path()});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 3u);
  EXPECT_EQ(got.documents[0].id, "a");
  EXPECT_EQ(got.documents[1].id, "b");
  EXPECT_EQ(got.documents[2].id, "c");
  EXPECT_EQ(got.documents[2].format, "html");
}

TEST(Ingest, JsonlGivesOneDocumentPerLineWithMetadata) {
  TempDir dir;
  const auto file = dir.write(
      "batch.jsonl",
      R"({"id":"a1","url":"https://example.org/a1","title":"T1","date":"2023-09-20","source":"Example","text":"Iran called on Armenia to talk."})"
      "\n\n"
      R"({"id":7,"html":"<html><head><title>Page</title></head><body><article><p>Azerbaijan and Armenia held talks in Brussels on Sunday, officials said.</p></article></body></html>"})"
      "\n");
  const auto got = ingest_all({file});
  ASSERT_TRUE(got.errors.empty()) << got.errors[0].message;
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_EQ(got.documents[0].id, "a1");
  EXPECT_EQ(got.documents[0].origin, file.string() + ":1");
  EXPECT_EQ(got.documents[0].meta.url, "https://example.org/a1");
  EXPECT_EQ(got.documents[0].meta.date, "2023-09-20");
  EXPECT_EQ(got.documents[0].meta.source, "Example");
  EXPECT_EQ(got.documents[0].text, "Iran called on Armenia to talk.");
  EXPECT_EQ(got.documents[1].id, "7");
  EXPECT_EQ(got.documents[1].origin, file.string() + ":3");
  EXPECT_NE(got.documents[1].text.find("held talks in Brussels"), std::string::npos);
  EXPECT_EQ(got.documents[1].meta.title, "Page");
}

TEST(Ingest, GzippedJsonlIsRead) {
  TempDir dir;
  const auto file = dir.path() / "batch.jsonl.gz";
  write_gzip(file, R"({"id":"z","text":"Compressed article text."})"
                   "\n");
  const auto got = ingest_all({file});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].text, "Compressed article text.");
}

// --- Bad input is normal input: each gives one error naming the document; the rest goes on.

TEST(IngestBadInput, EmptyFile) {
  TempDir dir;
  const auto empty = dir.write("empty.txt", "");
  const auto good = dir.write("good.txt", "A real article.");
  const auto got = ingest_all({empty, good});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].document, empty.string());
  EXPECT_EQ(got.errors[0].message, "empty document");
  EXPECT_EQ(got.documents.size(), 1u);
}

TEST(IngestBadInput, WhitespaceOnlyFile) {
  TempDir dir;
  const auto got = ingest_all({dir.write("blank.txt", " \n\t\n")});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].message, "document holds only whitespace");
}

TEST(IngestBadInput, BinaryFile) {
  TempDir dir;
  std::string bytes = "ELF";
  bytes += std::string("\0\0\x01\x02", 4);
  const auto got = ingest_all({dir.write("program.txt", bytes), dir.write("ok.txt", "Fine text.")});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message.find("binary content (NUL byte at offset 3)"), std::string::npos);
  EXPECT_EQ(got.documents.size(), 1u);
}

TEST(IngestBadInput, KnownBinaryFormatsAreNamed) {
  TempDir dir;
  const auto got =
      ingest_all({dir.write("a.txt", "%PDF-1.7\n..."), dir.write("b.txt", "\x89PNG\r\n")});
  ASSERT_EQ(got.errors.size(), 2u);
  EXPECT_EQ(got.errors[0].message, "a PDF document, not text");
  EXPECT_EQ(got.errors[1].message, "an image, not text");
}

TEST(IngestBadInput, BrokenBytesInUtf8TextAreRepairedWithAWarning) {
  // Mostly UTF-8 (é, à, —, ï) with one stray Latin-1 byte: UTF-8 it stays, the byte is replaced.
  // (A file that is Latin-1 throughout is converted instead: tests/ingest/encoding_test.cc.)
  TempDir dir;
  const auto got =
      ingest_all({dir.write("mixed.txt", "Café talks in Yerevan — à naïve start\xE9.")});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].text, "Café talks in Yerevan — à naïve start\uFFFD.");
  ASSERT_EQ(got.documents[0].warnings.size(), 1u);
  EXPECT_EQ(got.documents[0].warnings[0], "1 invalid UTF-8 sequence replaced with U+FFFD");
}

TEST(IngestBadInput, HugeSingleLineFileIsRefusedWithoutLoadingIt) {
  TempDir dir;
  const auto huge = dir.path() / "huge.txt";
  {
    std::ofstream out(huge, std::ios::binary);
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) out << chunk;  // 100 MB, no newline
  }
  const auto got = ingest_all({huge, dir.write("ok.txt", "Fine text.")});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].document, huge.string());
  EXPECT_EQ(got.errors[0].message,
            "file is 100.0 MB, over the 8.0 MB document limit (--max-doc-mb)");
  EXPECT_EQ(got.documents.size(), 1u);
}

TEST(IngestBadInput, OverlongJsonlLineIsSkippedAndTheNextLineRead) {
  TempDir dir;
  std::string lines = R"({"id":"big","text":")" + std::string(3 << 20, 'y') + "\"}\n";
  lines += R"({"id":"small","text":"Small one."})"
           "\n";
  IngestOptions options;
  options.max_document_bytes = 1 << 20;
  const auto got = ingest_all({dir.write("mixed.jsonl", lines)}, options);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].document.find("mixed.jsonl:1"), std::string::npos);
  EXPECT_NE(got.errors[0].message.find("over the 1.0 MB document limit"), std::string::npos);
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].id, "small");
}

TEST(IngestBadInput, TruncatedGzipKeepsWhatWasReadAndReportsTheFile) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 2000; ++i)
    lines += R"({"id":"d)" + std::to_string(i) + R"(","text":"Article number )" +
             std::to_string(i) +
             R"( about talks between two ministers."})"
             "\n";
  const auto whole = dir.path() / "whole.jsonl.gz";
  write_gzip(whole, lines);
  std::string bytes;
  {
    std::ifstream in(whole, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto cut = dir.write("cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  const auto got = ingest_all({cut});
  ASSERT_FALSE(got.errors.empty());
  EXPECT_EQ(got.errors.back().document, cut.string());
  EXPECT_NE(got.errors.back().message.find("truncated gzip stream"), std::string::npos);
  EXPECT_GT(got.documents.size(), 10u);
  EXPECT_LT(got.documents.size(), 2000u);
}

TEST(IngestBadInput, JsonlLinesThatAreNotArticles) {
  TempDir dir;
  const auto file = dir.write("bad.jsonl",
                              "{not json}\n"
                              "[1,2]\n"
                              R"({"id":"x","title":"no body"})"
                              "\n"
                              R"({"id":"ok","text":"Good line."})"
                              "\n");
  const auto got = ingest_all({file});
  ASSERT_EQ(got.errors.size(), 3u);
  EXPECT_EQ(got.errors[0].document, file.string() + ":1");
  EXPECT_EQ(got.errors[0].message, "not valid JSON");
  EXPECT_EQ(got.errors[1].message, "a JSON array, expected an object with \"text\" or \"html\"");
  EXPECT_EQ(got.errors[2].message, "no \"text\" or \"html\" field");
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].id, "ok");
}

TEST(IngestBadInput, HtmlSoupStillYieldsText) {
  TempDir dir;
  const auto got = ingest_all({dir.write(
      "soup.html",
      "<html><body><div><p>Officials in Baku <b>said the talks <p>would resume</b> next week, "
      "according to the ministry.</div></div></span><<<>>> <!-- never closed")});
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_NE(got.documents[0].text.find("Officials in Baku"), std::string::npos);
}

TEST(IngestBadInput, MissingPathIsReportedAndOthersRun) {
  TempDir dir;
  const auto got = ingest_all({dir.path() / "nope.txt", dir.write("ok.txt", "Fine text.")});
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].message, "no such file or directory");
  EXPECT_EQ(got.documents.size(), 1u);
}

}  // namespace
}  // namespace dyad
