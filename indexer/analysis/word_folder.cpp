#include "indexer/analysis/word_folder.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "indexer/common/ascii.h"
#include "indexer/common/utf8.h"

namespace kb {

WordFolder::WordFolder() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) nfkc_cf_ = nfd_ = nfc_ = nullptr;
}

std::string WordFolder::fold(std::string_view word, Script script) const {
  if (is_ascii(word)) {
    // ASCII needs no tables: case folding is lower-casing.
    return ascii_lower(word);
  }
  if (!nfkc_cf_) return std::string(word);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString folded = nfkc_cf_->normalize(input, status);
  const bool drop_accents =
      script == Script::kLatin || script == Script::kGreek || script == Script::kCyrillic;
  const bool indic = script == Script::kDevanagari || script == Script::kBengali;
  if (U_SUCCESS(status) && (drop_accents || indic)) {
    const icu::UnicodeString decomposed = nfd_->normalize(folded, status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
      UChar32 c = decomposed.char32At(i);
      if (drop_accents && u_charType(c) == U_NON_SPACING_MARK) continue;
      if (indic) {
        if (c == 0x093C || c == 0x09BC) continue;  // nukta
        if (c == 0x0901) c = 0x0902;               // chandrabindu -> anusvara
        if (c == 0x0981) c = 0x0982;
      }
      kept.append(c);
    }
    folded = nfc_->normalize(kept, status);
  }
  if (U_FAILURE(status)) return std::string(word);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool WordFolder::folds_first_letter_alone(std::string_view word, Script script) const {
  if (script == Script::kLatin || script == Script::kGreek || script == Script::kCyrillic ||
      script == Script::kHan) {
    return true;
  }
  int32_t i = 0;
  next_code_point(word, &i);
  if (static_cast<size_t>(i) >= word.size()) return true;
  const UChar32 next = next_code_point(word, &i);
  return nfkc_cf_ && next >= 0 && nfkc_cf_->hasBoundaryBefore(next);
}

}  // namespace kb
