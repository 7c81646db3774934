#include "indexer/common/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace kb {

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_valid_utf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  auto fail = [&](size_t at) {
    if (bad_offset) *bad_offset = at;
    return false;
  };
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return fail(i);
    }
    if (i + len > n) return fail(i);
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return fail(i);
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                          (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(i);
    i += len;
  }
  return true;
}

namespace {

// Runs `visit(boundary)` over grapheme boundaries (UTF-8 byte offsets) after
// 0, stopping when it returns false. Invalid input counts bytes instead.
template <typename Visit>
void for_each_grapheme_end(std::string_view text, Visit visit) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) it->setText(ut, status);
  if (U_FAILURE(status)) {
    for (size_t i = 1; i <= text.size(); ++i) {
      if (!visit(i)) break;
    }
  } else {
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      if (!visit(static_cast<size_t>(b))) break;
    }
  }
  utext_close(ut);
}

}  // namespace

size_t grapheme_count(std::string_view text) {
  size_t count = 0;
  for_each_grapheme_end(text, [&](size_t) {
    ++count;
    return true;
  });
  return count;
}

std::string_view grapheme_prefix(std::string_view text, size_t max_graphemes) {
  if (max_graphemes == 0) return text.substr(0, 0);
  size_t seen = 0;
  size_t end = text.size();
  for_each_grapheme_end(text, [&](size_t boundary) {
    if (++seen == max_graphemes) {
      end = boundary;
      return false;
    }
    return true;
  });
  return text.substr(0, end);
}

std::string_view grapheme_prefix_within_bytes(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = 0;
  for_each_grapheme_end(text, [&](size_t boundary) {
    if (boundary > max_bytes) return false;
    end = boundary;
    return true;
  });
  return text.substr(0, end);
}

}  // namespace kb
