// Which stemmer a word gets, as data: by the word's script first (a
// Devanagari word is Hindi whatever the text's language), then, for Latin
// script, by the text's language.
#pragma once

#include <string>
#include <string_view>

#include "indexer/analysis/script.h"

namespace kb {

struct StemmerChoice {
  enum class Kind { kNone, kSnowball, kHindiSuffixes, kBengaliSuffixes };
  Kind kind = Kind::kNone;
  std::string snowball;  // Xapian stemmer name for kSnowball, e.g. "english"
};

// The primary subtag of a BCP-47 tag, lower-cased: "bn" for "bn-IN".
std::string primary_language(std::string_view tag);

// `language` is a BCP-47 tag or "". Latin words of a language without a
// Latin-script stemmer (Hindi text with English words) stem as English.
StemmerChoice stemmer_for(Script script, std::string_view language);

}  // namespace kb
