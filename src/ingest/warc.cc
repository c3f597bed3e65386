#include "ingest/warc.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "ingest/gzip_reader.h"
#include "ingest/html.h"
#include "util/utf8.h"

namespace dyad {

namespace {

constexpr std::size_t kMaxHeaderLine = 64u << 10;

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "Name: value" lines up to the blank line; names lower-cased.
using Headers = std::map<std::string, std::string>;

void parse_header_line(std::string_view line, Headers& headers) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return;
  headers[lowercase(trim(line.substr(0, colon)))] = std::string(trim(line.substr(colon + 1)));
}

// Splits an HTTP response block into headers and body.
bool split_http(std::string_view block, Headers& headers, std::string_view& body) {
  auto end = block.find("\r\n\r\n");
  std::size_t separator = 4;
  if (end == std::string_view::npos) {
    end = block.find("\n\n");
    separator = 2;
  }
  if (end == std::string_view::npos) return false;
  std::string_view head = block.substr(0, end);
  body = block.substr(end + separator);
  bool status_line = true;
  while (!head.empty()) {
    const auto eol = head.find('\n');
    std::string_view line = head.substr(0, eol);
    head = eol == std::string_view::npos ? std::string_view() : head.substr(eol + 1);
    if (status_line) {
      if (!line.starts_with("HTTP/")) return false;
      status_line = false;
      continue;
    }
    parse_header_line(line, headers);
  }
  return true;
}

std::string dechunk(std::string_view body) {
  std::string out;
  while (!body.empty()) {
    const auto eol = body.find("\r\n");
    if (eol == std::string_view::npos) break;
    const std::size_t size = std::strtoul(std::string(body.substr(0, eol)).c_str(), nullptr, 16);
    body.remove_prefix(eol + 2);
    if (size == 0 || size > body.size()) break;
    out.append(body.substr(0, size));
    body.remove_prefix(std::min(body.size(), size + 2));
  }
  return out;
}

// Content-Encoding gzip/deflate; returns false when the payload cannot be inflated.
bool inflate_body(std::string_view body, std::string& out, std::size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) return false;  // +32: gzip or zlib header
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  stream.avail_in = static_cast<uInt>(body.size());
  char chunk[1 << 14];
  int status = Z_OK;
  while (status == Z_OK && out.size() <= max_bytes) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
  }
  inflateEnd(&stream);
  return status == Z_STREAM_END;
}

std::string host_of(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return std::string(url.substr(0, url.find_first_of("/:?#")));
}

}  // namespace

void read_warc(const std::filesystem::path& path, const IngestOptions& options,
               const IngestCallbacks& callbacks) {
  CompressedReader reader(path);
  if (!reader.open_error().empty()) {
    callbacks.on_error({path.string(), reader.open_error()});
    return;
  }
  std::string line;
  bool too_long = false;
  std::size_t record_number = 0;
  while (true) {
    // Skip blank lines between records, then expect the version line.
    bool got = false;
    while ((got = reader.read_line(line, kMaxHeaderLine, too_long)) && trim(line).empty()) {
    }
    if (!got) break;
    ++record_number;
    const std::string origin = path.string() + "#" + std::to_string(record_number);
    if (!line.starts_with("WARC/")) {
      callbacks.on_error({origin, "not a WARC record (expected a 'WARC/1.x' line, found '" +
                                      printable_name(shorten_utf8(trim(line), 40)) + "')"});
      return;
    }
    Headers headers;
    while (reader.read_line(line, kMaxHeaderLine, too_long) && !trim(line).empty())
      parse_header_line(line, headers);
    const auto length_it = headers.find("content-length");
    if (length_it == headers.end()) {
      callbacks.on_error({origin, "WARC record without Content-Length"});
      return;
    }
    const std::size_t length = std::strtoull(length_it->second.c_str(), nullptr, 10);
    const bool wanted = headers["warc-type"] == "response" &&
                        headers["content-type"].starts_with("application/http");
    if (!wanted || length > options.max_document_bytes) {
      if (reader.skip(length) < length) {
        callbacks.on_error({origin, reader.stream_error().empty()
                                        ? "truncated WARC record (file ends inside it)"
                                        : reader.stream_error()});
        return;
      }
      if (wanted)
        callbacks.on_error({origin, "response of " + std::to_string(length) +
                                        " bytes is over the document size limit"});
      continue;
    }
    std::string block;
    if (reader.read(block, length) < length) {
      callbacks.on_error({origin, reader.stream_error().empty()
                                      ? "truncated WARC record (file ends inside it)"
                                      : reader.stream_error()});
      return;
    }
    Headers http;
    std::string_view body;
    if (!split_http(block, http, body)) {
      callbacks.on_error({origin, "response record holds no HTTP response"});
      continue;
    }
    if (const auto& type = http["content-type"];
        !type.empty() && type.find("html") == std::string::npos)
      continue;  // images, PDFs, feeds: not articles
    std::string payload;
    if (lowercase(http["transfer-encoding"]).find("chunked") != std::string::npos)
      payload = dechunk(body);
    else
      payload = std::string(body);
    if (const auto encoding = lowercase(http["content-encoding"]);
        encoding == "gzip" || encoding == "deflate") {
      std::string inflated;
      if (!inflate_body(payload, inflated, options.max_document_bytes)) {
        callbacks.on_error({origin, "cannot decompress " + encoding + " HTTP body"});
        continue;
      }
      payload = std::move(inflated);
    }
    Document doc;
    doc.id = headers["warc-record-id"];
    if (doc.id.size() > 2 && doc.id.front() == '<' && doc.id.back() == '>')
      doc.id = doc.id.substr(1, doc.id.size() - 2);
    if (doc.id.empty()) doc.id = origin;
    doc.origin = origin;
    doc.format = "warc";
    if (std::string problem = prepare_text(payload, {/*html=*/true, http["content-type"]}, doc);
        !problem.empty()) {
      callbacks.on_error({origin, problem});
      continue;
    }
    HtmlArticle article = extract_html(payload);
    doc.text = std::move(article.text);
    doc.meta = std::move(article.meta);
    doc.removed = std::move(article.removed);
    std::string target = headers["warc-target-uri"];
    repair_utf8(target);  // header bytes are not checked the way the page is
    if (!target.empty()) {
      if (!doc.meta.url) doc.meta.url = target;
      if (!doc.meta.source) doc.meta.source = host_of(target);
    }
    if (trim(doc.text).empty()) {
      callbacks.on_error({origin, "page has no article text"});
      continue;
    }
    callbacks.on_document(std::move(doc));
  }
  if (!reader.stream_error().empty()) callbacks.on_error({path.string(), reader.stream_error()});
}

}  // namespace dyad
