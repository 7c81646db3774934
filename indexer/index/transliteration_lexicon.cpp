#include "indexer/index/transliteration_lexicon.h"

#include <algorithm>

#include "indexer/common/utf8.h"
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

}  // namespace

std::string TransliterationLexicon::entry(Script script, std::string_view key) {
  char letter = 'x';
  if (script == Script::kDevanagari) letter = 'd';
  if (script == Script::kBengali) letter = 'b';
  if (script == Script::kTamil) letter = 't';
  return std::string(format::kMetaRomanKeyPrefix) + letter + std::string(key);
}

std::vector<std::string> TransliterationLexicon::words_of(const Xapian::Database& db,
                                                          const std::string& entry) {
  const std::string value = db.get_metadata(entry);
  std::vector<std::string> words;
  for (size_t start = 0, end; (end = value.find('\0', start)) != std::string::npos;
       start = end + 1) {
    words.emplace_back(value, start, end - start);
  }
  return words;
}

bool TransliterationLexicon::holds_native_word(std::string_view value) {
  // The words are sorted bytewise, each followed by '\0': native ones,
  // UTF-8 past ASCII, come last.
  return value.size() >= 2 && static_cast<unsigned char>(value[value.size() - 2]) >= 0x80;
}

TransliterationLexicon::Sides TransliterationLexicon::sides_of(const Xapian::Database& db) {
  const std::string scripts = db.get_metadata(std::string(format::kMetaLexiconScripts));
  return {.latin = scripts.find("latin") != std::string::npos,
          .native = scripts.find("native") != std::string::npos};
}

void TransliterationLexicon::add(const Token& token, std::string_view surface) {
  if (token.script == Script::kLatin && latin_ == LatinWords::kFromIndex) return;
  if (seen_.find(surface) != seen_.end()) return;
  seen_.emplace(surface);
  if (Romanizer::has_keys(token.script)) {
    const std::string key = romanizer_.key_of_native(surface);
    if (!key.empty()) entries_.emplace_back(entry(token.script, key), token.unstemmed);
    has_native_ = true;
  } else if (token.script == Script::kLatin) {
    add_latin_word(token.unstemmed);
  }
}

void TransliterationLexicon::add_latin_words_of(const Xapian::Database& db) {
  const std::string prefix(format::kPrefixWord);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    add_latin_word((*t).substr(prefix.size()));
  }
}

void TransliterationLexicon::merge(TransliterationLexicon&& other) {
  entries_.insert(entries_.end(), std::make_move_iterator(other.entries_.begin()),
                  std::make_move_iterator(other.entries_.end()));
  other.entries_.clear();
  has_latin_ = has_latin_ || other.has_latin_;
  has_native_ = has_native_ || other.has_native_;
}

void TransliterationLexicon::add_latin_word(const std::string& word) {
  if (!is_keyable_latin(word)) return;
  for (Script script : kKeyedScripts) {
    const std::string key = romanizer_.key_of_latin(word, script);
    if (!key.empty()) entries_.emplace_back(entry(script, key), word);
  }
  has_latin_ = true;
}

void TransliterationLexicon::write(Xapian::WritableDatabase& db) const {
  // Sorted, so that each key's words are together, and keys go into the
  // B-tree in order, which is cheapest.
  std::vector<const std::pair<std::string, std::string>*> sorted;
  sorted.reserve(entries_.size());
  for (const auto& e : entries_) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return *a < *b; });
  for (size_t i = 0; i < sorted.size();) {
    const std::string& key = sorted[i]->first;
    std::vector<std::string> words = words_of(db, key);
    for (; i < sorted.size() && sorted[i]->first == key; ++i) words.push_back(sorted[i]->second);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string value;
    for (const std::string& word : words) value.append(word).push_back('\0');
    db.set_metadata(key, value);
  }
  // An incremental run adds to what earlier runs wrote; a side once present
  // stays (lookups skip words no longer in the index, see cross_script_matches).
  const Sides before = sides_of(db);
  const bool latin = has_latin_ || before.latin;
  const bool native = has_native_ || before.native;
  std::string scripts = latin ? "latin" : "";
  if (native) scripts += scripts.empty() ? "native" : ",native";
  db.set_metadata(std::string(format::kMetaLexiconScripts), scripts);
}

std::vector<TransliterationLexicon::Match> TransliterationLexicon::cross_script_matches(
    const Xapian::Database& db, const LexiconEntries& entries, const Analyzer& analyzer,
    const Romanizer& romanizer, const Token& token, std::string_view surface, size_t limit) {
  const bool from_latin = token.script == Script::kLatin;
  // Most clients are in one script: then there is nothing to look up.
  if (!(from_latin ? entries.has_native() : entries.has_latin())) return {};
  std::vector<std::string> keys;
  if (Romanizer::has_keys(token.script)) {
    keys.push_back(entry(token.script, romanizer.key_of_native(surface)));
  } else if (from_latin && is_keyable_latin(token.unstemmed)) {
    for (Script script : kKeyedScripts) {
      for (const auto& key : romanizer.keys_of_typed(token.unstemmed, script)) {
        keys.push_back(entry(script, key));
      }
    }
  }
  std::vector<std::pair<Xapian::doccount, Match>> found;
  for (const auto& key : keys) {
    if (from_latin && !entries.may_have_native_words(key)) continue;
    for (const std::string& word : words_of(db, key)) {
      // Only the other script: a Latin word looks for native words and back.
      if (is_ascii(word) == from_latin) continue;
      std::string term = analyzer.term_of(word, "");
      if (term.empty() || term == token.term) continue;
      const Xapian::doccount freq = db.get_termfreq(term);
      if (freq > 0) found.push_back({freq, {word, std::move(term)}});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Match> matches;
  for (auto& entry : found) {
    // A named reference, not a structured binding: clang 14 (the fuzz
    // build) cannot capture bindings in a lambda.
    Match& match = entry.second;
    const bool seen = std::any_of(matches.begin(), matches.end(),
                                  [&](const Match& m) { return m.term == match.term; });
    if (seen) continue;
    matches.push_back(std::move(match));
    if (matches.size() == limit) break;
  }
  return matches;
}

}  // namespace kb
