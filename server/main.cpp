// kb-server: serves the per-client indexes under --index over HTTP.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "server/admin/document_write_queue.h"
#include "server/admin/reindex_jobs.h"
#include "server/admin/search_analytics.h"
#include "server/http/http_server.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-server --index DIR [--corpus DIR] [--port 8080] [--bind 127.0.0.1] [--threads N]

Serves the knowledge-base indexes built by kb-indexer under DIR:
  GET /v1/clients                               clients, sizes, languages
  GET /v1/clients/{client}/search?q=...         ranked, highlighted hits
  GET /v1/clients/{client}/documents/{id}       one article
  GET /v1/clients/{client}/documents/{id}/related   articles like it
  GET /v1/clients/{client}/suggest?q=...        completions of what is typed
  PUT, DELETE /v1/clients/{client}/documents/{id}   write one article
  POST /v1/clients/{client}/documents           a batch of articles (JSON Lines)
  POST /v1/clients/{client}/reindex             rebuild from --corpus, as a job
  GET  /v1/jobs/{id}                            a job's state and progress
  GET  /v1/clients/{client}/analytics?from=&to=  top queries, no hits, per day
  GET /healthz, /readyz                         liveness, readiness
  GET /                                         the agent search page
Changes made by kb-indexer or over HTTP are served without a restart.
SIGINT or SIGTERM stops the server after the requests in flight.

  --index DIR    index root (required)
  --corpus DIR   corpus root, for POST /v1/clients/{client}/reindex
  --analytics DIR  where searches are recorded for /analytics (default DIR/_analytics
                 of --index; at most 64 MiB, oldest dropped first)
  --max-body-mib N  largest request body in MiB (default 32; larger get 413)
  --port N       TCP port (default 8080; 0 = any free port)
  --bind ADDR    address to listen on (default 127.0.0.1)
  --threads N    worker threads (default 4 per core)
)";

struct Flags {
  std::string index_root;
  std::string corpus_root;
  std::string analytics_dir;  // default: <index>/_analytics
  kb::http::HttpServerOptions server;
};

bool parse_flags(int argc, char** argv, Flags* flags, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) {
      *error = "unknown flag or missing value: " + arg;
      return false;
    }
    const std::string value = argv[++i];
    if (arg == "--index") {
      flags->index_root = value;
    } else if (arg == "--corpus") {
      flags->corpus_root = value;
    } else if (arg == "--analytics") {
      flags->analytics_dir = value;
    } else if (arg == "--max-body-mib") {
      flags->server.max_body_bytes = std::strtoull(value.c_str(), nullptr, 10) * 1024 * 1024;
    } else if (arg == "--port") {
      flags->server.port = std::atoi(value.c_str());
    } else if (arg == "--bind") {
      flags->server.bind = value;
    } else if (arg == "--threads") {
      flags->server.threads = static_cast<unsigned>(std::atoi(value.c_str()));
    } else {
      *error = "unknown flag " + arg;
      return false;
    }
  }
  if (flags->index_root.empty()) {
    *error = "--index is required";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
  }
  Flags flags;
  std::string error;
  if (!parse_flags(argc, argv, &flags, &error)) {
    std::fprintf(stderr, "kb-server: %s\n%s", error.c_str(), kUsage);
    return 2;
  }

  // Signals are taken by one thread with sigwait, so the handler can stop
  // the server with ordinary code instead of async-signal-safe tricks.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  kb::Catalog catalog(flags.index_root);
  kb::SearcherPool searchers(catalog, kb::SearcherOptions{});
  kb::DocumentWriteQueue writes({.index_root = flags.index_root});
  kb::ReindexJobs jobs({.corpus_root = flags.corpus_root, .index_root = flags.index_root});
  kb::SearchAnalytics analytics(
      {.dir = flags.analytics_dir.empty() ? flags.index_root + "/_analytics" : flags.analytics_dir});
  kb::http::HttpServer server(flags.server,
                              {&searchers, KB_WEB_DIR, &writes, &jobs, &analytics});
  auto port = server.bind();
  if (!port.is_ok()) {
    std::fprintf(stderr, "kb-server: %s\n", port.status().to_string().c_str());
    return 1;
  }
  const auto clients = catalog.client_names();
  std::printf("kb-server: serving %zu clients from %s on http://%s:%d\n", clients.size(),
              flags.index_root.c_str(), flags.server.bind.c_str(), *port);
  std::fflush(stdout);

  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    std::fprintf(stderr, "kb-server: signal %d, stopping\n", sig);
    server.stop();
  });
  server.listen();
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return 0;
}
