#include "bench/size_benchmark.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include "bench/corpus_maker.h"
#include "bench/floor_engine.h"
#include "bench/fts5_engine.h"
#include "bench/kb_engine.h"
#include "indexer/document/corpus.h"
#include "indexer/index/corpus_indexer.h"

namespace kb::bench {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

Result<BenchCorpus> load_corpus(const std::string& root) {
  auto clients = list_clients(root);
  if (!clients.is_ok()) return clients.status();
  BenchCorpus corpus;
  for (const auto& client : *clients) {
    LoadResult loaded = load_client(client);
    if (!loaded.errors.empty()) {
      return Status::invalid_argument("the corpus has invalid articles, first: " +
                                      loaded.errors.front().to_string());
    }
    corpus.clients.push_back(client);
    corpus.documents.push_back(std::move(loaded.documents));
  }
  if (corpus.total_documents() == 0) {
    return Status::invalid_argument(root + " holds no articles; make one with kb-make-scale-corpus");
  }
  return corpus;
}

Result<std::unique_ptr<BenchEngine>> make_engine(const std::string& name, const fs::path& work) {
  const fs::path dir = work / name;
  if (name == "kbsearch") {
    return std::unique_ptr<BenchEngine>(std::make_unique<KbEngine>(KbEngineOptions{.root = dir}));
  }
  // Variants search the index the "kbsearch" engine built.
  KbEngineOptions variant{.name = name, .root = work / "kbsearch", .reuse_index = true};
  if (name == "kbsearch-no-snippets") {
    variant.searcher.snippets.max_scan_bytes = 0;
    return std::unique_ptr<BenchEngine>(std::make_unique<KbEngine>(variant));
  }
  if (name == "kbsearch-reused") return std::unique_ptr<BenchEngine>(std::make_unique<KbEngine>(variant));
  if (name == "kbsearch-no-facets") {
    variant.features.facets = false;
    return std::unique_ptr<BenchEngine>(std::make_unique<KbEngine>(variant));
  }
  if (name == "xapian-floor") return std::unique_ptr<BenchEngine>(std::make_unique<FloorEngine>(dir));
  if (name == "sqlite-fts5") return std::unique_ptr<BenchEngine>(std::make_unique<Fts5Engine>(dir));
  return Status::invalid_argument(
      "unknown engine '" + name +
      "'; the engines are kbsearch, kbsearch-reused, kbsearch-no-snippets and kbsearch-no-facets "
      "(after kbsearch, on its index), xapian-floor and sqlite-fts5");
}

}  // namespace

Result<SizeReport> run_size_benchmark(const SizeBenchmarkOptions& options) {
  auto say = [&](const std::string& line) {
    if (options.progress) options.progress(line);
  };
  std::vector<std::unique_ptr<BenchEngine>> engines;
  std::vector<fs::path> written;  // folders the run builds into: must be new or empty
  for (const auto& name : options.engines) {
    auto engine = make_engine(name, options.work_dir);
    if (!engine.is_ok()) return engine.status();
    engines.push_back(std::move(*engine));
    if (!name.starts_with("kbsearch-")) written.push_back(fs::path(options.work_dir) / name);
  }
  if (options.parallel_build) written.push_back(fs::path(options.work_dir) / "kb-indexer");
  for (const auto& dir : written) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
      return Status::invalid_argument(dir.string() +
                                      " is not empty; give a new work folder (nothing was changed)");
    }
  }
  const std::string queries_path = options.queries_path.empty()
                                       ? (fs::path(options.corpus_root) / "queries.tsv").string()
                                       : options.queries_path;
  auto queries = read_query_file(queries_path);
  if (!queries.is_ok()) return queries.status();

  SizeReport report;
  say("loading " + options.corpus_root);
  const auto load_start = Clock::now();
  auto corpus = load_corpus(options.corpus_root);
  if (!corpus.is_ok()) return corpus.status();
  report.load_seconds = seconds_since(load_start);
  report.documents = corpus->total_documents();
  report.clients = corpus->clients.size();
  report.queries = queries->size();
  report.typed_prefixes = typed_prefix_queries(*queries, options.run.typed_queries).size();
  report.label = options.label.empty() ? std::to_string(report.documents) : options.label;

  for (auto& engine : engines) {
    say(engine->name() + ": building and searching");
    auto result = run_engine(*engine, *corpus, *queries, options.run);
    if (!result.is_ok()) return result.status();
    say(engine->name() + ": " + std::to_string(result->build_seconds) + " s to build, p50 " +
        std::to_string(result->search.p50_ms) + " ms");
    report.engines.push_back(std::move(*result));
  }

  if (options.parallel_build) {
    say("kb-indexer build, one writer per client");
    CorpusIndexerOptions indexer;
    indexer.corpus_root = options.corpus_root;
    indexer.index_root = (fs::path(options.work_dir) / "kb-indexer").string();
    indexer.force = true;
    report.parallel_jobs = std::max(1u, std::thread::hardware_concurrency());
    const auto start = Clock::now();
    const CorpusReport built = build_corpus(indexer);
    if (!built.ok()) {
      return built.failure.is_ok() ? built.rejected.front() : built.failure;
    }
    report.parallel_build_seconds = seconds_since(start);
  }
  return report;
}

}  // namespace kb::bench
