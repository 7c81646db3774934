// Stemmer: reduces a folded word to its stem with the stemmer the language
// table chooses (Xapian's Snowball stemmers, the Hindi and Bengali suffix
// strippers, or none). Stems are remembered: words repeat, and a Snowball
// call costs far more than a lookup.
//
// Thread safety: not thread-safe (the memo and Xapian::Stem objects).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "indexer/analysis/language_table.h"

namespace kb {

class Stemmer {
 public:
  // The stem of `word` (already folded), a word of `script` in a text in
  // `language`. Never empty for a non-empty word.
  std::string stem(const std::string& word, Script script, std::string_view language);

 private:
  using Memo = std::unordered_map<std::string, std::string>;  // word -> stem

  std::string compute(const std::string& word, const StemmerChoice& choice);

  static constexpr size_t kMemoLimit = 200000;  // words per stemmer, cleared when full
  std::map<std::string, Xapian::Stem, std::less<>> snowball_;
  // Per stemmer (keyed by its kind and Snowball name).
  std::map<std::string, Memo, std::less<>> memo_;
  // The stemmer of the last call's script and language: a text's words
  // mostly share both, and choosing costs a quarter of a memo hit.
  struct LastChoice {
    Script script = Script::kOther;
    std::string language;
    StemmerChoice choice;
    Memo* memo = nullptr;
  };
  LastChoice last_;
};

}  // namespace kb
