#include "parse/model.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "parse/model_data.h"
#include "parse/repair.h"
#include "util/read_only_file.h"

namespace dyad::parse {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'R', 'S', 'E'};

// Per-thread working memory for analyze(), kept between calls so parsing allocates nothing once
// it has seen a sentence as long as the current one.
struct Scratch {
  std::vector<WordKeys> keys;
  std::vector<std::uint16_t> first_tags, tags;
  std::vector<int> heads;
  std::vector<std::uint16_t> labels;
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores;
  ParserScratch parser;
};

std::string header_text(const std::vector<std::pair<std::string, std::string>>& metadata) {
  std::string text;
  for (const auto& [key, value] : metadata) text += key + ": " + value + "\n";
  return text;
}

std::vector<std::pair<std::string, std::string>> parse_header(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> metadata;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos) throw CorruptData("header line without \": \"");
    metadata.emplace_back(line.substr(0, colon), line.substr(colon + 2));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return metadata;
}

}  // namespace

void ModelData::tag(std::span<const WordKeys> words, std::vector<std::uint16_t>& first,
                    std::span<std::uint16_t> tags, std::vector<std::uint64_t>& features,
                    std::vector<std::int32_t>& scores) const {
  first.resize(words.size());
  first_tagger.tag(words, {}, first, features, scores);
  tagger.tag(words, first, tags, features, scores);
}

void ModelData::write_payload(ByteWriter& out) const {
  out.put<std::uint32_t>(static_cast<std::uint32_t>(tags.size()));
  for (int i = 0; i < tags.size(); ++i) {
    out.put_string(tags.upos[static_cast<std::size_t>(i)]);
    out.put_string(tags.xpos[static_cast<std::size_t>(i)]);
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(labels.size()));
  for (const auto& label : labels) out.put_string(label);
  out.put<std::uint32_t>(static_cast<std::uint32_t>(parser.root_label));
  out.put<std::uint32_t>(static_cast<std::uint32_t>(parser.fallback_label));
  auto dictionary = tagger.dictionary.pairs();
  std::sort(dictionary.begin(), dictionary.end());
  out.put<std::uint64_t>(dictionary.size());
  for (const auto& [form, tag] : dictionary) {
    out.put(form);
    out.put(tag);
  }
  auto ambiguities = tagger.ambiguities.pairs();
  std::sort(ambiguities.begin(), ambiguities.end());
  out.put<std::uint64_t>(ambiguities.size());
  for (const auto& [norm, set] : ambiguities) {
    out.put(norm);
    out.put(set);
  }
  first_tagger.weights.write(out);
  tagger.weights.write(out);
  parser.weights.write(out);
  lemmatizer.write(out);
}

void ModelData::read_payload(ByteReader& in) {
  const auto tag_count = in.get<std::uint32_t>();
  if (tag_count == 0 || tag_count > 255) throw CorruptData("bad tag count");
  for (std::uint32_t i = 0; i < tag_count; ++i) {
    std::string upos = in.get_string();
    tags.find_or_add(upos, in.get_string());
  }
  if (static_cast<std::uint32_t>(tags.size()) != tag_count) throw CorruptData("repeated tag");
  const auto label_count = in.get<std::uint32_t>();
  if (label_count == 0 || 2 + 2 * label_count > 255) throw CorruptData("bad label count");
  for (std::uint32_t i = 0; i < label_count; ++i) labels.push_back(in.get_string());
  parser.label_count = static_cast<int>(label_count);
  parser.tag_count = static_cast<int>(tag_count);
  parser.root_label = static_cast<int>(in.get<std::uint32_t>());
  parser.fallback_label = static_cast<int>(in.get<std::uint32_t>());
  if (parser.root_label >= parser.label_count || parser.fallback_label >= parser.label_count)
    throw CorruptData("bad label index");
  tagger.class_count = static_cast<int>(tag_count);
  const auto dictionary_size = in.get<std::uint64_t>();
  for (std::uint64_t i = 0; i < dictionary_size; ++i) {
    const auto form = in.get<std::uint64_t>();
    const auto tag = in.get<std::uint16_t>();
    if (tag >= tag_count) throw CorruptData("tag dictionary names an unknown tag");
    tagger.dictionary.emplace(form, tag);
  }
  const auto ambiguity_count = in.get<std::uint64_t>();
  for (std::uint64_t i = 0; i < ambiguity_count; ++i) {
    const auto norm = in.get<std::uint64_t>();
    tagger.ambiguities.emplace(norm, in.get<std::uint64_t>());
  }
  first_tagger.weights = FrozenWeights::read(in, tagger.class_count);
  tagger.weights = FrozenWeights::read(in, tagger.class_count);
  first_tagger.class_count = tagger.class_count;
  first_tagger.dictionary = tagger.dictionary;
  first_tagger.ambiguities = tagger.ambiguities;
  parser.weights = FrozenWeights::read(in, parser.action_count());
  lemmatizer = Lemmatizer::read(in);
  if (!in.at_end()) throw CorruptData("unexpected bytes after the model");
}

