// RelatedFinder: the articles most like a given one, within its client, by
// Xapian relevance feedback: the article is the relevance set (RSet), the
// words that best tell it apart (ESet: its free-text terms that at least one
// other article has too, best expand weight first) become a query weighted
// by their expand weight, and the article itself is excluded. An article
// sharing no such word with any other gets an empty list, not an error.
//
// Errors: InvalidArgument (field "limit") for a bad limit, NotFound for an
// unknown client or article id (field "id"), FailedPrecondition for an index
// to rebuild, Internal when Xapian fails.
//
// Thread safety: uses the IndexHandles it is given (those of one Searcher),
// so it belongs to that Searcher's thread; construction is cheap, so make
// one per request.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "indexer/common/result.h"
#include "server/search/index_handles.h"
#include "server/search/search_types.h"

namespace kb {

struct RelatedOptions {
  size_t max_limit = 20;       // most related articles per request
  Xapian::termcount expand_terms = 25;  // words of the article the query is made of
};

struct RelatedRequest {
  std::string client;  // required
  std::string id;      // required: the article to find relatives of
  size_t limit = 5;    // 1 to max_limit
};

struct RelatedArticles {
  std::string client;
  std::string id;
  std::vector<SearchHit> articles;  // most alike first; no snippet, `body` and `text` empty
};

class RelatedFinder {
 public:
  explicit RelatedFinder(IndexHandles& handles, RelatedOptions options = {})
      : handles_(handles), options_(options) {}

  Result<RelatedArticles> related(const RelatedRequest& request);

 private:
  Result<RelatedArticles> find(const RelatedRequest& request, const Xapian::Database& db);

  IndexHandles& handles_;
  RelatedOptions options_;
};

}  // namespace kb
