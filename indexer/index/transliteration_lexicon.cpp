#include "indexer/index/transliteration_lexicon.h"

#include <algorithm>

#include "indexer/index/index_format.h"

namespace kb {

namespace {

constexpr Script kKeyedScripts[] = {Script::kDevanagari, Script::kBengali, Script::kTamil};

// Latin words worth keying: letters only, two or more. Digits and codes
// ("4g", "*121#") mean the same in every script already.
bool is_keyable_latin(std::string_view word) {
  if (word.size() < 2) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string TransliterationLexicon::entry(Script script, std::string_view key) {
  char letter = 'x';
  if (script == Script::kDevanagari) letter = 'd';
  if (script == Script::kBengali) letter = 'b';
  if (script == Script::kTamil) letter = 't';
  return std::string(format::kPrefixRomanKey) + letter + std::string(key);
}

void TransliterationLexicon::add(const Token& token, std::string_view surface) {
  if (seen_.find(surface) != seen_.end()) return;  // no allocation for words seen before
  seen_.emplace(surface);
  if (Romanizer::has_keys(token.script)) {
    const std::string key = romanizer_.key_of_native(surface);
    if (!key.empty()) terms_by_entry_[entry(token.script, key)].insert(token.term);
  } else if (token.script == Script::kLatin && is_keyable_latin(token.unstemmed)) {
    for (Script script : kKeyedScripts) {
      const std::string key = romanizer_.key_of_latin(token.unstemmed, script);
      if (!key.empty()) terms_by_entry_[entry(script, key)].insert(token.term);
    }
  }
}

void TransliterationLexicon::write(Xapian::WritableDatabase& db) const {
  for (const auto& [key, terms] : terms_by_entry_) {
    for (const auto& term : terms) db.add_synonym(key, term);
  }
}

std::vector<std::string> TransliterationLexicon::cross_script_terms(const Xapian::Database& db,
                                                                    const Romanizer& romanizer,
                                                                    const Token& token,
                                                                    std::string_view surface,
                                                                    size_t limit) {
  std::vector<std::string> entries;
  const bool from_latin = token.script == Script::kLatin;
  if (Romanizer::has_keys(token.script)) {
    entries.push_back(entry(token.script, romanizer.key_of_native(surface)));
  } else if (from_latin && is_keyable_latin(token.unstemmed)) {
    for (Script script : kKeyedScripts) {
      for (const auto& key : romanizer.keys_of_typed(token.unstemmed, script)) {
        entries.push_back(entry(script, key));
      }
    }
  }
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (const auto& e : entries) {
    for (auto it = db.synonyms_begin(e); it != db.synonyms_end(e); ++it) {
      const std::string term = *it;
      // Only the other script: a Latin word looks for native words and back.
      if (is_ascii(term) == from_latin || term == token.term) continue;
      found.emplace_back(db.get_termfreq(term), term);
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> terms;
  for (const auto& [freq, term] : found) {
    if (freq == 0 || std::find(terms.begin(), terms.end(), term) != terms.end()) continue;
    terms.push_back(term);
    if (terms.size() == limit) break;
  }
  return terms;
}

}  // namespace kb