Model::Model(std::unique_ptr<ModelData> data) : data_(std::move(data)) {
  data_->parser_shortcuts = ParserShortcuts(data_->parser);
}
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;
Model::~Model() = default;

const std::vector<std::pair<std::string, std::string>>& Model::metadata() const {
  return data_->metadata;
}

std::string Model::metadata_value(std::string_view key) const {
  for (const auto& [k, v] : data_->metadata)
    if (k == key) return v;
  return "";
}

void Model::save(const std::filesystem::path& file) const {
  ByteWriter payload;
  data_->write_payload(payload);
  ByteWriter all;
  for (const char c : kMagic) all.put(c);
  all.put<std::uint32_t>(kFormatVersion);
  const std::string header = header_text(data_->metadata);
  all.put_string(header);
  all.put<std::uint64_t>(payload.bytes().size());
  std::string bytes = all.bytes() + payload.bytes();
  const std::uint64_t checksum = checksum64(bytes);
  bytes.append(reinterpret_cast<const char*>(&checksum), sizeof(checksum));
  const auto temporary = std::filesystem::path(file.string() + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw std::runtime_error(file.string() + ": cannot write the model");
  }
  std::filesystem::rename(temporary, file);
}

namespace {

constexpr std::size_t kFixed = sizeof(kMagic) + 4 + 4;  // magic, version, the header's length

// Where a model file's header and payload lie, read from its first bytes (`start`: up to the
// payload's size at least) and its size. Throws std::runtime_error "<name>: <cause>" for a file
// that is no whole model of this format.
struct Layout {
  std::string_view header;
  std::size_t payload_at = 0, payload_size = 0;
};
Layout read_layout(std::string_view start, std::size_t file_size, const std::string& name) {
  auto fail = [&](const std::string& cause) { return std::runtime_error(name + ": " + cause); };
  const auto truncated = [&] {
    return fail("truncated parser model (" + std::to_string(file_size) + " bytes)");
  };
  if (start.size() >= sizeof(kMagic) && std::memcmp(start.data(), kMagic, sizeof(kMagic)) != 0)
    throw fail("not a dyad parser model (wrong magic bytes)");
  if (file_size < kFixed || start.size() < kFixed) throw truncated();
  std::uint32_t version = 0;
  std::memcpy(&version, start.data() + sizeof(kMagic), sizeof(version));
  if (version != Model::kFormatVersion)
    throw fail("parser model format version " + std::to_string(version) +
               ", this dyad reads version " + std::to_string(Model::kFormatVersion) +
               " (retrain it with scripts/train-parser)");
  Layout layout;
  try {
    ByteReader reader(start.substr(sizeof(kMagic) + 4));
    layout.header = reader.get_string_view();
    layout.payload_size = reader.get<std::uint64_t>();
  } catch (const CorruptData&) {
    throw truncated();
  }
  layout.payload_at = kFixed + layout.header.size() + 8;
  if (layout.payload_size > file_size || layout.payload_at + layout.payload_size + 8 > file_size)
    throw truncated();
  if (layout.payload_at + layout.payload_size + 8 < file_size)
    throw fail("corrupt parser model (bytes after the checksum)");
  return layout;
}

}  // namespace

