#include "server/http/error_table.h"

namespace kb::http {

HttpError http_error_for(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return {200, "ok"};
    case StatusCode::kInvalidArgument: return {400, "invalid_request"};
    case StatusCode::kNotFound: return {404, "not_found"};
    case StatusCode::kUnavailable: return {503, "unavailable"};
    case StatusCode::kFailedPrecondition: return {503, "index_needs_rebuild"};
    case StatusCode::kCorruption: return {500, "index_corrupt"};
    case StatusCode::kIoError: return {500, "io_error"};
    case StatusCode::kInternal: return {500, "internal"};
  }
  return {500, "internal"};
}

}  // namespace kb::http
