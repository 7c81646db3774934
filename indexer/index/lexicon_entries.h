// LexiconEntries: which entries of a database's transliteration lexicon
// (transliteration_lexicon.h) hold words of the native scripts, read once
// per database revision, so that a Latin query word's lookups read the
// database only for entries that can match it. Most cannot: the entry of a
// Latin word's key mostly holds that Latin word alone. Each lookup is a
// B-tree search whose block reads are system calls; skipping them took
// about 4% off a search's p50 at 100k articles. Loading reads every entry:
// about 20 ms for a client of 20,000 articles.
//
// Each such entry is kept as a hash of its metadata key (8 bytes an entry):
// may_have_native_words() is never false for an entry that holds a native
// word, and rarely true for another, which then costs one lookup.
//
// Thread safety: immutable once loaded; share it between threads.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace kb {

class LexiconEntries {
 public:
  // Reads the lexicon of `db` (Xapian errors propagate).
  static std::shared_ptr<const LexiconEntries> load(const Xapian::Database& db);

  // Whether the lexicon has words of Latin script, and of the native ones
  // (kMetaLexiconScripts): a query word looks for words of the other side.
  bool has_latin() const { return has_latin_; }
  bool has_native() const { return has_native_; }

  // False when the database's entry `entry` (TransliterationLexicon::entry)
  // holds no native word, or does not exist; true when it holds one, and
  // for a rare other.
  bool may_have_native_words(std::string_view entry) const;

  size_t size() const { return hashes_.size(); }

 private:
  LexiconEntries() = default;

  std::vector<size_t> hashes_;  // StringHash of each key with a native word, sorted
  bool has_latin_ = false;
  bool has_native_ = false;
};

}  // namespace kb