void Model::check(const std::filesystem::path& file) {
  const std::string name = file.string();
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw std::runtime_error(name + ": cannot open the parser model (" + std::strerror(errno) +
                             ")");
  struct stat info {};
  std::string start;
  // The fixed part, then the header and the payload's size after it.
  auto read_to = [&](std::size_t size) {
    const std::size_t from = start.size();
    start.resize(size);
    const ssize_t got = ::pread(fd, start.data() + from, size - from, static_cast<off_t>(from));
    start.resize(from + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
  };
  const bool sized = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  const int error = errno;
  if (sized) {
    read_to(kFixed);
    if (start.size() == kFixed) {
      std::uint32_t header_size = 0;
      std::memcpy(&header_size, start.data() + kFixed - 4, sizeof(header_size));
      read_to(kFixed +
              std::min<std::size_t>(header_size + 8, static_cast<std::size_t>(info.st_size)));
    }
  }
  ::close(fd);
  if (!sized)
    throw std::runtime_error(name + ": cannot read the parser model (" +
                             std::strerror(S_ISDIR(info.st_mode) ? EISDIR : error) + ")");
  read_layout(start, static_cast<std::size_t>(info.st_size), name);
}

Model Model::load(const std::filesystem::path& file) {
  const std::string name = file.string();
  const ReadOnlyFile contents(file);
  auto fail = [&](const std::string& cause) -> Model {
    throw std::runtime_error(name + ": " + cause);
  };
  if (contents.failed() == ReadOnlyFile::Failure::kOpen)
    return fail("cannot open the parser model (" + contents.error() + ")");
  if (contents.failed() == ReadOnlyFile::Failure::kRead)
    return fail("cannot read the parser model (" + contents.error() + ")");
  const std::string_view bytes = contents.bytes();
  const Layout layout = read_layout(bytes, bytes.size(), name);
  try {
    std::uint64_t checksum = 0;
    std::memcpy(&checksum, bytes.data() + layout.payload_at + layout.payload_size,
                sizeof(checksum));
    if (checksum64(bytes.substr(0, layout.payload_at + layout.payload_size)) != checksum)
      return fail("corrupt parser model (checksum mismatch)");
    auto data = std::make_unique<ModelData>();
    data->metadata = parse_header(layout.header);
    ByteReader payload(bytes.substr(layout.payload_at, layout.payload_size));
    data->read_payload(payload);
    for (const auto& [key, value] : data->metadata)
      if (key == kTransitionsKey) data->parser.non_monotonic = value == kNonMonotonic;
    return Model(std::move(data));
  } catch (const CorruptData& e) {
    if (std::string_view(e.what()) == "data ends early")
      return fail("truncated parser model (" + std::to_string(bytes.size()) + " bytes)");
    return fail(std::string("corrupt parser model (") + e.what() + ")");
  }
}

void Model::analyze(std::span<const std::string_view> words, std::vector<WordAnalysis>& out) const {
  thread_local Scratch scratch;
  const std::size_t n = words.size();
  out.resize(n);
  if (n == 0) return;
  const ModelData& d = *data_;
  compute_word_keys(words, scratch.keys);
  scratch.tags.resize(n);
  scratch.heads.resize(n);
  scratch.labels.resize(n);
  d.tag(scratch.keys, scratch.first_tags, scratch.tags, scratch.features, scratch.scores);
  d.parser.parse(scratch.keys, scratch.tags, scratch.heads, scratch.labels, scratch.parser,
                 &d.parser_shortcuts);
  for (std::size_t i = 0; i < n; ++i) {
    WordAnalysis& a = out[i];
    const auto tag = scratch.tags[i];
    a.upos = d.tags.upos[tag];
    a.xpos = d.tags.xpos[tag];
    a.deprel = d.labels[scratch.labels[i]];
    a.head = scratch.heads[i] == 0 ? kRoot : scratch.heads[i] - 1;
    d.lemmatizer.lemmatize(words[i], a.xpos, a.lemma);
  }
  // Two attachment errors the words themselves disprove (parse/repair.h); neutral on EWT
  // (dev LAS 81.69 → 81.70), frequent in news lists and dated passives.
  repair_attachments(words, out);
}

}  // namespace dyad::parse
