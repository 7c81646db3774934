#include "indexer/analysis/language_table.h"

#include <map>

#include "indexer/common/ascii.h"

namespace kb {

namespace {

// Snowball stemmers in Xapian 1.4 for languages written in Latin script.
const std::map<std::string, std::string, std::less<>>& latin_snowball() {
  static const std::map<std::string, std::string, std::less<>> kNames = {
      {"ca", "catalan"},    {"da", "danish"},   {"de", "german"},     {"en", "english"},
      {"es", "spanish"},    {"eu", "basque"},   {"fi", "finnish"},    {"fr", "french"},
      {"ga", "irish"},      {"hu", "hungarian"}, {"id", "indonesian"}, {"it", "italian"},
      {"lt", "lithuanian"}, {"nb", "norwegian"}, {"nl", "dutch"},     {"nn", "norwegian"},
      {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},  {"sv", "swedish"},
      {"tr", "turkish"}};
  return kNames;
}

}  // namespace

std::string primary_language(std::string_view tag) {
  return ascii_lower(tag.substr(0, tag.find('-')));
}

StemmerChoice stemmer_for(Script script, std::string_view language) {
  using Kind = StemmerChoice::Kind;
  switch (script) {
    case Script::kLatin: {
      const auto& names = latin_snowball();
      const auto it = names.find(primary_language(language));
      return {Kind::kSnowball, it == names.end() ? "english" : it->second};
    }
    case Script::kDevanagari: return {Kind::kHindiSuffixes, ""};
    case Script::kBengali: return {Kind::kBengaliSuffixes, ""};
    case Script::kTamil: return {Kind::kSnowball, "tamil"};
    case Script::kCyrillic: return {Kind::kSnowball, "russian"};
    case Script::kArabic: return {Kind::kSnowball, "arabic"};
    default: return {Kind::kNone, ""};
  }
}

}  // namespace kb
