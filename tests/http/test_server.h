// An in-process kb-server on an ephemeral 127.0.0.1 port, stopped and
// joined on destruction; and a corpus index shared by the HTTP tests.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/admin/document_write_queue.h"
#include "server/admin/reindex_jobs.h"
#include "server/admin/search_analytics.h"
#include "server/http/http_server.h"
#include "tests/test_util.h"

namespace kb::testing {

struct TestServerOptions {
  std::string corpus_root;                    // for reindex jobs; empty: none
  size_t max_body_bytes = 32u * 1024 * 1024;  // as HttpServerOptions
  std::string analytics_dir;                  // where searches are recorded; empty: not
  size_t max_batch_articles = http::ApiContext{}.max_batch_articles;  // as ApiContext
  // With `access`, every route is behind the API-key check (owned by the
  // caller, outlives the server).
  AccessPolicy* access = nullptr;
};

class TestServer {
 public:
  explicit TestServer(const std::string& index_root, TestServerOptions options = {});
  ~TestServer();

  int port() const { return port_; }
  // Its Searchers, as the routes use them.
  SearcherPool& searchers() { return searchers_; }
  // The search analytics, when options.analytics_dir was given.
  SearchAnalytics* analytics() const { return analytics_.get(); }
  // A client of this server with short timeouts.
  httplib::Client client() const;

  // GET `path` (with query string) and parse the JSON body; fails the test
  // on a transport error.
  nlohmann::json get_json(const std::string& path, int* status = nullptr) const;

 private:
  Catalog catalog_;
  SearcherPool searchers_;
  DocumentWriteQueue writes_;
  ReindexJobs jobs_;
  std::unique_ptr<SearchAnalytics> analytics_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
};

// An API error case: GET `path` answers `status` with the one error body,
// its code `code` and field `field` (null when no field is at fault).
struct ApiErrorCase {
  std::string path;
  int status;
  std::string code;
  nlohmann::json field;
};

// Checks every case against `server`, naming the path of any that differs.
void expect_api_errors(const TestServer& server, const std::vector<ApiErrorCase>& cases);

// The index of the repository's corpus/, built once per test process.
const std::string& corpus_index_root();

// Percent-encodes a query parameter value.
std::string url_encode(const std::string& value);

}  // namespace kb::testing
