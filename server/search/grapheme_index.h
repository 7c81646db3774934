// GraphemeIndex: counts the characters (grapheme clusters) between two byte
// offsets of a text, for snippets, whose length is in characters.
//
// Kept sparse: the index holds the bytes that continue a cluster, not every
// boundary. Those are found only where the text has non-ASCII bytes, as an
// ASCII character followed by another is a cluster of its own (CR LF
// aside): most snippet texts are mostly ASCII.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kb {

class GraphemeIndex {
 public:
  explicit GraphemeIndex(std::string_view text);

  // Characters between two byte offsets that lie on cluster boundaries.
  size_t chars_between(uint32_t from, uint32_t to) const { return index_of(to) - index_of(from); }

 private:
  size_t index_of(uint32_t byte) const;
  // Adds the bytes of text[start, start + size) that are not in
  // `boundaries`: offsets from `start`, ascending, 0 and `size` included.
  void add_inner_bytes(const std::vector<uint32_t>& boundaries, uint32_t start, uint32_t size);

  std::vector<uint32_t> inner_;  // bytes that continue a cluster, ascending
};

}  // namespace kb
