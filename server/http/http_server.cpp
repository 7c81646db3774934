#include "server/http/http_server.h"

#include <httplib.h>

#include <thread>

namespace kb::http {

struct HttpServer::Impl {
  HttpServerOptions options;
  ApiContext context;
  httplib::Server server;
};

HttpServer::HttpServer(HttpServerOptions options, ApiContext context)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->context = std::move(context);
  auto& server = impl_->server;
  // Without these, cpp-httplib 0.11 answers ~70 requests/s (Nagle's delay)
  // and drops keep-alive connections every 5 requests (DESIGN.md).
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(100000);
  server.set_payload_max_length(impl_->options.max_body_bytes);
  const unsigned threads = impl_->options.threads
                               ? impl_->options.threads
                               : 4 * std::max(1u, std::thread::hardware_concurrency());
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  register_routes(server, impl_->context);
}

HttpServer::~HttpServer() { stop(); }

Result<int> HttpServer::bind() {
  auto& o = impl_->options;
  const int port = o.port == 0 ? impl_->server.bind_to_any_port(o.bind)
                               : (impl_->server.bind_to_port(o.bind, o.port) ? o.port : -1);
  if (port < 0) {
    return Status::unavailable("cannot listen on " + o.bind + ":" + std::to_string(o.port) +
                               "; is another server using it?");
  }
  return port;
}

void HttpServer::listen() { impl_->server.listen_after_bind(); }

void HttpServer::stop() {
  if (impl_->server.is_running()) impl_->server.stop();
}

bool HttpServer::is_running() const { return impl_->server.is_running(); }

}  // namespace kb::http
