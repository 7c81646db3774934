// Turns the query string of GET /v1/clients/{client}/search into a
// SearchRequest, refusing unknown or malformed parameters by name.
#pragma once

#include <map>
#include <string>

#include "indexer/common/result.h"
#include "server/search/search_types.h"

namespace kb::http {

using QueryParams = std::multimap<std::string, std::string>;

// Parameters: q, lang, type, product, tag (each filter may repeat or hold
// comma-separated values), limit, offset, exact (true/false), facets
// (comma-separated fields). `lang` filters by language and
// tells how Latin-script query words are stemmed. InvalidArgument names the
// parameter at fault in Location::field.
Result<SearchRequest> parse_search_params(const std::string& client, const QueryParams& params);

}  // namespace kb::http
