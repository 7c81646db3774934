// Searcher: answers searches and document lookups for every client of an
// index root, each within its own client's database.
//
// Thread safety: a Searcher owns Xapian handles and an Analyzer, so it is
// used by one thread at a time (see SearcherPool for many threads).
#pragma once

#include <string>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/common/result.h"
#include "indexer/index/catalog.h"
#include "server/search/index_handles.h"
#include "server/search/query_builder.h"
#include "server/search/search_caches.h"
#include "server/search/search_types.h"
#include "server/search/snippet_builder.h"

namespace kb {

struct SearcherOptions {
  RankingOptions ranking;
  RomanizerRules romanizer;  // must match the rules the index was built with
  SnippetOptions snippets;
  size_t max_query_bytes = 1024;  // longer queries are refused
  size_t max_query_words = 32;    // queries with more space-separated words are refused
  size_t max_limit = 100;         // largest page
  size_t max_offset = 10000;      // deepest page start
  size_t max_facet_values = 20;   // values listed per facet
  // Facets count this many matches, the first in index order, and scale to
  // the estimated total (facet_counter.h).
  size_t facet_sample = 1000;
};

class Searcher {
 public:
  // `caches` are shared by the Searchers of one server (SearcherPool); by
  // default the Searcher has its own.
  explicit Searcher(const Catalog& catalog, SearcherOptions options = {},
                    std::shared_ptr<SearchCaches> caches = nullptr);

  // Ranked hits with snippets, rewrites, "did you mean", facets and
  // confidence. InvalidArgument (with the request field: "q", "limit",
  // "offset", "lang", "facets") for a bad request, NotFound for an
  // unknown client, FailedPrecondition for an index that must be rebuilt.
  Result<SearchResults> search(const SearchRequest& request);

  // Loads the tables searches of `client` share (its vocabulary and facet
  // columns) for its newest revision, so the first search after a write
  // does not wait for them: about 170 ms at 200,000 articles. Errors as
  // search().
  Status warm(const std::string& client);

  // The stored article. NotFound for an unknown client or id.
  Result<Document> document(const std::string& client, const std::string& id);

  // One client's name, size and languages. NotFound for an unknown client.
  Result<ClientSummary> client_summary(const std::string& client);

  // Every published client, sorted by name; clients that cannot be opened
  // are left out.
  std::vector<ClientSummary> list_clients();

  // This Searcher's open databases and analyzer, for the features built next
  // to it per request (Suggester, RelatedFinder); same thread rules.
  IndexHandles& handles() { return handles_; }
  const Analyzer& analyzer() const { return analyzer_; }

 private:
  Status validate(const SearchRequest& request) const;
  Result<SearchResults> run_search(const SearchRequest& request, Xapian::Database& db);

  const Catalog& catalog_;
  SearcherOptions options_;
  Analyzer analyzer_;
  IndexHandles handles_;
  std::shared_ptr<SearchCaches> caches_;
  QueryBuilder query_builder_;
  SnippetBuilder snippet_builder_;
};

}  // namespace kb
