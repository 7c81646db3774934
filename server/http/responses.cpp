#include "server/http/responses.h"

#include <httplib.h>

#include "server/http/error_table.h"
#include "server/http/json_codec.h"

namespace kb::http {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  send_json_text(res, status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void send_json_text(httplib::Response& res, int status, const std::string& text) {
  res.status = status;
  res.set_content(text, "application/json");
}

void send_error(httplib::Response& res, const Status& status) {
  const HttpError e = http_error_for(status.code());
  send_json(res, e.status, error_body(e.api_code, status.message(), status.where().field));
}

}  // namespace kb::http
