// HttpServer: cpp-httplib configured for search traffic (TCP_NODELAY,
// keep-alive of 100 requests a connection, a fixed pool of worker threads)
// serving the API routes.
//
// Thread safety: start() once, then stop() may be called from any thread.
#pragma once

#include <memory>
#include <string>

#include "indexer/common/result.h"
#include "server/http/routes.h"

namespace kb::http {

struct HttpServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                            // 0 picks a free port
  unsigned threads = 0;                       // worker threads; 0 = 64 per core
  size_t max_body_bytes = 32u * 1024 * 1024;  // larger request bodies get 413
};

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, ApiContext context);
  ~HttpServer();

  // Binds the listening socket; returns the port. Unavailable when the
  // address is taken.
  Result<int> bind();

  // Serves until stop(); call after bind(), typically on its own thread.
  void listen();

  void stop();
  bool is_running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kb::http
