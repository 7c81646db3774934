// The REST API's routes. Each handler parses the request, calls one core
// function and serializes its result; errors go through the error table.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "server/access/access_policy.h"
#include "server/search/related_finder.h"
#include "server/search/searcher_pool.h"
#include "server/search/suggester.h"

namespace httplib {
class Server;
}

namespace kb {
class DocumentWriteQueue;
class ReindexJobs;
class SearchAnalytics;
}  // namespace kb

namespace kb::http {

// What the handlers use; owned by the caller, outlives the server.
struct ApiContext {
  SearcherPool* searchers = nullptr;
  std::string web_dir;  // the agent search page; empty serves none
  DocumentWriteQueue* writes = nullptr;  // the document write routes; null answers 503
  ReindexJobs* jobs = nullptr;           // reindex jobs; null answers 503
  SearchAnalytics* analytics = nullptr;  // searches are recorded when set
  SuggesterOptions suggest;              // the suggest route's limits
  RelatedOptions related;                // the related route's limits
  // Most articles (lines) in one POST .../documents batch; more is 413 and
  // nothing is applied. Bounds the work and the commit one request can ask.
  size_t max_batch_articles = 1000;
  // API keys; nullptr serves every route without a key (loopback only, see
  // bind_policy.h).
  AccessPolicy* access = nullptr;
  // The key of the request being handled; set per request by the access
  // check, nullptr without keys or on public routes.
  const ApiKey* caller = nullptr;
};

struct RouteInfo {
  std::string method;  // "GET"
  std::string path;    // as in schema/openapi.yaml, e.g. "/v1/clients/{client}/search"
  // Who may call it (access_check.h). A path with {client} also needs a key
  // for that client. Admin unless declared otherwise, so a new route is
  // closed until someone opens it.
  Access access = Access::kAdmin;
};

// Registers every route below, each behind the access check when
// context.access is set, plus JSON bodies for unknown routes and
// exceptions, on `server`.
// Requests with more headers, or more header bytes, get 431.
inline constexpr size_t kMaxHeaders = 100;
inline constexpr size_t kMaxHeaderBytes = 32 * 1024;

void register_routes(httplib::Server& server, const ApiContext& context);

// The routes register_routes() registers.
std::vector<RouteInfo> api_routes();

}  // namespace kb::http
