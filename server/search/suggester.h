// Suggester: completions of what an agent is typing in the search box,
// from one client's article titles and frequent phrases (the suggestion
// terms of indexer/index/suggestion_terms.h), for the suggest route.
//
// Matching is on the analyzer's folded form, so "Rech", "rech" and "RECH"
// complete alike, and Devanagari, Bengali or Tamil prefixes work as Latin
// ones do; a completion is shown as written in the article. Order: titles
// and phrases that start with the typed text, more articles first (a title
// before a phrase on a tie, then shorter first); then titles with a later
// word starting with the typed text ("sim" -> "How to activate a new SIM").
// At most `limit`, no two with the same folded text. A phrase is offered
// once it occurs in `min_phrase_articles` articles.
//
// Bounded cost: a request reads at most 3 * max_scanned_terms entries of the
// term list (title, phrase and later-word families, each a prefix range read
// in order and cut off at max_scanned_terms; the later-word one only when the
// other two leave room), whatever the vocabulary size, so a one-letter
// prefix costs no more than that. When the cut-off is reached, the
// popularity order holds among the first max_scanned_terms completions in
// folded alphabetical order, not the whole vocabulary.
//
// Errors: InvalidArgument (field "q" or "limit") for a bad request, NotFound
// for an unknown client, FailedPrecondition for an index to rebuild,
// Internal when Xapian fails.
//
// Thread safety: uses the IndexHandles and Analyzer it is given (those of
// one Searcher), so it belongs to that Searcher's thread; construction is
// cheap, so make one per request.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/common/result.h"
#include "server/search/index_handles.h"

namespace kb {

struct SuggesterOptions {
  size_t max_limit = 10;                      // most completions per request
  size_t max_query_bytes = 256;               // longer typed text is refused
  size_t max_scanned_terms = 1000;            // per term family, see "Bounded cost"
  Xapian::doccount min_phrase_articles = 2;   // rarer phrases are not offered
};

struct SuggestRequest {
  std::string client;  // required
  std::string query;   // required: what has been typed so far
  size_t limit = 10;   // 1 to max_limit
};

struct Suggestion {
  std::string text;     // as written in the article
  std::string kind;     // "title" or "phrase"
  size_t articles = 0;  // how many articles have this title or phrase
};

struct Suggestions {
  std::string query;
  std::string client;
  double took_ms = 0;
  std::vector<Suggestion> suggestions;  // best first
};

class Suggester {
 public:
  Suggester(IndexHandles& handles, const Analyzer& analyzer, SuggesterOptions options = {})
      : handles_(handles), analyzer_(analyzer), options_(options) {}

  Result<Suggestions> suggest(const SuggestRequest& request);

 private:
  Status validate(const SuggestRequest& request) const;

  IndexHandles& handles_;
  const Analyzer& analyzer_;
  SuggesterOptions options_;
};

}  // namespace kb
