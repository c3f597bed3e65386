#include "ingest/ingest.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

#include "ingest/gzip_reader.h"
#include "ingest/html.h"
#include "ingest/not_article.h"
#include "ingest/warc.h"
#include "util/utf8.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

enum class Format { kText, kHtml, kJsonl, kWarc, kUnknown };

Format format_of(const fs::path& path) {
  std::string name = path.filename().string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (name.ends_with(".gz")) name.resize(name.size() - 3);
  if (name.ends_with(".txt") || name.ends_with(".text")) return Format::kText;
  if (name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml"))
    return Format::kHtml;
  if (name.ends_with(".jsonl") || name.ends_with(".ndjson")) return Format::kJsonl;
  if (name.ends_with(".warc")) return Format::kWarc;
  return Format::kUnknown;
}

std::string document_stem(const fs::path& path) {
  std::string stem = path.filename().string();
  for (const char* ext : {".gz", ".txt", ".text", ".html", ".htm", ".xhtml"})
    if (stem.size() > std::strlen(ext) && stem.ends_with(ext))
      stem.resize(stem.size() - std::strlen(ext));
  return stem;
}

std::string megabytes(std::size_t bytes) {
  char out[32];
  std::snprintf(out, sizeof out, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return out;
}

// Recognises common non-text formats by their first bytes, to name them in the error.
std::string sniff_binary(std::string_view bytes) {
  if (bytes.starts_with("\x1f\x8b"))
    return "gzip-compressed data (name the file .jsonl.gz or .warc.gz)";
  if (bytes.starts_with("%PDF")) return "a PDF document, not text";
  if (bytes.starts_with("PK\x03\x04")) return "a ZIP archive, not text";
  if (bytes.starts_with("\x89PNG") || bytes.starts_with("\xFF\xD8\xFF") ||
      bytes.starts_with("GIF8"))
    return "an image, not text";
  const std::size_t window = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t control = 0;
  for (std::size_t i = 0; i < window; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return "binary content (NUL byte at offset " + std::to_string(i) + "), not text";
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (window > 0 && control * 10 > window) return "binary content (many control bytes), not text";
  return {};
}

void finish_html(Document& doc, std::string&& html) {
  HtmlArticle article = extract_html(html);
  doc.text = std::move(article.text);
  doc.removed = std::move(article.removed);
  // Fields given explicitly (JSONL) win over what the page says about itself.
  if (!doc.meta.title) doc.meta.title = std::move(article.meta.title);
  if (!doc.meta.date) doc.meta.date = std::move(article.meta.date);
  if (!doc.meta.url) doc.meta.url = std::move(article.meta.url);
  if (!doc.meta.source) doc.meta.source = std::move(article.meta.source);
}

void read_single(const fs::path& path, Format format, const IngestOptions& options,
                 const IngestCallbacks& callbacks) {
  const std::string origin = path.string();
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return callbacks.on_error({origin, ec.message()});
  if (size > options.max_document_bytes)
    return callbacks.on_error({origin, "file is " + megabytes(size) + ", over the " +
                                           megabytes(options.max_document_bytes) +
                                           " document limit (--max-doc-mb)"});
  std::ifstream in(path, std::ios::binary);
  if (!in) return callbacks.on_error({origin, std::strerror(errno)});
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));

  Document doc;
  doc.id = document_stem(path);
  doc.origin = origin;
  if (std::string problem = prepare_text(bytes, doc.warnings); !problem.empty())
    return callbacks.on_error({origin, problem});
  if (format == Format::kHtml || (format == Format::kUnknown && looks_like_html(bytes))) {
    doc.format = "html";
    finish_html(doc, std::move(bytes));
    if (trim(doc.text).empty()) return callbacks.on_error({origin, "page has no article text"});
  } else {
    if (std::string reason = not_an_article(path, bytes); !reason.empty()) {
      if (callbacks.on_not_article) callbacks.on_not_article({origin, std::move(reason)});
      return;
    }
    doc.format = "txt";
    doc.text = std::move(bytes);
  }
  callbacks.on_document(std::move(doc));
}

std::optional<std::string> string_field(const nlohmann::json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return std::nullopt;
}

void read_jsonl(const fs::path& path, const IngestOptions& options,
                const IngestCallbacks& callbacks) {
  CompressedReader reader(path);
  if (!reader.open_error().empty()) return callbacks.on_error({path.string(), reader.open_error()});
  const std::string stem = path.stem().string();
  std::string line;
  bool too_long = false;
  std::size_t line_number = 0;
  while (reader.read_line(line, options.max_document_bytes, too_long)) {
    ++line_number;
    const std::string origin = path.string() + ":" + std::to_string(line_number);
    if (too_long) {
      callbacks.on_error({origin, "line is over the " + megabytes(options.max_document_bytes) +
                                      " document limit (--max-doc-mb)"});
      continue;
    }
    if (trim(line).empty()) continue;
    Document doc;
    doc.origin = origin;
    doc.format = "jsonl";
    if (repair_utf8(line) > 0) doc.warnings.push_back("invalid UTF-8 replaced with U+FFFD");
    const nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
      callbacks.on_error({origin, "not valid JSON"});
      continue;
    }
    if (!object.is_object()) {
      callbacks.on_error({origin, "a JSON " + std::string(object.type_name()) +
                                      ", expected an object with \"text\" or \"html\""});
      continue;
    }
    doc.id = string_field(object, "id").value_or(stem + ":" + std::to_string(line_number));
    doc.meta.title = string_field(object, "title");
    doc.meta.date = string_field(object, "date");
    doc.meta.url = string_field(object, "url");
    doc.meta.source = string_field(object, "source");
    auto text = string_field(object, "text");
    auto html = string_field(object, "html");
    if (!text && !html) {
      callbacks.on_error({origin, "no \"text\" or \"html\" field"});
      continue;
    }
    std::string body = text ? std::move(*text) : std::move(*html);
    if (std::string problem = prepare_text(body, doc.warnings); !problem.empty()) {
      callbacks.on_error({origin, problem});
      continue;
    }
    if (text) {
      doc.text = std::move(body);
    } else {
      finish_html(doc, std::move(body));
      if (trim(doc.text).empty()) {
        callbacks.on_error({origin, "page has no article text"});
        continue;
      }
    }
    callbacks.on_document(std::move(doc));
  }
  if (!reader.stream_error().empty())
    callbacks.on_error(
        {path.string(), reader.stream_error() + " after line " + std::to_string(line_number)});
}

