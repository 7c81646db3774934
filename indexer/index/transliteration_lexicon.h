// TransliterationLexicon: links words of one client across scripts through
// their romanized keys (see Romanizer), so that "nahi" finds "नहीं" and
// "सिम" finds "sim". Built from the analyzed words while indexing and kept
// in the database's synonym table (keys in index_format.h): a lookup per
// query word, no extra postings, and a cross-script match is an ordinary
// index term, so it is ranked and highlighted like any other.
//
// Thread safety: one lexicon per writer thread; lookups only read `db`.
#pragma once

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"

namespace kb {

class TransliterationLexicon {
 public:
  explicit TransliterationLexicon(RomanizerRules rules = {}) : romanizer_(rules) {}

  // Records the keys of `token`, whose text as written is `surface`.
  void add(const Token& token, std::string_view surface);

  // Writes every key -> terms entry into `db`'s synonym table.
  void write(Xapian::WritableDatabase& db) const;

  // Index terms in another script than `token`'s that share a key with it,
  // at most `limit`, most frequent first.
  static std::vector<std::string> cross_script_terms(const Xapian::Database& db,
                                                     const Romanizer& romanizer,
                                                     const Token& token, std::string_view surface,
                                                     size_t limit);

  // The synonym-table key of a romanized key made for `script`.
  static std::string entry(Script script, std::string_view key);

 private:
  Romanizer romanizer_;
  std::set<std::string, std::less<>> seen_;  // surfaces already keyed
  std::map<std::string, std::set<std::string>> terms_by_entry_;
};

}  // namespace kb
