// Costs of the edits that turn one word into another, for typo tolerance.
// One edit of a letter costs 1. What people confuse when typing Indic
// scripts costs less, so a Hindi or Tamil word gets the same chance as an
// English one: a short vowel for its long pair (ि/ी, ु/ू, इ/ई ...) costs
// kVowelLengthCost, adding or dropping a vowel sign, virama or anusvara
// costs kMarkCost. (Nukta and chandrabindu are folded by the Analyzer.)
// A whole grapheme cluster (a consonant with its vowel sign, say) is
// inserted, deleted or replaced for kClusterCost at most, as one letter is
// in English: edits are counted in clusters, not code points.
#pragma once

#include <unicode/umachine.h>

namespace kb {

inline constexpr double kVowelLengthCost = 0.3;
inline constexpr double kMarkCost = 0.5;
inline constexpr double kTranspositionCost = 1.0;
inline constexpr double kClusterCost = 1.0;

// Whether `c` continues the grapheme cluster before it (a combining mark or
// a joiner) rather than starting one.
bool extends_cluster(UChar32 c);

// False when every edit involving `c` costs 1 or 0 (it is no Brahmic letter
// or sign): the trie walk then skips substitution_cost().
bool has_cheap_edits(UChar32 c);

// Inserting or deleting `c`.
double indel_cost(UChar32 c);

// Writing `typed` where `indexed` was meant; 0 when they are equal.
double substitution_cost(UChar32 typed, UChar32 indexed);

}  // namespace kb
