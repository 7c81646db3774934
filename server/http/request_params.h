// Turns the query strings of the search, suggest and related routes into
// their requests, refusing unknown or malformed parameters by name.
#pragma once

#include <map>
#include <string>

#include "indexer/common/result.h"
#include "server/search/related_finder.h"
#include "server/search/search_types.h"
#include "server/search/suggester.h"

namespace kb::http {

using QueryParams = std::multimap<std::string, std::string>;

// Parameters: q, lang, type, product, tag (each filter may repeat or hold
// comma-separated values), limit, offset, exact (true/false), facets
// (comma-separated fields). `lang` filters by language and
// tells how Latin-script query words are stemmed. InvalidArgument names the
// parameter at fault in Location::field.
Result<SearchRequest> parse_search_params(const std::string& client, const QueryParams& params);

// GET /v1/clients/{client}/suggest: q, limit. Ranges are checked by the
// Suggester.
Result<SuggestRequest> parse_suggest_params(const std::string& client, const QueryParams& params);

// GET /v1/clients/{client}/documents/{id}/related: limit (default 5). Ranges
// are checked by the RelatedFinder.
Result<RelatedRequest> parse_related_params(const std::string& client, const std::string& id,
                                            const QueryParams& params);

}  // namespace kb::http
