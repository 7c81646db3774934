// SearchCaches: the per-client tables every Searcher of a server shares,
// each loaded once per database revision (revision_cache.h).
#pragma once

#include "indexer/index/lexicon_entries.h"
#include "server/search/client_settings.h"
#include "server/search/facet_columns.h"
#include "server/search/revision_cache.h"
#include "server/search/vocabulary.h"

namespace kb {

struct SearchCaches {
  RevisionCache<Vocabulary> vocabularies;    // typo corrections and completions
  RevisionCache<FacetColumns> facet_columns;  // facet counts
  RevisionCache<LexiconEntries> lexicons;     // cross-script matches
  RevisionCache<ClientSettings> settings;     // default language, synonyms or not
};

}  // namespace kb
