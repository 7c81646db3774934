// Scripts (writing systems) the analyzer treats differently, and language
// detection from the script where the script decides the language.
#pragma once

#include <string>
#include <string_view>

namespace kb {

enum class Script {
  kLatin,
  kGreek,
  kCyrillic,
  kDevanagari,
  kBengali,
  kTamil,
  kTelugu,
  kKannada,
  kMalayalam,
  kGujarati,
  kGurmukhi,
  kThai,
  kLao,
  kKhmer,
  kMyanmar,
  kHan,       // Chinese characters, also in Japanese
  kHiragana,
  kKatakana,
  kHangul,
  kArabic,
  kOther,     // digits, symbols and scripts without special treatment
};

// Script of one code point (ICU's UScriptCode, mapped to the list above).
Script script_of(char32_t code_point);

// Script of a word: the script of its first letter; kOther when none.
Script script_of_word(std::string_view utf8_word);

// Stable lower-case name, e.g. "devanagari".
std::string_view script_name(Script script);

// The language a text is in when its letters are mostly in a script that
// names one language in our corpus (Devanagari -> "hi", Bengali -> "bn",
// Tamil -> "ta", Thai -> "th" ...); otherwise `fallback` (e.g. Latin text,
// whose language the script cannot tell).
std::string detect_language(std::string_view text, std::string_view fallback);

}  // namespace kb
