// Light stemmers for languages Xapian 1.4 has no stemmer for: they strip
// the longest inflectional suffix of a published list, keeping at least two
// letters, and nothing else.
#pragma once

#include <string>
#include <string_view>

namespace kb {

enum class SuffixList {
  kHindi,    // Ramanathan & Rao, "A Lightweight Stemmer for Hindi" (2003)
  kBengali,  // plural, case and classifier endings
};

// `word` (normalized, NFC) without its longest listed suffix.
std::string strip_suffix(std::string_view word, SuffixList list);

}  // namespace kb
