// SynonymTable: a client's synonyms (SynonymRule, from synonyms.json) in its
// own database's synonym table, so a synonym never reaches another client.
// A rule is keyed by its phrase's index terms (as the Analyzer makes them
// in the client's default language, so "Top-Up" and "top up" share a key);
// the expansions are kept as written and analyzed again at query time.
//
// Thread safety: static functions; `db` belongs to the calling thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/document/document.h"

namespace kb {

class SynonymTable {
 public:
  // Replaces the client's synonyms in `db` by `rules` and records how many
  // keys there are.
  static void write(Xapian::WritableDatabase& db, const Analyzer& analyzer,
                    const std::vector<SynonymRule>& rules, std::string_view language);

  // True when the client has any synonyms, so queries of clients without
  // them skip the lookups.
  static bool has_synonyms(const Xapian::Database& db);

  // The expansions, as written, of the phrase whose index terms are `terms`.
  static std::vector<std::string> expansions(const Xapian::Database& db,
                                             const std::vector<std::string>& terms);

  // The synonym-table key of a phrase with these index terms.
  static std::string key(const std::vector<std::string>& terms);
};

}  // namespace kb
