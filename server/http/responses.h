// Writing a JSON response: shared by every route file.
#pragma once

#include <nlohmann/json.hpp>

#include "indexer/common/status.h"

namespace httplib {
struct Response;
}

namespace kb::http {

void send_json(httplib::Response& res, int status, const nlohmann::json& body);

// The error body for `status`, through the error table.
void send_error(httplib::Response& res, const Status& status);

}  // namespace kb::http
