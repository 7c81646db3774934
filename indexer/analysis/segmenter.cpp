#include "indexer/analysis/segmenter.h"

#include <unicode/utext.h>

#include <array>

#include "indexer/common/utf8.h"

namespace kb {

namespace {

// Word_Break classes of the ASCII characters that can be inside a word.
enum class WordBreak : uint8_t {
  kOther,        // breaks on both sides
  kLetter,       // A-Z a-z, and @ as ICU tailors it (ALetter)
  kDigit,        // 0-9 (Numeric)
  kConnector,    // _ (ExtendNumLet): joins letters and digits
  kMidNumLet,    // . and ' between letters or between digits
  kMidNum,       // , ; between digits
};

constexpr std::array<WordBreak, 128> word_break_table() {
  std::array<WordBreak, 128> t{};
  for (char c = 'a'; c <= 'z'; ++c) t[c] = WordBreak::kLetter;
  for (char c = 'A'; c <= 'Z'; ++c) t[c] = WordBreak::kLetter;
  for (char c = '0'; c <= '9'; ++c) t[c] = WordBreak::kDigit;
  t['@'] = WordBreak::kLetter;  // so user@example.com is one word
  t['_'] = WordBreak::kConnector;
  t['.'] = WordBreak::kMidNumLet;
  t['\''] = WordBreak::kMidNumLet;
  t[','] = WordBreak::kMidNum;
  t[';'] = WordBreak::kMidNum;
  return t;
}

constexpr std::array<WordBreak, 128> kWordBreak = word_break_table();

WordBreak word_break(char c) { return kWordBreak[static_cast<unsigned char>(c)]; }

bool in_word(WordBreak b) {
  return b == WordBreak::kLetter || b == WordBreak::kDigit || b == WordBreak::kConnector;
}

// UAX #29 on ASCII as ICU's root rules apply it: letters, digits and _ join
// (WB5, WB8-WB10, WB13a/b); . or ' joins two letters (WB6/7; ICU leaves :
// out) and , ; . or ' two digits (WB11/12). A lone _ is no word, __ is.
std::vector<WordSpan> ascii_words(std::string_view text) {
  std::vector<WordSpan> spans;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!in_word(word_break(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool has_alnum = word_break(text[i]) != WordBreak::kConnector;
    while (j < n) {
      const WordBreak b = word_break(text[j]);
      if (in_word(b)) {
        has_alnum = has_alnum || b != WordBreak::kConnector;
        ++j;
        continue;
      }
      if (j + 1 >= n) break;
      const WordBreak before = word_break(text[j - 1]);
      const WordBreak after = word_break(text[j + 1]);
      const bool letters = before == WordBreak::kLetter && after == WordBreak::kLetter &&
                           b == WordBreak::kMidNumLet;
      const bool digits = before == WordBreak::kDigit && after == WordBreak::kDigit &&
                          (b == WordBreak::kMidNum || b == WordBreak::kMidNumLet);
      if (!letters && !digits) break;
      j += 2;
    }
    if (has_alnum || j - i > 1) spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
  return spans;
}

}  // namespace

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) iterator_.reset();
}

std::vector<WordSpan> Segmenter::words(std::string_view text) {
  std::vector<WordSpan> spans;
  if (text.empty() || !iterator_) return spans;
  if (is_ascii(text)) return ascii_words(text);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) iterator_->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return spans;
  }
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    // Rule status "none" marks spaces and punctuation; letters, numbers,
    // kana and ideographs have their own statuses.
    if (iterator_->getRuleStatus() == UBRK_WORD_NONE) continue;
    spans.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  // The iterator keeps a pointer to `ut`: detach it before closing.
  iterator_->setText(icu::UnicodeString());
  utext_close(ut);
  return spans;
}

}  // namespace kb
