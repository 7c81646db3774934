#include "indexer/analysis/segmenter.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>

#include "indexer/common/utf8.h"

namespace kb {

namespace {

// What a character does in UAX #29 word breaking, as far as the scanner
// below needs to know.
enum class WordBreak : uint8_t {
  kOther,        // breaks on both sides: spaces, punctuation, symbols
  kLetter,       // ALetter, and @ as ICU's root rules tailor it
  kDigit,        // Numeric
  kConnector,    // ExtendNumLet (_ U+203F ...): joins letters and digits
  kMidLetter,    // MidLetter (U+00B7 ...) between letters
  kMidNumLet,    // MidNumLet and Single_Quote (. ' U+2019 ...) between letters or digits
  kMidNum,       // MidNum (, ; ...) between digits
  kMark,         // Extend and Format: belong to the character before (WB4)
  kNewline,      // CR LF and other line breaks: no mark belongs to them
  kUnsupported,  // anything else: ICU's iterator splits the text
};

// The scanner covers Latin, Greek, Cyrillic, the Indic scripts from
// Devanagari to Sinhala and general punctuation. Past kCovered, and in the
// gaps below, are scripts with rules of their own (Hebrew quotes, Thai and
// CJK dictionaries, Katakana, emoji with ZWJ ...).
constexpr UChar32 kCovered = 0x2070;

bool in_covered_gap(UChar32 c) { return (c >= 0x0530 && c < 0x0900) || (c >= 0x0E00 && c < 0x1E00); }

WordBreak word_break_of(UChar32 c) {
  if (c == '@') return WordBreak::kLetter;  // so user@example.com is one word
  if (c == ':') return WordBreak::kOther;   // ICU's root rules drop it from MidLetter
  if (in_covered_gap(c)) return WordBreak::kUnsupported;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return WordBreak::kLetter;
    case U_WB_NUMERIC: return WordBreak::kDigit;
    case U_WB_EXTENDNUMLET: return WordBreak::kConnector;
    case U_WB_MIDLETTER: return WordBreak::kMidLetter;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: return WordBreak::kMidNumLet;
    case U_WB_MIDNUM: return WordBreak::kMidNum;
    case U_WB_EXTEND:
    case U_WB_FORMAT: return WordBreak::kMark;
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE: return WordBreak::kNewline;
    case U_WB_OTHER:
    case U_WB_WSEGSPACE:
    case U_WB_DOUBLE_QUOTE: return WordBreak::kOther;
    default: return WordBreak::kUnsupported;  // ZWJ, Hebrew_Letter, Katakana ...
  }
}

// Read from ICU's character properties once, so the scanner follows the
// Unicode version ICU has.
const std::array<WordBreak, kCovered>& word_break_table() {
  static const std::array<WordBreak, kCovered> table = [] {
    std::array<WordBreak, kCovered> t{};
    for (UChar32 c = 0; c < kCovered; ++c) t[c] = word_break_of(c);
    return t;
  }();
  return table;
}

WordBreak type_of(const Segmenter::Unit& unit) { return static_cast<WordBreak>(unit.type); }

bool in_word(WordBreak b) {
  return b == WordBreak::kLetter || b == WordBreak::kDigit || b == WordBreak::kConnector;
}

// The units of `text`, or false when it has a character the scanner does
// not cover, or invalid UTF-8. A mark at the start or after a line break is
// a unit of its own that joins nothing.
bool units_of(std::string_view text, std::vector<Segmenter::Unit>* units) {
  const auto& table = word_break_table();
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const auto start = static_cast<uint32_t>(i);
    const UChar32 c = next_code_point(text, &i);
    if (c < 0 || c >= kCovered) return false;
    WordBreak type = table[static_cast<size_t>(c)];
    if (type == WordBreak::kUnsupported) return false;
    if (type == WordBreak::kMark) {
      if (!units->empty() && type_of(units->back()) != WordBreak::kNewline) {
        units->back().marked = true;
        continue;
      }
      type = WordBreak::kOther;
    }
    units->push_back({start, static_cast<uint8_t>(type), false});
  }
  return true;
}

// The units of a decoded text, for scan_words.
class DecodedUnits {
 public:
  explicit DecodedUnits(const std::vector<Segmenter::Unit>& units) : units_(units) {}
  size_t size() const { return units_.size(); }
  WordBreak type(size_t k) const { return type_of(units_[k]); }
  uint32_t start(size_t k) const { return units_[k].start; }
  bool marked(size_t k) const { return units_[k].marked; }

 private:
  const std::vector<Segmenter::Unit>& units_;
};

// An ASCII text read as units in place: each byte is one, unmarked. Most
// texts are ASCII, and decoding them into units cost half of segmenting.
class AsciiUnits {
 public:
  explicit AsciiUnits(std::string_view text) : text_(text), table_(word_break_table()) {}
  size_t size() const { return text_.size(); }
  WordBreak type(size_t k) const { return table_[static_cast<unsigned char>(text_[k])]; }
  uint32_t start(size_t k) const { return static_cast<uint32_t>(k); }
  bool marked(size_t) const { return false; }

 private:
  std::string_view text_;
  const std::array<WordBreak, kCovered>& table_;
};

// UAX #29 as ICU's root rules apply it to the covered scripts: letters,
// digits and connectors join (WB5, WB8-WB10, WB13a/b); a MidLetter or
// MidNumLet joins two letters (WB6/7) and a MidNum or MidNumLet two digits
// (WB11/12). A lone connector is no word, two are; nor, in ICU, is a
// segment that ends in a connector with marks ("a_" + U+0301).
template <typename Units>
std::vector<WordSpan> scan_words(const Units& units, uint32_t text_size) {
  std::vector<WordSpan> spans;
  const size_t m = units.size();
  auto end_of = [&](size_t k) { return k + 1 < m ? units.start(k + 1) : text_size; };
  size_t i = 0;
  while (i < m) {
    if (!in_word(units.type(i))) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool has_alnum = units.type(i) != WordBreak::kConnector;
    while (j < m) {
      const WordBreak b = units.type(j);
      if (in_word(b)) {
        has_alnum = has_alnum || b != WordBreak::kConnector;
        ++j;
        continue;
      }
      if (j + 1 >= m) break;
      const WordBreak before = units.type(j - 1);
      const WordBreak after = units.type(j + 1);
      const bool letters = before == WordBreak::kLetter && after == WordBreak::kLetter &&
                           (b == WordBreak::kMidLetter || b == WordBreak::kMidNumLet);
      const bool digits = before == WordBreak::kDigit && after == WordBreak::kDigit &&
                          (b == WordBreak::kMidNum || b == WordBreak::kMidNumLet);
      if (!letters && !digits) break;
      j += 2;
    }
    const bool ends_in_marked_connector =
        units.type(j - 1) == WordBreak::kConnector && units.marked(j - 1);
    if ((has_alnum || j - i > 1) && !ends_in_marked_connector) {
      spans.push_back({units.start(i), end_of(j - 1)});
    }
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
  const auto size = static_cast<uint32_t>(text.size());
  if (is_ascii(text)) return scan_words(AsciiUnits(text), size);
  units_.clear();
  if (units_of(text, &units_)) return scan_words(DecodedUnits(units_), size);
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
