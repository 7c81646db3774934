// ClientSettings: what every search reads of a client's index metadata,
// read once per database revision (SearchCaches) rather than once per
// search: each get_metadata is a B-tree search, and these two made 6% of a
// search's block reads at 100k articles.
//
// Thread safety: immutable once loaded; share it between threads.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

namespace kb {

struct ClientSettings {
  std::string default_language;  // how Latin words are stemmed when a request names none
  bool has_synonyms = false;     // SynonymTable::has_synonyms

  // Reads them from `db` (Xapian errors propagate).
  static std::shared_ptr<const ClientSettings> load(const Xapian::Database& db);
};

}  // namespace kb
