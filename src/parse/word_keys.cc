#include "parse/word_keys.h"

#include "parse/weights.h"

namespace dyad::parse {

namespace {

char normal_byte(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= '0' && c <= '9') return '0';
  return c;
}

char shape_class(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

}  // namespace

WordKeys padding_keys(std::uint64_t which) {
  WordKeys keys;
  const std::uint64_t k = mix64(which + 0x5bd1e995);
  keys.form = keys.norm = keys.prefix1 = keys.prefix3 = keys.shape = k;
  for (auto& s : keys.suffix) s = k;
  return keys;
}

std::uint64_t norm_key(std::string_view form) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : form) {
    hash ^= static_cast<unsigned char>(normal_byte(c));
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

void compute_word_keys(std::span<const std::string_view> forms, std::vector<WordKeys>& out) {
  out.resize(forms.size());
  char norm[64];
  char shape[16];
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const std::string_view form = forms[i];
    WordKeys& keys = out[i];
    keys.form = fnv1a(form);
    keys.norm = norm_key(form);
    // Suffixes and prefixes from at most the last/first 64 bytes: a 1,000-byte token costs
    // no more than a short one.
    const std::size_t n = form.size() < sizeof(norm) ? form.size() : sizeof(norm);
    const std::string_view tail = form.substr(form.size() - n);
    for (std::size_t j = 0; j < n; ++j) norm[j] = normal_byte(tail[j]);
    for (std::size_t k = 0; k < 4; ++k) {
      const std::size_t length = k + 1 < n ? k + 1 : n;
      keys.suffix[k] = fnv1a(std::string_view(norm + n - length, length), 0x84222325ULL + k);
    }
    char head[3];
    const std::size_t h = form.size() < 3 ? form.size() : 3;
    for (std::size_t j = 0; j < h; ++j) head[j] = normal_byte(form[j]);
    keys.prefix3 = fnv1a(std::string_view(head, h), 0x3333);
    keys.prefix1 = fnv1a(form.substr(0, 1), 0x1111);
    std::size_t s = 0;
    for (const char c : form) {
      const char cls = shape_class(c);
      if (s > 0 && shape[s - 1] == cls) continue;
      if (s == sizeof(shape)) break;
      shape[s++] = cls;
    }
    keys.shape = fnv1a(std::string_view(shape, s), 0x5555);
    keys.capitalized = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  }
}

}  // namespace dyad::parse
