// UTF-8 helpers shared by every module that handles text from outside.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kb {

// True when every byte of `text` is ASCII (below 0x80).
bool is_ascii(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or
// truncated sequences). On failure, *bad_offset gets the first bad byte.
bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

// Number of extended grapheme clusters (user-perceived characters).
size_t grapheme_count(std::string_view text);

// The first `max_graphemes` grapheme clusters of `text`, whole.
std::string_view grapheme_prefix(std::string_view text, size_t max_graphemes);

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a
// grapheme cluster boundary (so no letter loses its vowel sign or accent).
std::string_view grapheme_prefix_within_bytes(std::string_view text, size_t max_bytes);

}  // namespace kb
