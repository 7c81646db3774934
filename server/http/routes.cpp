#include "server/http/routes.h"

#include <httplib.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "server/http/access_check.h"
#include "server/http/error_table.h"
#include "server/http/json_codec.h"
#include "server/http/request_params.h"
#include "server/http/responses.h"
#include "server/http/admin_routes.h"
#include "server/http/analytics_routes.h"
#include "server/admin/search_analytics.h"

namespace kb::http {

namespace {

using Handler = std::function<void(const ApiContext&, const httplib::Request&, httplib::Response&)>;

struct Route {
  RouteInfo info;
  std::string pattern;  // httplib regex; captures are the path parameters in order
  Handler handler;
};

void get_clients(const ApiContext& ctx, const httplib::Request&, httplib::Response& res) {
  auto searcher = ctx.searchers->acquire();
  nlohmann::json clients = nlohmann::json::array();
  for (const auto& client : searcher->list_clients()) {
    if (ctx.caller && !ctx.caller->allows_client(client.name)) continue;
    clients.push_back(to_json(client));
  }
  send_json(res, 200, {{"clients", clients}});
}

void get_search(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  auto request = parse_search_params(req.matches[1], req.params);
  if (!request.is_ok()) return send_error(res, request.status());
  auto searcher = ctx.searchers->acquire();
  auto results = searcher->search(*request);
  if (!results.is_ok()) return send_error(res, results.status());
  if (ctx.analytics && request->offset == 0) ctx.analytics->record(search_record(*results));
  send_json_text(res, 200, write_json(*results));
}

void get_document(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  auto searcher = ctx.searchers->acquire();
  auto doc = searcher->document(req.matches[1], req.matches[2]);
  if (!doc.is_ok()) return send_error(res, doc.status());
  send_json(res, 200, document_to_json(*doc));
}

void get_suggest(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  auto request = parse_suggest_params(req.matches[1], req.params);
  if (!request.is_ok()) return send_error(res, request.status());
  auto searcher = ctx.searchers->acquire();
  Suggester suggester(searcher->handles(), searcher->analyzer(), ctx.suggest);
  auto suggestions = suggester.suggest(*request);
  if (!suggestions.is_ok()) return send_error(res, suggestions.status());
  send_json_text(res, 200, write_json(*suggestions));
}

void get_related(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  auto request = parse_related_params(req.matches[1], req.matches[2], req.params);
  if (!request.is_ok()) return send_error(res, request.status());
  auto searcher = ctx.searchers->acquire();
  RelatedFinder finder(searcher->handles(), ctx.related);
  auto related = finder.related(*request);
  if (!related.is_ok()) return send_error(res, related.status());
  send_json_text(res, 200, write_json(*related));
}

void get_healthz(const ApiContext&, const httplib::Request&, httplib::Response& res) {
  send_json(res, 200, {{"status", "ok"}});
}

void get_readyz(const ApiContext& ctx, const httplib::Request&, httplib::Response& res) {
  auto searcher = ctx.searchers->acquire();
  const auto clients = searcher->list_clients();
  if (clients.empty()) {
    return send_json(res, 503, error_body("unavailable", "no client index could be opened", ""));
  }
  send_json(res, 200, {{"status", "ready"}, {"clients", clients.size()}});
}

void get_web_page(const ApiContext& ctx, const httplib::Request&, httplib::Response& res) {
  std::ifstream in(ctx.web_dir + "/index.html", std::ios::binary);
  if (!in) return send_error(res, Status::not_found("no search page installed"));
  std::ostringstream page;
  page << in.rdbuf();
  res.set_content(page.str(), "text/html; charset=utf-8");
}

const std::vector<Route>& route_table() {
  static const std::vector<Route> routes = {
      {{"GET", "/v1/clients", Access::kSearch}, R"(/v1/clients)", get_clients},
      {{"GET", "/v1/clients/{client}/search", Access::kSearch}, R"(/v1/clients/([^/]+)/search)",
       get_search},
      {{"GET", "/v1/clients/{client}/documents/{id}", Access::kSearch},
       R"(/v1/clients/([^/]+)/documents/([^/]+))", get_document},
      {{"GET", "/v1/clients/{client}/documents/{id}/related", Access::kSearch},
       R"(/v1/clients/([^/]+)/documents/([^/]+)/related)", get_related},
      {{"GET", "/v1/clients/{client}/suggest", Access::kSearch},
       R"(/v1/clients/([^/]+)/suggest)", get_suggest},
      {{"GET", "/healthz", Access::kPublic}, R"(/healthz)", get_healthz},
      {{"GET", "/readyz", Access::kPublic}, R"(/readyz)", get_readyz},
      {{"GET", "/", Access::kPublic}, R"(/)", get_web_page},
      {{"PUT", "/v1/clients/{client}/documents/{id}"}, R"(/v1/clients/([^/]+)/documents/([^/]+))",
       put_document},
      {{"DELETE", "/v1/clients/{client}/documents/{id}"},
       R"(/v1/clients/([^/]+)/documents/([^/]+))", delete_document},
      {{"POST", "/v1/clients/{client}/documents"}, R"(/v1/clients/([^/]+)/documents)",
       post_documents},
      {{"POST", "/v1/clients/{client}/reindex"}, R"(/v1/clients/([^/]+)/reindex)", post_reindex},
      {{"GET", "/v1/jobs/{id}"}, R"(/v1/jobs/([^/]+))", get_job},
      {{"GET", "/v1/clients/{client}/analytics"}, R"(/v1/clients/([^/]+)/analytics)",
       get_analytics},
  };
  return routes;
}

}  // namespace

std::vector<RouteInfo> api_routes() {
  std::vector<RouteInfo> infos;
  for (const auto& route : route_table()) infos.push_back(route.info);
  return infos;
}

void register_routes(httplib::Server& server, const ApiContext& context) {
  // cpp-httplib 0.11 caps each header line (8,192 bytes) but not their
  // number: a request with more is refused before any route runs.
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    size_t bytes = 0;
    for (const auto& [name, value] : req.headers) bytes += name.size() + value.size() + 4;
    if (req.headers.size() <= kMaxHeaders && bytes <= kMaxHeaderBytes) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    send_json(res, 431,
              error_body("headers_too_large",
                         "the request has " + std::to_string(req.headers.size()) + " headers (" +
                             std::to_string(bytes) + " bytes); at most " +
                             std::to_string(kMaxHeaders) + " headers and " +
                             std::to_string(kMaxHeaderBytes) + " bytes are accepted",
                         ""));
    return httplib::Server::HandlerResponse::Handled;
  });
  std::map<std::string, std::vector<std::string>> methods_of;  // pattern -> its methods
  for (const auto& route : route_table()) methods_of[route.pattern].push_back(route.info.method);
  for (const auto& route : route_table()) {
    // The context is copied: callers may pass a temporary.
    auto handler = [context, &route](const httplib::Request& req, httplib::Response& res) {
      if (!context.access) return route.handler(context, req, res);
      ApiContext scoped = context;
      if (auto refusal = check_access(*context.access, route.info, req, &scoped.caller)) {
        for (const auto& [name, value] : refusal->headers) res.set_header(name, value);
        return send_json(res, refusal->status, error_body(refusal->api_code, refusal->message, ""));
      }
      route.handler(scoped, req, res);
    };
    const std::string& method = route.info.method;
    if (method == "GET") server.Get(route.pattern, handler);
    if (method == "PUT") server.Put(route.pattern, handler);
    if (method == "DELETE") server.Delete(route.pattern, handler);
    if (method == "POST") server.Post(route.pattern, handler);
  }
  for (const auto& [pattern, methods] : methods_of) {
    std::string allow;
    for (const auto& method : methods) allow += (allow.empty() ? "" : ", ") + method;
    // Other methods on a known path are 405 with Allow, not "no route".
    auto not_allowed = [allow](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", allow);
      send_json(res, 405,
                error_body("method_not_allowed",
                           req.method + " is not allowed on " + req.path + "; use " + allow, ""));
    };
    auto has = [&methods](const char* m) {
      return std::find(methods.begin(), methods.end(), m) != methods.end();
    };
    if (!has("GET")) server.Get(pattern, not_allowed);
    if (!has("POST")) server.Post(pattern, not_allowed);
    if (!has("PUT")) server.Put(pattern, not_allowed);
    server.Patch(pattern, not_allowed);
    if (!has("DELETE")) server.Delete(pattern, not_allowed);
  }
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                                   httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const std::string what = req.method + " " + req.path;
    switch (res.status) {
      case 404:
        send_json(res, 404, error_body("route_not_found", "no route for " + what, ""));
        break;
      case 405:
        send_json(res, 405, error_body("method_not_allowed", what + " is not allowed", ""));
        break;
      case 413:
        send_json(res, 413, error_body("payload_too_large", "the request body is too large", ""));
        break;
      default:
        send_json(res, res.status, error_body("bad_request", "the request was refused", ""));
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        send_json(res, 500,
                  error_body("internal", "internal error handling " + req.path + ": " + what, ""));
      });
}

}  // namespace kb::http
