#include "bench/mo_catalog.h"

#include <cstdint>

namespace kb::bench {

namespace {

constexpr uint32_t kMagic = 0x950412de;
constexpr uint32_t kMagicSwapped = 0xde120495;

uint32_t read_u32(std::string_view bytes, size_t offset, bool swapped) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[offset + i]);
  if (swapped) v = __builtin_bswap32(v);
  return v;
}

}  // namespace

Result<std::vector<std::string>> read_mo_translations(std::string_view bytes,
                                                      const std::string& where) {
  auto bad = [&](const std::string& what) {
    return Status::invalid_argument(where + ": not a gettext .mo catalog: " + what);
  };
  if (bytes.size() < 20) return bad("shorter than its 20-byte header");
  const uint32_t magic = read_u32(bytes, 0, false);
  if (magic != kMagic && magic != kMagicSwapped) return bad("wrong magic number");
  const bool swapped = magic == kMagicSwapped;
  const uint64_t count = read_u32(bytes, 8, swapped);
  const uint64_t originals = read_u32(bytes, 12, swapped);
  const uint64_t translations = read_u32(bytes, 16, swapped);
  if (originals + count * 8 > bytes.size() || translations + count * 8 > bytes.size()) {
    return bad("string tables run past the end of the file");
  }
  std::vector<std::string> out;
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t id_length = read_u32(bytes, originals + i * 8, swapped);
    const uint64_t length = read_u32(bytes, translations + i * 8, swapped);
    const uint64_t offset = read_u32(bytes, translations + i * 8 + 4, swapped);
    if (offset + length > bytes.size()) return bad("a string runs past the end of the file");
    if (id_length == 0) continue;  // the header entry
    std::string_view text = bytes.substr(offset, length);
    text = text.substr(0, text.find('\0'));
    if (!text.empty()) out.emplace_back(text);
  }
  return out;
}

}  // namespace kb::bench
