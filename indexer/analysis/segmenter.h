// Segmenter: the words of a UTF-8 text with their byte offsets, by ICU's
// word BreakIterator, whose dictionaries split Thai, Lao, Khmer, Myanmar,
// Chinese and Japanese text, which has no spaces, into words. Spaces and
// punctuation are no words.
//
// Text in Latin, Greek, Cyrillic and Indic scripts (most articles) is split
// by a table-driven scanner with the same rules (Unicode UAX #29 as ICU's
// root rules apply them: "can't", "l’adresse", "e.g", "3.14", "1,000" and
// "snake_case" are one word each), several times faster than the iterator;
// a test checks it against ICU. Other text goes to the iterator whole.
//
// Thread safety: not thread-safe (holds an ICU iterator).
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "indexer/analysis/word_span.h"

namespace kb {

class Segmenter {
 public:
  Segmenter();

  // The words of `text` in order. Invalid UTF-8 is read as U+FFFD, which is
  // no word, so only the valid parts make words.
  std::vector<WordSpan> words(std::string_view text);

  // A character of the scanner with the marks after it (Unicode's WB4 rule);
  // it ends where the next begins.
  struct Unit {
    uint32_t start;
    uint8_t type;
    bool marked;  // marks follow the character
  };

 private:
  std::vector<Unit> units_;  // the scanner's, reused between texts
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace kb
