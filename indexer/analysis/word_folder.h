// WordFolder: makes the spellings of a word that people treat as the same
// into one: NFKC + case folding (ligatures, full-width forms, case); accents
// dropped for Latin, Greek and Cyrillic only; for Devanagari and Bengali,
// nukta dropped (ज़ = ज: typists and even editors mix them) and
// chandrabindu written as anusvara (हँस = हंस). Indic vowel signs are never
// dropped: they are marks, but they carry meaning. ZWJ and ZWNJ go with
// NFKC case folding (they are default-ignorable).
//
// Thread safety: immutable after construction; may be shared.
#pragma once

#include <unicode/normalizer2.h>

#include <string>
#include <string_view>

#include "indexer/analysis/script.h"

namespace kb {

class WordFolder {
 public:
  WordFolder();

  // The folded form of one word whose letters are in `script`.
  std::string fold(std::string_view word, Script script) const;

  // Whether the first code point of fold(word) is that of folding its first
  // code point alone: nothing after it composes with it. True for Latin,
  // Greek and Cyrillic (marks composing with it are dropped again) and Han;
  // elsewhere when the next code point starts a new normalization segment
  // (not a nukta, a kana voicing mark or a Hangul vowel jamo).
  bool folds_first_letter_alone(std::string_view word, Script script) const;

 private:
  // ICU's singletons, owned by ICU; null if ICU's data failed to load.
  const icu::Normalizer2* nfkc_cf_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  const icu::Normalizer2* nfc_ = nullptr;
};

}  // namespace kb
