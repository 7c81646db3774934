// Romanizer: the romanized matching key of a word, so that a Hindi, Bengali
// or Tamil word and the ways people type it in Latin letters meet:
// "नहीं", "nahi", "nahin" and "nhi" share one key.
//
// A native word is first spelled out letter by letter in Latin (a direct
// table over the Brahmic blocks, which share one layout: the letters ICU's
// Devanagari-Latin transliterator gives, without its cost), then native and
// typed spellings go through the same folding rules, which model how people
// type: vowel length, aspiration and doubled letters are not typed
// consistently, and medial "a" (Bengali: also "o") is mostly dropped.
// Each rule can be switched off, to measure what it is worth (README,
// "Hinglish").
//
// Thread safety: const methods only; a Romanizer may be shared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/script.h"

namespace kb {

struct RomanizerRules {
  bool merge_aspirates = true;     // kh -> k, bh -> b, ph/f -> p ...
  bool merge_sibilants = true;     // sh, s
  bool merge_vowel_length = true;  // aa -> a, ee/ii -> i, oo/uu -> u
  bool collapse_doubles = true;    // tt -> t
  bool merge_w_v = true;
  bool merge_z_j = true;
  bool drop_medial_a = true;       // the inherent vowel, typed or not: "kitna" = "kitana"
  bool bengali_drop_medial_o = true;  // Bengali's inherent vowel is typed o: "korar" = "করার"
  bool tamil_voicing = true;       // Tamil writes k/g, t/d, p/b, c/s/j with one letter
  bool y_as_i = true;              // "nayi" = "nai"
  bool final_ng_as_n = true;       // anusvara typed "ng": "ebong" = "এবং"
  bool untyped_final_nasal = true; // a typed "nahi" also tries "nahin" (नहीं)
  bool merge_e_i = true;           // e and i are typed for each other ("recharge", रिचार्ज)
  bool final_ge_as_j = true;       // "recharge" = "richarj"
};

class Romanizer {
 public:
  explicit Romanizer(RomanizerRules rules = {}) : rules_(rules) {}

  // Key of a word in Devanagari, Bengali or Tamil script, as written (case
  // folded is fine); "" for any other script.
  std::string key_of_native(std::string_view word) const;

  // Key of a Latin-script word as typed, folded as for words of `script`
  // (Devanagari, Bengali or Tamil: the rules differ a little).
  std::string key_of_latin(std::string_view word, Script script) const;

  // The keys a word typed in Latin letters may have meant: key_of_latin(),
  // and variants for what typists leave out (a final nasal).
  std::vector<std::string> keys_of_typed(std::string_view word, Script script) const;

  // The scripts that have keys.
  static bool has_keys(Script script) {
    return script == Script::kDevanagari || script == Script::kBengali || script == Script::kTamil;
  }

 private:
  std::string fold(std::string latin, Script script) const;

  RomanizerRules rules_;
};

}  // namespace kb
