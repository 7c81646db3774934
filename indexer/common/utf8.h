// UTF-8 helpers shared by every module that handles text from outside.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/utf8.h>

namespace kb {

// The code point at byte `*i` of `text`, moving `*i` past it; negative for
// invalid UTF-8, whose bad bytes `*i` then moves past. ASCII takes no
// decoding: most text is ASCII, and scanners call this per character.
inline int32_t next_code_point(std::string_view text, int32_t* i) {
  int32_t c = static_cast<unsigned char>(text[static_cast<size_t>(*i)]);
  if (c < 0x80) {
    ++*i;
  } else {
    U8_NEXT(text.data(), *i, static_cast<int32_t>(text.size()), c);
  }
  return c;
}

// True when every byte of `text` is ASCII (below 0x80).
bool is_ascii(std::string_view text);

// The first byte at or after `from` that is not ASCII, or text.size().
size_t next_non_ascii(std::string_view text, size_t from);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or
// truncated sequences). On failure, *bad_offset gets the first bad byte.
bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

// The grapheme cluster boundaries of `text` as byte offsets, 0 and
// text.size() included, found without ICU's iterator for text whose Unicode
// rules reduce to "a character and the marks after it" (GB9, GB9a), CR LF
// and controls (GB3-GB5): Latin, Greek, Cyrillic, the Indic scripts, Thai,
// CJK. False, with `*boundaries` unspecified, for text with any character of
// the other rules (Hangul jamo, regional indicators, prepended marks,
// emoji) or invalid UTF-8: ICU's iterator is then the way.
bool simple_grapheme_boundaries(std::string_view text, std::vector<uint32_t>* boundaries);

// Every grapheme cluster boundary of `text` as byte offsets, 0 and
// text.size() included: simple_grapheme_boundaries where it applies, else
// ICU's iterator (every byte, should ICU fail: that over-counts).
std::vector<uint32_t> grapheme_boundaries(std::string_view text);

// Number of extended grapheme clusters (user-perceived characters).
size_t grapheme_count(std::string_view text);

// The first `max_graphemes` grapheme clusters of `text`, whole.
std::string_view grapheme_prefix(std::string_view text, size_t max_graphemes);

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a
// grapheme cluster boundary (so no letter loses its vowel sign or accent).
std::string_view grapheme_prefix_within_bytes(std::string_view text, size_t max_bytes);

}  // namespace kb
