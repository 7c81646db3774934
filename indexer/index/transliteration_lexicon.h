// TransliterationLexicon: links words of one client across scripts through
// their romanized keys (see Romanizer), so that "nahi" finds "नहीं" and
// "सिम" finds "sim". Built from the analyzed words while indexing and kept
// in the database's metadata (keys in index_format.h), which maps each key
// to the words (folded, unstemmed) that have it: a lookup per query word,
// no extra postings, and a cross-script match is an ordinary index
// term, so it is ranked and highlighted like any other.
//
// Thread safety: one lexicon per writer thread; lookups only read `db`.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"
#include "indexer/common/string_hash.h"
#include "indexer/index/lexicon_entries.h"

namespace kb {

// Where the keys of Latin-script words come from.
enum class LatinWords {
  kEachToken,  // add() keys them as they come: for a few articles
  kFromIndex,  // add() skips them; add_latin_words_of() keys the index's
};

class TransliterationLexicon {
 public:
  explicit TransliterationLexicon(RomanizerRules rules = {},
                                  LatinWords latin = LatinWords::kEachToken)
      : romanizer_(rules), latin_(latin) {}

  // Records the keys of `token`, whose text as written is `surface`.
  void add(const Token& token, std::string_view surface);

  // Records the keys of every Latin-script word `db` has (its word terms,
  // kPrefixWord), with LatinWords::kFromIndex. A full build keys each
  // distinct word once this way instead of looking every word it writes up
  // in a set of the words seen: with 20,000 articles, that set missed the
  // cache for 6% of the build.
  void add_latin_words_of(const Xapian::Database& db);

  // Takes every entry of `other`, the lexicon of another part of the same
  // build (a shard of a full build, see IndexWriterOptions).
  void merge(TransliterationLexicon&& other);

  // Adds every key -> words entry to `db`'s metadata, keeping the words
  // already there (an incremental run adds the words of the
  // articles it wrote; entries of words since removed stay, harmless, as
  // cross_script_matches skips terms no article has).
  void write(Xapian::WritableDatabase& db) const;

  struct Match {
    std::string word;  // as the index has it, folded: "नहीं"
    std::string term;  // its index term: "नह"
  };

  // Words in another script than `token`'s that share a key with it, one per
  // index term, at most `limit`, most frequent term first. `entries` are
  // db's: a Latin word reads only the entries that may hold native words.
  // `analyzer` turns the words into terms as indexing did.
  static std::vector<Match> cross_script_matches(const Xapian::Database& db,
                                                 const LexiconEntries& entries,
                                                 const Analyzer& analyzer,
                                                 const Romanizer& romanizer, const Token& token,
                                                 std::string_view surface, size_t limit);

  // The metadata key of a romanized key made for `script`.
  static std::string entry(Script script, std::string_view key);

  // The words `db` has under `entry`, in byte order.
  static std::vector<std::string> words_of(const Xapian::Database& db, const std::string& entry);

  // Whether an entry's value, as write() lays it out, holds a native word:
  // without splitting it into words.
  static bool holds_native_word(std::string_view value);

  // Which scripts the lexicon of `db` has words of (kMetaLexiconScripts).
  struct Sides {
    bool latin = false;
    bool native = false;
  };
  static Sides sides_of(const Xapian::Database& db);

 private:
  void add_latin_word(const std::string& word);

  Romanizer romanizer_;
  LatinWords latin_;
  // Looked up by view, so a surface seen before allocates nothing: add()
  // runs for every word of every article.
  std::unordered_set<std::string, StringHash, std::equal_to<>> seen_;  // surfaces already keyed
  bool has_latin_ = false;
  bool has_native_ = false;
  // (metadata key, word) pairs, duplicates included: appending costs
  // less than keeping a map of sets for every new surface; write() sorts.
  std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace kb
