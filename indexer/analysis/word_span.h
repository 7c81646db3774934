// WordSpan: where one word of a text lies, as byte offsets.
#pragma once

#include <cstdint>

namespace kb {

struct WordSpan {
  uint32_t start = 0;  // the word's first byte
  uint32_t end = 0;    // one past its last byte
};

}  // namespace kb