void read_file(const fs::path& path, Format format, const IngestOptions& options,
               const IngestCallbacks& callbacks) {
  switch (format) {
    case Format::kJsonl:
      return read_jsonl(path, options, callbacks);
    case Format::kWarc:
      return read_warc(path, options, callbacks);
    default:
      return read_single(path, format, options, callbacks);
  }
}

}  // namespace

std::string prepare_text(std::string& bytes, std::vector<std::string>& warnings) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (trim(bytes).empty())
    return bytes.empty() ? "empty document" : "document holds only whitespace";
  if (std::string binary = sniff_binary(bytes); !binary.empty()) return binary;
  if (const std::size_t replaced = repair_utf8(bytes); replaced > 0)
    warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence" +
                       (replaced == 1 ? "" : "s") + " replaced with U+FFFD");
  if (bytes.find('\r') != std::string::npos) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] != '\r') {
        out += bytes[i];
      } else if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
        out += '\n';  // a lone CR (old Mac line end) is a line end too
      }
    }
    bytes = std::move(out);
  }
  return {};
}

namespace {

// The files of one input: those ingest reads (in the order it reads them) and those it cannot.
struct InputFiles {
  std::vector<fs::path> readable, unreadable;
  std::string error;  // the input is missing, or a directory could not be listed
};

InputFiles list_files(const fs::path& input) {
  InputFiles out;
  std::error_code ec;
  const auto status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    out.error = "no such file or directory";
    return out;
  }
  if (!fs::is_directory(status)) {
    out.readable.push_back(input);
    return out;
  }
  fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file())
      (format_of(it->path()) != Format::kUnknown ? out.readable : out.unreadable)
          .push_back(it->path());
  }
  if (ec) out.error = "cannot list directory: " + ec.message();
  std::sort(out.readable.begin(), out.readable.end());
  std::sort(out.unreadable.begin(), out.unreadable.end());
  return out;
}

}  // namespace

std::uintmax_t input_bytes(const std::vector<fs::path>& inputs) {
  std::uintmax_t total = 0;
  for (const auto& input : inputs)
    for (const auto& file : list_files(input).readable) {
      std::error_code ec;
      const auto size = fs::file_size(file, ec);
      if (!ec) total += size;
    }
  return total;
}

void ingest(const std::vector<fs::path>& inputs, const IngestOptions& options,
            const IngestCallbacks& callbacks) {
  for (const auto& input : inputs) {
    const InputFiles files = list_files(input);
    if (!files.error.empty()) callbacks.on_error({input.string(), files.error});
    if (callbacks.on_not_article)
      for (const auto& file : files.unreadable) {
        const std::string extension = file.extension().string();
        callbacks.on_not_article({file.string(), extension.empty()
                                                     ? "no file extension dyad reads"
                                                     : extension + ": not a format dyad reads"});
      }
    for (const auto& file : files.readable) read_file(file, format_of(file), options, callbacks);
  }
}

}  // namespace dyad
