#include "server/http/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace kb::http {

namespace {

constexpr size_t kKeepAliveRequests = 100;
// Threads mostly wait on their connection: searches at once are limited
// by SearcherPool, not here. Spare threads serve a new connection (an
// admin write) while busy keep-alive clients hold the rest: with 32 per
// core, the load test's 64 connections held all 64, and as the Searcher
// queue serves them in turn they reached their 100th request together;
// a PUT waited for that wave (24 writes in 20 s). With 64 per core: 218.
constexpr unsigned kThreadsPerCore = 64;
// Connections the kernel may hold ready before they are accepted (capped
// by net.core.somaxconn).
constexpr int kListenBacklog = 4096;

}  // namespace

struct HttpServer::Impl {
  HttpServerOptions options;
  ApiContext context;
  httplib::Server server;
  socket_t listening = INVALID_SOCKET;  // the socket bind() made
};

HttpServer::HttpServer(HttpServerOptions options, ApiContext context)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->context = std::move(context);
  auto& server = impl_->server;
  // Without Nagle's delay off, cpp-httplib 0.11 answers ~70 requests/s
  // (DESIGN.md). A connection holds a worker thread while it lives, so it
  // is closed after kKeepAliveRequests: otherwise more busy keep-alive
  // clients than threads starve every other client (an admin write waited
  // for ever behind a load test's 32 connections).
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(kKeepAliveRequests);
  server.set_payload_max_length(impl_->options.max_body_bytes);
  const unsigned threads =
      impl_->options.threads
          ? impl_->options.threads
          : kThreadsPerCore * std::max(1u, std::thread::hardware_concurrency());
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_socket_options([impl = impl_.get()](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listening = sock;
  });
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
  // cpp-httplib 0.11 listens with a backlog of 5, compiled into Debian's
  // library. Keep-alive connections closed together (each after
  // kKeepAliveRequests) reconnect together: at 64 connections that
  // overflowed the queue 99 times in 15 s, and each dropped client waited
  // a second to try again. Linux takes a second listen() on a listening
  // socket as a new backlog.
  if (::listen(impl_->listening, kListenBacklog) != 0) {
    return Status::unavailable("cannot listen on " + o.bind + ":" + std::to_string(port) +
                               " with a queue of " + std::to_string(kListenBacklog) +
                               " connections: " + std::strerror(errno));
  }
  return port;
}

void HttpServer::listen() { impl_->server.listen_after_bind(); }

void HttpServer::stop() {
  if (impl_->server.is_running()) impl_->server.stop();
}

bool HttpServer::is_running() const { return impl_->server.is_running(); }

}  // namespace kb::http
