#include "tests/http/test_server.h"

#include <cctype>
#include <chrono>
#include <functional>

#include "indexer/index/corpus_indexer.h"

namespace kb::testing {

TestServer::TestServer(const std::string& index_root, TestServerOptions options)
    : catalog_(index_root),
      searchers_(catalog_, SearcherOptions{}),
      writes_({.index_root = index_root,
               .after_commit = std::bind_front(&SearcherPool::warm, &searchers_)}),
      jobs_({.corpus_root = options.corpus_root,
             .index_root = index_root,
             .after_publish = std::bind_front(&SearcherPool::warm, &searchers_)}) {
  if (!options.analytics_dir.empty()) {
    analytics_ = std::make_unique<SearchAnalytics>(SearchAnalyticsOptions{.dir = options.analytics_dir});
  }
  server_ = std::make_unique<http::HttpServer>(
      http::HttpServerOptions{.bind = "127.0.0.1",
                              .port = 0,
                              .threads = 4,
                              .max_body_bytes = options.max_body_bytes},
      http::ApiContext{.searchers = &searchers_,
                       .web_dir = (source_dir() / "web").string(),
                       .writes = &writes_,
                       .jobs = &jobs_,
                       .analytics = analytics_.get(),
                       .max_batch_articles = options.max_batch_articles,
                       .access = options.access});
  auto port = server_->bind();
  EXPECT_OK(port);
  port_ = port.is_ok() ? *port : 0;
  thread_ = std::thread([this] { server_->listen(); });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TestServer::~TestServer() {
  server_->stop();
  thread_.join();
}

httplib::Client TestServer::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  return client;
}

nlohmann::json TestServer::get_json(const std::string& path, int* status) const {
  auto res = client().Get(path.c_str());
  EXPECT_TRUE(res) << "GET " << path << " failed: " << httplib::to_string(res.error());
  if (!res) return {};
  if (status) *status = res->status;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
  return nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
}

void expect_api_errors(const TestServer& server, const std::vector<ApiErrorCase>& cases) {
  for (const auto& c : cases) {
    int status = 0;
    const nlohmann::json body = server.get_json(c.path, &status);
    EXPECT_EQ(status, c.status) << c.path;
    ASSERT_TRUE(body.contains("error")) << c.path << " " << body.dump();
    EXPECT_EQ(body["error"]["code"], c.code) << c.path;
    EXPECT_EQ(body["error"]["field"], c.field) << c.path;
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << c.path;
  }
}

const std::string& corpus_index_root() {
  static TempDir dir;
  static const std::string root = [] {
    CorpusIndexerOptions options;
    options.corpus_root = (source_dir() / "corpus").string();
    options.index_root = dir.path().string();
    const CorpusReport report = build_corpus(options);
    EXPECT_OK(report.failure);
    for (const auto& error : report.rejected) ADD_FAILURE() << error.to_string();
    return dir.path().string();
  }();
  return root;
}

std::string url_encode(const std::string& value) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace kb::testing
