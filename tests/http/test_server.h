// An in-process kb-server on an ephemeral 127.0.0.1 port, stopped and
// joined on destruction; and a corpus index shared by the HTTP tests.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/http/http_server.h"
#include "tests/test_util.h"

namespace kb::testing {

class TestServer {
 public:
  // With `access`, every route is behind the API-key check (owned by the
  // caller, outlives the server).
  explicit TestServer(const std::string& index_root, AccessPolicy* access = nullptr);
  ~TestServer();

  int port() const { return port_; }
  // A client of this server with short timeouts.
  httplib::Client client() const;

  // GET `path` (with query string) and parse the JSON body; fails the test
  // on a transport error.
  nlohmann::json get_json(const std::string& path, int* status = nullptr) const;

 private:
  Catalog catalog_;
  SearcherPool searchers_;
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
