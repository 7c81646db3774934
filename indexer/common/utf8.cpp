#include "indexer/common/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unicode/utext.h>

#include <cstring>
#include <memory>

namespace kb {

bool is_ascii(std::string_view text) { return next_non_ascii(text, 0) == text.size(); }

size_t next_non_ascii(std::string_view text, size_t from) {
  // Eight bytes at a time: most text is ASCII.
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & kHighBits) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
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

// What a character does in the grapheme rules simple_grapheme_boundaries
// applies.
enum class GraphemeRole : uint8_t {
  kBase,               // starts a cluster
  kLinkingConsonant,   // starts one, unless a virama links it to the one before
  kMark,               // joins the cluster: Extend with a combining class, ZWJ
  kMarkEndsConjunct,   // joins it, and ends a conjunct: SpacingMark, other Extend
  kVirama,             // a mark that links the consonants around it
  kControl,            // a cluster of its own, no mark joins it
  kCR,
  kLF,
  kUnsupported,        // a rule simple_grapheme_boundaries does not apply
};

// The scripts whose consonants join across a virama into one cluster in
// ICU's root rules (CLDR's aksara rule, GB9c in later Unicode).
bool joins_conjuncts(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_DEVANAGARI:
    case USCRIPT_BENGALI:
    case USCRIPT_GUJARATI:
    case USCRIPT_ORIYA:
    case USCRIPT_TELUGU:
    case USCRIPT_MALAYALAM:
      return true;
    default:
      return false;
  }
}

GraphemeRole role_from_properties(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return GraphemeRole::kUnsupported;
  const int syllabic = u_getIntPropertyValue(c, UCHAR_INDIC_SYLLABIC_CATEGORY);
  switch (u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK)) {
    case U_GCB_OTHER:
    case U_GCB_LV:  // a Hangul syllable: joins only jamo, which are unsupported
    case U_GCB_LVT:
      return syllabic == U_INSC_CONSONANT && joins_conjuncts(c) ? GraphemeRole::kLinkingConsonant
                                                                 : GraphemeRole::kBase;
    case U_GCB_CONTROL: return GraphemeRole::kControl;
    case U_GCB_CR: return GraphemeRole::kCR;
    case U_GCB_LF: return GraphemeRole::kLF;
    case U_GCB_ZWJ: return GraphemeRole::kMark;  // without emoji, a mark like any other (GB9)
    case U_GCB_SPACING_MARK: return GraphemeRole::kMarkEndsConjunct;
    case U_GCB_EXTEND:
      if (syllabic == U_INSC_VIRAMA && joins_conjuncts(c)) return GraphemeRole::kVirama;
      return u_getCombiningClass(c) != 0 ? GraphemeRole::kMark : GraphemeRole::kMarkEndsConjunct;
    default: return GraphemeRole::kUnsupported;
  }
}

// Read from ICU's properties once for the Basic Multilingual Plane, where
// nearly all text is; a lookup per character costs less than the three.
GraphemeRole role_of(UChar32 c) {
  static const std::vector<GraphemeRole> table = [] {
    std::vector<GraphemeRole> t(0x10000);
    for (UChar32 c = 0; c < 0x10000; ++c) t[c] = role_from_properties(c);
    return t;
  }();
  return c < 0x10000 ? table[static_cast<size_t>(c)] : role_from_properties(c);
}

}  // namespace

bool simple_grapheme_boundaries(std::string_view text, std::vector<uint32_t>* boundaries) {
  boundaries->clear();
  boundaries->push_back(0);
  const auto n = static_cast<int32_t>(text.size());
  GraphemeRole previous = GraphemeRole::kControl;  // the start of text: no mark joins it
  // Progress through "linking consonant, marks with a virama among them":
  // 0 none, 1 the consonant and marks, 2 a virama seen too; a linking
  // consonant then joins the cluster.
  int conjunct = 0;
  for (int32_t i = 0; i < n;) {
    const auto start = static_cast<uint32_t>(i);
    const UChar32 c = next_code_point(text, &i);
    if (c < 0) return false;
    const GraphemeRole role = role_of(c);
    bool joins = false;
    switch (role) {
      case GraphemeRole::kUnsupported:
        return false;
      case GraphemeRole::kMark:
      case GraphemeRole::kMarkEndsConjunct:
      case GraphemeRole::kVirama:
        joins = previous != GraphemeRole::kControl && previous != GraphemeRole::kCR &&
                previous != GraphemeRole::kLF;
        if (role == GraphemeRole::kMarkEndsConjunct) conjunct = 0;
        if (role == GraphemeRole::kVirama && conjunct > 0) conjunct = 2;
        break;
      case GraphemeRole::kLinkingConsonant:
        joins = conjunct == 2;
        conjunct = 1;
        break;
      default:
        joins = role == GraphemeRole::kLF && previous == GraphemeRole::kCR;
        conjunct = 0;
    }
    if (start > 0 && !joins) boundaries->push_back(start);
    previous = role;
  }
  if (n > 0) boundaries->push_back(static_cast<uint32_t>(n));
  return true;
}

std::vector<uint32_t> grapheme_boundaries(std::string_view text) {
  std::vector<uint32_t> boundaries;
  if (simple_grapheme_boundaries(text, &boundaries)) return boundaries;
  boundaries.clear();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) it->setText(ut, status);
  if (U_FAILURE(status)) {
    for (size_t i = 0; i <= text.size(); ++i) boundaries.push_back(static_cast<uint32_t>(i));
  } else {
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) {
      boundaries.push_back(static_cast<uint32_t>(b));
    }
  }
  utext_close(ut);
  return boundaries;
}

namespace {

// Runs `visit(boundary)` over grapheme boundaries (UTF-8 byte offsets) after
// 0, stopping when it returns false.
template <typename Visit>
void for_each_grapheme_end(std::string_view text, Visit visit) {
  const std::vector<uint32_t> boundaries = grapheme_boundaries(text);
  for (size_t i = 1; i < boundaries.size(); ++i) {
    if (!visit(boundaries[i])) break;
  }
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
