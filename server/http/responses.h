// Writing a JSON response: shared by every route file.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "indexer/common/status.h"

namespace httplib {
struct Response;
}

namespace kb::http {

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// `text` is JSON already written (JsonWriter).
void send_json_text(httplib::Response& res, int status, const std::string& text);

// The error body for `status`, through the error table.
void send_error(httplib::Response& res, const Status& status);

}  // namespace kb::http
