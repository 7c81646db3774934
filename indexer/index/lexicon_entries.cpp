#include "indexer/index/lexicon_entries.h"

#include <algorithm>
#include <string>

#include "indexer/common/string_hash.h"
#include "indexer/index/index_format.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

std::shared_ptr<const LexiconEntries> LexiconEntries::load(const Xapian::Database& db) {
  std::shared_ptr<LexiconEntries> entries(new LexiconEntries());
  const TransliterationLexicon::Sides sides = TransliterationLexicon::sides_of(db);
  entries->has_latin_ = sides.latin;
  entries->has_native_ = sides.native;
  const std::string prefix(format::kMetaRomanKeyPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    if (TransliterationLexicon::holds_native_word(db.get_metadata(*it))) {
      entries->hashes_.push_back(StringHash{}(*it));
    }
  }
  std::sort(entries->hashes_.begin(), entries->hashes_.end());
  entries->hashes_.erase(std::unique(entries->hashes_.begin(), entries->hashes_.end()),
                         entries->hashes_.end());
  entries->hashes_.shrink_to_fit();
  return entries;
}

bool LexiconEntries::may_have_native_words(std::string_view entry) const {
  return std::binary_search(hashes_.begin(), hashes_.end(), StringHash{}(entry));
}

}  // namespace kb
