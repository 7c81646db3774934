// JSON shapes of the REST API (schema/openapi.yaml describes them). The
// query responses, asked for on every keystroke and search, are written
// straight to text (json_writer.h); the rest are built as nlohmann::json.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "indexer/common/status.h"
#include "server/search/related_finder.h"
#include "server/search/search_types.h"
#include "server/search/suggester.h"

namespace kb::http {

std::string write_json(const SearchResults& results);
std::string write_json(const Suggestions& suggestions);
std::string write_json(const RelatedArticles& related);

nlohmann::json to_json(const ClientSummary& client);
nlohmann::json document_to_json(const Document& doc);  // the stored article, steps included

// {"error": {"code", "message", "field"}}; `api_code` from the error table.
nlohmann::json error_body(std::string_view api_code, const std::string& message,
                          const std::string& field);

}  // namespace kb::http
