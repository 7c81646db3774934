#include "indexer/index/lexicon_entries.h"

#include <algorithm>
#include <string>

#include "indexer/common/string_hash.h"
#include "indexer/index/index_format.h"

namespace kb {

std::shared_ptr<const LexiconEntries> LexiconEntries::load(const Xapian::Database& db) {
  std::shared_ptr<LexiconEntries> entries(new LexiconEntries());
  const std::string scripts = db.get_metadata(std::string(format::kMetaLexiconScripts));
  entries->has_latin_ = scripts.find("latin") != std::string::npos;
  entries->has_native_ = scripts.find("native") != std::string::npos;
  const std::string prefix(format::kMetaRomanKeyPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    // The words are sorted bytewise, each followed by '\0': native ones,
    // UTF-8 past ASCII, come last.
    const std::string words = db.get_metadata(*it);
    const bool native =
        words.size() >= 2 && static_cast<unsigned char>(words[words.size() - 2]) >= 0x80;
    if (native) entries->hashes_.push_back(StringHash{}(*it));
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
