#include "indexer/analysis/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

#include "indexer/common/utf8.h"

namespace kb {

Script script_of(char32_t code_point) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(static_cast<UChar32>(code_point), &status);
  if (U_FAILURE(status)) return Script::kOther;
  switch (code) {
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_GREEK: return Script::kGreek;
    case USCRIPT_CYRILLIC: return Script::kCyrillic;
    case USCRIPT_DEVANAGARI: return Script::kDevanagari;
    case USCRIPT_BENGALI: return Script::kBengali;
    case USCRIPT_TAMIL: return Script::kTamil;
    case USCRIPT_TELUGU: return Script::kTelugu;
    case USCRIPT_KANNADA: return Script::kKannada;
    case USCRIPT_MALAYALAM: return Script::kMalayalam;
    case USCRIPT_GUJARATI: return Script::kGujarati;
    case USCRIPT_GURMUKHI: return Script::kGurmukhi;
    case USCRIPT_THAI: return Script::kThai;
    case USCRIPT_LAO: return Script::kLao;
    case USCRIPT_KHMER: return Script::kKhmer;
    case USCRIPT_MYANMAR: return Script::kMyanmar;
    case USCRIPT_HAN: return Script::kHan;
    case USCRIPT_HIRAGANA: return Script::kHiragana;
    case USCRIPT_KATAKANA: return Script::kKatakana;
    case USCRIPT_HANGUL: return Script::kHangul;
    case USCRIPT_ARABIC: return Script::kArabic;
    default: return Script::kOther;
  }
}

Script script_of_word(std::string_view word) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    const UChar32 c = next_code_point(word, &i);
    if (c < 0x80) {  // most words: no property lookups
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Script::kLatin;
      continue;
    }
    if (u_isalpha(c)) return script_of(static_cast<char32_t>(c));
  }
  return Script::kOther;
}

std::string_view script_name(Script script) {
  switch (script) {
    case Script::kLatin: return "latin";
    case Script::kGreek: return "greek";
    case Script::kCyrillic: return "cyrillic";
    case Script::kDevanagari: return "devanagari";
    case Script::kBengali: return "bengali";
    case Script::kTamil: return "tamil";
    case Script::kTelugu: return "telugu";
    case Script::kKannada: return "kannada";
    case Script::kMalayalam: return "malayalam";
    case Script::kGujarati: return "gujarati";
    case Script::kGurmukhi: return "gurmukhi";
    case Script::kThai: return "thai";
    case Script::kLao: return "lao";
    case Script::kKhmer: return "khmer";
    case Script::kMyanmar: return "myanmar";
    case Script::kHan: return "han";
    case Script::kHiragana: return "hiragana";
    case Script::kKatakana: return "katakana";
    case Script::kHangul: return "hangul";
    case Script::kArabic: return "arabic";
    case Script::kOther: return "other";
  }
  return "other";
}

std::string detect_language(std::string_view text, std::string_view fallback) {
  // Words are counted per script (a word starts where a letter follows a
  // non-letter): English product words inside a Hindi sentence are many
  // letters but few words. A script that names a language wins when it has
  // a third of the words or more; Latin never names one.
  std::map<Script, size_t> words;
  size_t total = 0;
  bool in_word = false;
  bool kana = false;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
    const bool letter = c >= 0 && (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK ||
                                   u_charType(c) == U_COMBINING_SPACING_MARK);
    if (c >= 0) {
      const Script script = script_of(static_cast<char32_t>(c));
      kana = kana || script == Script::kHiragana || script == Script::kKatakana;
    }
    if (letter && !in_word && u_isalpha(c)) {
      ++words[script_of(static_cast<char32_t>(c))];
      ++total;
    }
    in_word = letter;
  }
  Script best = Script::kOther;
  size_t most = 0;
  for (const auto& [script, count] : words) {
    if (script != Script::kLatin && script != Script::kOther && count > most) {
      most = count;
      best = script;
    }
  }
  if (most * 3 < total) return std::string(fallback);
  // Kana beside Han means Japanese, not Chinese.
  if (best == Script::kHan && kana) {
    return "ja";
  }
  switch (best) {
    case Script::kDevanagari: return "hi";
    case Script::kBengali: return "bn";
    case Script::kTamil: return "ta";
    case Script::kTelugu: return "te";
    case Script::kKannada: return "kn";
    case Script::kMalayalam: return "ml";
    case Script::kGujarati: return "gu";
    case Script::kGurmukhi: return "pa";
    case Script::kThai: return "th";
    case Script::kLao: return "lo";
    case Script::kKhmer: return "km";
    case Script::kMyanmar: return "my";
    case Script::kHan: return "zh";
    case Script::kHiragana:
    case Script::kKatakana: return "ja";
    case Script::kHangul: return "ko";
    case Script::kGreek: return "el";
    default: return std::string(fallback);
  }
}

}  // namespace kb
