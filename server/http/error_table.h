// The one table from Status codes to HTTP statuses and API error codes.
// Every error response has the body
//   {"error": {"code": "...", "message": "...", "field": "..."}}
// with "field" null when no request field is at fault.
#pragma once

#include <string_view>

#include "indexer/common/status.h"

namespace kb::http {

struct HttpError {
  int status;                 // HTTP status
  std::string_view api_code;  // stable, documented in schema/openapi.yaml
};

HttpError http_error_for(StatusCode code);

}  // namespace kb::http
