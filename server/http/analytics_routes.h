// GET /v1/clients/{client}/analytics?from=&to=&top=: what agents searched
// for in a client and did not find (server/admin/search_analytics.h).
#pragma once

#include "server/http/routes.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace kb::http {

void get_analytics(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);

}  // namespace kb::http
