// kb-server: serves the per-client indexes under --index over HTTP.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "server/admin/document_write_queue.h"
#include "server/admin/reindex_jobs.h"
#include "server/admin/search_analytics.h"
#include "server/access/bind_policy.h"
#include "server/access/key_file.h"
#include "server/http/http_server.h"
#include "server/search/index_watcher.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-server --index DIR [--corpus DIR] [--port 8080] [--bind 127.0.0.1] [--threads N]
                 [--searchers N]
                 [--keys FILE [--rate-limit N] [--burst N]] [--max-batch-articles N]
       kb-server keys add --file FILE --name NAME --role search|admin --clients a,b|*

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
  --max-batch-articles N  most lines (articles or deletions) in one POST
                 /v1/clients/{client}/documents batch (default 1000; more get
                 413 and nothing is applied)
  --port N       TCP port (default 8080; 0 = any free port)
  --bind ADDR    address to listen on (default 127.0.0.1)
  --threads N    worker threads (default 64 per core)
  --searchers N  searches run at once; more requests wait their turn (default
                 two per core: searching is CPU-bound when the index is in the
                 page cache; raise it when searches wait on the disk)
  --keys FILE    API keys (see README, Security): every route but /, /healthz
                 and /readyz then needs 'Authorization: Bearer <secret>'.
                 Without --keys everything is open and only a loopback
                 --bind is accepted.
  --rate-limit N requests per second per key, for keys without their own
                 limit (default 50; 0 = unlimited)
  --burst N      requests a key may make at once before the limit applies
                 (default 100)

keys add: creates a key with a random secret, adds its SHA-256 to FILE
(created if missing) and prints the secret once, alone on the last line.
)";

struct Flags {
  std::string index_root;
  std::string corpus_root;
  std::string analytics_dir;  // default: <index>/_analytics
  std::string keys_file;
  kb::AccessPolicyOptions access;
  kb::http::HttpServerOptions server;
  size_t max_batch_articles = kb::http::ApiContext{}.max_batch_articles;
  size_t searchers = kb::SearcherPool::default_max_searchers();
};

bool parse_number(const std::string& text, double* out) {
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return !text.empty() && end && *end == '\0' && *out >= 0;
}

// A whole number >= 1 into *out.
bool parse_positive_count(const std::string& text, size_t* out) {
  const bool digits = !text.empty() && text.size() <= 9 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  *out = digits ? std::stoul(text) : 0;
  return *out >= 1;
}

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
    } else if (arg == "--max-batch-articles") {
      if (!parse_positive_count(value, &flags->max_batch_articles)) {
        *error = "--max-batch-articles needs a whole number >= 1, not '" + value + "'";
        return false;
      }
    } else if (arg == "--port") {
      flags->server.port = std::atoi(value.c_str());
    } else if (arg == "--bind") {
      flags->server.bind = value;
    } else if (arg == "--keys") {
      flags->keys_file = value;
    } else if (arg == "--rate-limit" || arg == "--burst") {
      double number = 0;
      if (!parse_number(value, &number)) {
        *error = arg + " needs a number >= 0, not '" + value + "'";
        return false;
      }
      auto& limit = flags->access.default_rate_limit;
      (arg == "--burst" ? limit.burst : limit.requests_per_second) = number;
    } else if (arg == "--searchers") {
      if (!parse_positive_count(value, &flags->searchers)) {
        *error = "--searchers needs a whole number >= 1, not '" + value + "'";
        return false;
      }
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

// kb-server keys add ...: one key added to a file, its secret printed.
int keys_main(int argc, char** argv) {
  kb::AddKeyOptions options;
  std::string role = "search";
  std::string clients;
  for (int i = 3; i < argc; i += 2) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "kb-server keys add: %s needs a value\n%s", arg.c_str(), kUsage);
      return 2;
    }
    const std::string value = argv[i + 1];
    if (arg == "--file") {
      options.file = value;
    } else if (arg == "--name") {
      options.name = value;
    } else if (arg == "--role") {
      role = value;
    } else if (arg == "--clients") {
      clients = value;
    } else {
      std::fprintf(stderr, "kb-server keys add: unknown flag %s\n%s", arg.c_str(), kUsage);
      return 2;
    }
  }
  const auto parsed_role = kb::parse_role(role);
  if (options.file.empty() || options.name.empty() || clients.empty() || !parsed_role) {
    std::fprintf(stderr,
                 "kb-server keys add: --file, --name, --clients and --role search|admin are "
                 "required\n%s",
                 kUsage);
    return 2;
  }
  options.role = *parsed_role;
  options.all_clients = clients == "*";
  for (size_t start = 0; !options.all_clients && start <= clients.size();) {
    const size_t comma = std::min(clients.find(',', start), clients.size());
    if (comma > start) options.clients.push_back(clients.substr(start, comma - start));
    start = comma + 1;
  }
  auto secret = kb::add_key(options);
  if (!secret.is_ok()) {
    std::fprintf(stderr, "kb-server keys add: %s\n", secret.status().to_string().c_str());
    return 1;
  }
  std::printf("kb-server: added %s key '%s' for %s to %s; its secret, shown only now:\n%s\n",
              role.c_str(), options.name.c_str(), clients.c_str(), options.file.c_str(),
              secret->c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "keys") == 0) {
    if (argc >= 3 && std::strcmp(argv[2], "add") == 0) return keys_main(argc, argv);
    std::fprintf(stderr, "kb-server keys: the only command is 'keys add'\n%s", kUsage);
    return 2;
  }
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

  if (kb::Status s = kb::check_bind_policy(
          flags.server.bind, flags.keys_file.empty() ? kb::Auth::kNone : kb::Auth::kApiKeys);
      !s.is_ok()) {
    std::fprintf(stderr, "kb-server: %s\n", s.message().c_str());
    return 2;
  }
  std::unique_ptr<kb::AccessPolicy> access;
  if (!flags.keys_file.empty()) {
    auto keys = kb::load_key_file(flags.keys_file);
    if (!keys.is_ok()) {
      std::fprintf(stderr, "kb-server: %s\n", keys.status().to_string().c_str());
      return 1;
    }
    std::printf("kb-server: %zu API keys from %s\n", keys->size(), flags.keys_file.c_str());
    access = std::make_unique<kb::AccessPolicy>(std::move(*keys), flags.access);
  } else {
    std::printf("kb-server: no --keys: every route is open, so only loopback (%s) is served\n",
                flags.server.bind.c_str());
  }

  kb::Catalog catalog(flags.index_root);
  kb::SearcherPool searchers(catalog, kb::SearcherOptions{}, flags.searchers);
  const auto warm = [&searchers](const std::string& client) { searchers.warm(client); };
  kb::DocumentWriteQueue writes({.index_root = flags.index_root, .after_commit = warm});
  kb::ReindexJobs jobs(
      {.corpus_root = flags.corpus_root, .index_root = flags.index_root, .after_publish = warm});
  kb::IndexWatcher watcher(
      {.index_root = flags.index_root,
       .on_change = std::bind_front(&kb::SearcherPool::warm_if_searched, &searchers)});
  kb::SearchAnalytics analytics(
      {.dir = flags.analytics_dir.empty() ? flags.index_root + "/_analytics" : flags.analytics_dir});
  kb::http::HttpServer server(flags.server, {.searchers = &searchers,
                                             .web_dir = KB_WEB_DIR,
                                             .writes = &writes,
                                             .jobs = &jobs,
                                             .analytics = &analytics,
                                             .max_batch_articles = flags.max_batch_articles,
                                             .access = access.get()});
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
