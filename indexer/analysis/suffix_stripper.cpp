#include "indexer/analysis/suffix_stripper.h"

#include <unicode/unistr.h>

#include <vector>

namespace kb {

namespace {

// Longest first, so the first match is the longest.
const std::vector<std::u16string>& hindi_suffixes() {
  static const std::vector<std::u16string> kSuffixes = {
      u"ाएंगी", u"ाएंगे", u"ाऊंगी", u"ाऊंगा", u"ाइयाँ", u"ाइयों", u"ाइयां",
      u"ाएगी", u"ाएगा", u"ाओगी", u"ाओगे", u"एंगी", u"ेंगी", u"एंगे", u"ेंगे", u"ूंगी", u"ूंगा",
      u"ातीं", u"नाओं", u"नाएं", u"ताओं", u"ताएं", u"ियाँ", u"ियों", u"ियां",
      u"ाकर", u"ाइए", u"ाईं", u"ाया", u"ेगी", u"ेगा", u"ोगी", u"ोगे", u"ाने", u"ाना", u"ाते",
      u"ाती", u"ाता", u"तीं", u"ाओं", u"ाएं", u"ुओं", u"ुएं", u"ुआं",
      u"कर", u"ाओ", u"िए", u"ाई", u"ाए", u"ने", u"नी", u"ना", u"ते", u"ीं", u"ती", u"ता",
      u"ाँ", u"ां", u"ों", u"ें",
      u"ो", u"े", u"ू", u"ु", u"ी", u"ि", u"ा"};
  return kSuffixes;
}

const std::vector<std::u16string>& bengali_suffixes() {
  static const std::vector<std::u16string> kSuffixes = {
      u"গুলোকে", u"গুলোতে", u"গুলিকে", u"গুলোর", u"গুলির", u"দেরকে", u"গুলো", u"গুলি",
      u"দের", u"টির", u"টার", u"েরা", u"ের", u"টি", u"টা", u"কে", u"তে", u"রা", u"র", u"ে"};
  return kSuffixes;
}

}  // namespace

std::string strip_suffix(std::string_view word, SuffixList list) {
  const auto& suffixes = list == SuffixList::kHindi ? hindi_suffixes() : bengali_suffixes();
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  const int32_t letters = u.countChar32();
  for (const auto& suffix : suffixes) {
    const icu::UnicodeString s(suffix.data(), static_cast<int32_t>(suffix.size()));
    if (!u.endsWith(s)) continue;
    // Keep at least two letters: "हो" and "की" are words, not stems.
    if (letters - s.countChar32() < 2) continue;
    std::string out;
    u.tempSubString(0, u.length() - s.length()).toUTF8String(out);
    return out;
  }
  return std::string(word);
}

}  // namespace kb
