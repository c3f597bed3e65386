#include "ingest/ingest.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>
#include <unordered_map>

#include "ingest/gzip_reader.h"
#include "ingest/html.h"
#include "ingest/language.h"
#include "ingest/not_article.h"
#include "ingest/plain_text.h"
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
  if (!doc.meta.date) {
    doc.meta.date = std::move(article.meta.date);
    doc.meta.date_source = std::move(article.meta.date_source);
  }
  if (!doc.meta.url) doc.meta.url = std::move(article.meta.url);
  if (!doc.meta.source) doc.meta.source = std::move(article.meta.source);
}

void read_single(const fs::path& path, Format format, const std::string& id,
                 const IngestOptions& options, const IngestCallbacks& callbacks) {
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
  doc.id = id;
  doc.origin = origin;
  const bool html =
      format == Format::kHtml || (format == Format::kUnknown && looks_like_html(bytes));
  if (std::string problem = prepare_text(bytes, {html, {}}, doc); !problem.empty())
    return callbacks.on_error({origin, problem});
  if (html) {
    doc.format = "html";
    finish_html(doc, std::move(bytes));
    if (trim(doc.text).empty()) return callbacks.on_error({origin, "page has no article text"});
  } else {
    // Unwrapped first: a hard-wrapped wire story's short lines are not a list.
    unwrap_hard_wrapped(bytes);
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

void read_jsonl(const fs::path& path, const std::string& stem, const IngestOptions& options,
                const IngestCallbacks& callbacks) {
  CompressedReader reader(path);
  if (!reader.open_error().empty()) return callbacks.on_error({path.string(), reader.open_error()});
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
    // A line that is not UTF-8 comes from a tool that wrote a page's bytes as they were: read
    // it in their encoding (the JSON syntax is ASCII in all of them).
    std::optional<DecodedCharset> line_charset;
    if (!is_valid_utf8(line)) {
      line_charset = decode_to_utf8(line, {/*html=*/true, {}});
      if (repair_utf8(line) > 0) doc.warnings.push_back("invalid UTF-8 replaced with U+FFFD");
    }
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
    if (std::string problem = prepare_text(body, {html.has_value(), {}}, doc); !problem.empty()) {
      callbacks.on_error({origin, problem});
      continue;
    }
    if (line_charset) {
      doc.encoding = std::move(line_charset->encoding);
      doc.encoding_basis = "JSON line: " + line_charset->basis;
    }
    if (text) {
      doc.text = std::move(body);
      unwrap_hard_wrapped(doc.text);
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

// `id` is the document id of a single-document file, the id prefix of JSONL lines without one.
void read_file(const fs::path& path, Format format, const std::string& id,
               const IngestOptions& options, const IngestCallbacks& callbacks) {
  switch (format) {
    case Format::kJsonl:
      return read_jsonl(path, id, options, callbacks);
    case Format::kWarc:
      return read_warc(path, options, callbacks);
    default:
      return read_single(path, format, id, options, callbacks);
  }
}

// The id a file's documents are named by: its stem (JSONL: without .jsonl either).
std::string file_stem(const fs::path& path, Format format) {
  return format == Format::kJsonl ? path.stem().string() : document_stem(path);
}

// Lists the files of a directory tree to read (hidden entries skipped; symbolic links to
// directories not followed, so a link cannot loop). An entry that cannot be read — a folder
// without permission, a looping or broken link with a document's name — is reported, and the
// walk goes on with the rest. Regular files in no format dyad reads go to `unreadable`.
void list_files(const fs::path& dir, const IngestCallbacks& callbacks, std::vector<fs::path>& files,
                std::vector<fs::path>& unreadable) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return callbacks.on_error({dir.string(), "cannot read directory: " + ec.message()});
  std::vector<fs::path> subdirs;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (!name.empty() && name.front() == '.') continue;
    std::error_code status_error, link_error;
    const auto status = it->status(status_error);
    const bool link = it->is_symlink(link_error);
    if (status_error && status_error != std::errc::no_such_file_or_directory) {
      callbacks.on_error({path.string(), "cannot read: " + status_error.message()});
    } else if (fs::is_directory(status)) {
      if (!link) subdirs.push_back(path);
    } else if (format_of(path) == Format::kUnknown) {
      if (fs::is_regular_file(status)) unreadable.push_back(path);
    } else if (fs::is_regular_file(status)) {
      files.push_back(path);
    } else if (!fs::exists(status)) {
      callbacks.on_error({path.string(), "symbolic link to a missing file"});
    }
  }
  if (ec) callbacks.on_error({dir.string(), "cannot read directory: " + ec.message()});
  for (const auto& subdir : subdirs) list_files(subdir, callbacks, files, unreadable);
}

}  // namespace

std::string prepare_text(std::string& bytes, const CharsetHints& hints, Document& doc) {
  if (bytes.empty()) return "empty document";
  // UTF-16 text is full of NUL bytes: convert it before looking for binary content.
  const bool utf16 = bytes.starts_with("\xFE\xFF") || bytes.starts_with("\xFF\xFE");
  if (!utf16)
    if (std::string binary = sniff_binary(bytes); !binary.empty()) return binary;
  DecodedCharset charset = decode_to_utf8(bytes, hints);
  doc.encoding = std::move(charset.encoding);
  doc.encoding_basis = std::move(charset.basis);
  if (trim(bytes).empty())
    return bytes.empty() ? "empty document" : "document holds only whitespace";
  if (utf16)
    if (std::string binary = sniff_binary(bytes); !binary.empty()) return binary;
  if (const std::size_t replaced = repair_utf8(bytes); replaced > 0)
    doc.warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence" +
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

std::uintmax_t input_bytes(const std::vector<fs::path>& inputs) {
  const IngestCallbacks ignore{[](Document&&) {}, [](IngestError&&) {}, {}};
  std::uintmax_t total = 0;
  for (const auto& input : inputs) {
    std::vector<fs::path> files, unreadable;
    std::error_code ec;
    if (fs::is_directory(input, ec))
      list_files(input, ignore, files, unreadable);
    else
      files.push_back(input);
    for (const auto& file : files) {
      const auto size = fs::file_size(file, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

void ingest(const std::vector<fs::path>& inputs, const IngestOptions& options,
            const IngestCallbacks& given) {
  // Every reader's documents pass here once their text is final: identify the language.
  IngestCallbacks callbacks{[&](Document&& doc) {
                              const DetectedLanguage language = detect_language(doc.text);
                              doc.language = language.code;
                              doc.language_reliable = language.reliable;
                              given.on_document(std::move(doc));
                            },
                            given.on_error, given.on_not_article};
  // Document ids are unique in a run (a store keeps one document per id): a repeated one is an
  // error for the later document. Names from the file system are made printable first.
  std::unordered_map<std::string, std::string> id_origins;  // id → the document that has it
  IngestCallbacks checked;
  checked.on_error = [&](IngestError&& error) {
    error.document = printable_name(error.document);
    callbacks.on_error(std::move(error));
  };
  checked.on_document = [&](Document&& doc) {
    doc.id = printable_name(doc.id);
    doc.origin = printable_name(doc.origin);
    const auto [it, added] = id_origins.try_emplace(doc.id, doc.origin);
    if (!added)
      return callbacks.on_error(
          {doc.origin, "document id \"" + doc.id + "\" already used by " + it->second});
    callbacks.on_document(std::move(doc));
  };
  if (callbacks.on_not_article)
    checked.on_not_article = [&](NotAnArticle&& file) {
      file.file = printable_name(file.file);
      callbacks.on_not_article(std::move(file));
    };
  // The first candidate no earlier document has taken (the last one, a full path, as fallback).
  auto free_id = [&](std::initializer_list<std::string> candidates) {
    for (const auto& id : candidates)
      if (!id_origins.contains(printable_name(id))) return id;
    return *(candidates.end() - 1);
  };
  for (const auto& input : inputs) {
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
      checked.on_error({input.string(), "cannot read: " + ec.message()});
      continue;
    }
    if (!fs::exists(status)) {
      checked.on_error({input.string(), "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      const Format format = format_of(input);
      read_file(input, format, free_id({file_stem(input, format), input.string()}), options,
                checked);
      continue;
    }
    std::vector<fs::path> files, unreadable;
    list_files(input, checked, files, unreadable);
    std::sort(files.begin(), files.end());
    std::sort(unreadable.begin(), unreadable.end());
    if (checked.on_not_article)
      for (const auto& file : unreadable) {
        const std::string extension = file.extension().string();
        checked.on_not_article({file.string(), extension.empty()
                                                   ? "no file extension dyad reads"
                                                   : extension + ": not a format dyad reads"});
      }
    // Files of one tree whose stems collide (the same name in two folders) are all named by
    // their path inside the tree, whichever is read first.
    std::unordered_map<std::string, int> stems;
    for (const auto& file : files) ++stems[file_stem(file, format_of(file))];
    for (const auto& file : files) {
      const Format format = format_of(file);
      const std::string stem = file_stem(file, format);
      const std::string relative = file.lexically_relative(input).generic_string();
      const std::string id = stems[stem] > 1 ? free_id({relative, file.string()})
                                             : free_id({stem, relative, file.string()});
      read_file(file, format, id, options, checked);
    }
  }
}

}  // namespace dyad
