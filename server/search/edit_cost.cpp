#include "server/search/edit_cost.h"

#include <unicode/uchar.h>

namespace kb {

namespace {

// The Brahmic blocks share one layout (ISCII order), so a vowel pair sits
// at the same offset in each block, from Devanagari (U+0900) to Malayalam.
constexpr UChar32 kBrahmicFirst = 0x0900;
constexpr UChar32 kBrahmicLast = 0x0D7F;

// Offsets within a block of short/long pairs: independent i/ii, u/uu, e/ee,
// o/oo and the dependent signs of the same vowels.
constexpr int kShortLongPairs[][2] = {{0x07, 0x08}, {0x09, 0x0A}, {0x0E, 0x0F}, {0x12, 0x13},
                                      {0x3F, 0x40}, {0x41, 0x42}, {0x46, 0x47}, {0x4A, 0x4B}};

bool is_brahmic(UChar32 c) { return c >= kBrahmicFirst && c <= kBrahmicLast; }

bool is_brahmic_mark(UChar32 c) {
  if (!is_brahmic(c)) return false;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_vowel_length_pair(UChar32 a, UChar32 b) {
  if (!is_brahmic(a) || !is_brahmic(b) || (a & ~0x7F) != (b & ~0x7F)) return false;
  const int oa = a & 0x7F;
  const int ob = b & 0x7F;
  for (const auto& pair : kShortLongPairs) {
    if ((oa == pair[0] && ob == pair[1]) || (oa == pair[1] && ob == pair[0])) return true;
  }
  return false;
}

}  // namespace

bool extends_cluster(UChar32 c) {
  if (c < 0x0300) return false;  // below the first combining mark
  if (c == 0x200C || c == 0x200D) return true;  // ZWNJ, ZWJ
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

bool has_cheap_edits(UChar32 c) { return is_brahmic(c); }

double indel_cost(UChar32 c) { return is_brahmic_mark(c) ? kMarkCost : 1.0; }

double substitution_cost(UChar32 typed, UChar32 indexed) {
  if (typed == indexed) return 0;
  if (is_vowel_length_pair(typed, indexed)) return kVowelLengthCost;
  const bool same_block = (typed & ~0x7F) == (indexed & ~0x7F);
  if (same_block && is_brahmic_mark(typed) && is_brahmic_mark(indexed)) return kMarkCost;
  return 1.0;
}

}  // namespace kb
