#include "server/search/grapheme_index.h"

#include <algorithm>

#include "indexer/common/utf8.h"

namespace kb {

GraphemeIndex::GraphemeIndex(std::string_view text) {
  const auto n = static_cast<uint32_t>(text.size());
  // CR LF is one cluster of two ASCII bytes: rare enough to take the long way.
  if (text.find('\r') != std::string_view::npos) {
    add_inner_bytes(grapheme_boundaries(text), 0, n);
    return;
  }
  std::vector<uint32_t> boundaries;
  for (auto i = static_cast<uint32_t>(next_non_ascii(text, 0)); i < n;) {
    // A run of non-ASCII bytes, with the character before it, which marks
    // in the run may join. The run ends before an ASCII character, which
    // always starts a cluster (only prepended marks, which the simple rules
    // refuse, join the character after them).
    const uint32_t start = i > 0 ? i - 1 : 0;
    uint32_t end = i;
    while (end < n && static_cast<unsigned char>(text[end]) >= 0x80) ++end;
    if (!simple_grapheme_boundaries(text.substr(start, end - start), &boundaries)) {
      inner_.clear();
      add_inner_bytes(grapheme_boundaries(text), 0, n);
      return;
    }
    add_inner_bytes(boundaries, start, end - start);
    i = static_cast<uint32_t>(next_non_ascii(text, end));
  }
}

void GraphemeIndex::add_inner_bytes(const std::vector<uint32_t>& boundaries, uint32_t start,
                                    uint32_t size) {
  // Boundaries are ascending from 0 and end at `size`: the bytes between
  // two of them continue the cluster the first starts.
  for (size_t k = 0; k + 1 < boundaries.size(); ++k) {
    for (uint32_t b = boundaries[k] + 1; b < boundaries[k + 1] && b < size; ++b) {
      inner_.push_back(start + b);
    }
  }
}

size_t GraphemeIndex::index_of(uint32_t byte) const {
  return byte - static_cast<size_t>(std::lower_bound(inner_.begin(), inner_.end(), byte) -
                                    inner_.begin());
}

}  // namespace kb
