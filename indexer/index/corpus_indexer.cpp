#include "indexer/index/corpus_indexer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <set>
#include <sstream>
#include <thread>

#include "indexer/analysis/language_table.h"
#include "indexer/document/corpus.h"
#include "indexer/document/synonym_file.h"
#include "indexer/index/content_hash.h"
#include "indexer/index/parallel_tasks.h"

namespace kb {

namespace {

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The clients a run covers, in name order. NotFound for a name in
// only_clients that the corpus lacks.
Result<std::vector<ClientInfo>> selected_clients(const CorpusIndexerOptions& options) {
  auto clients = list_clients(options.corpus_root);
  if (!clients.is_ok()) return clients.status();
  const auto& only = options.only_clients;
  for (const std::string& wanted : only) {
    const bool known = std::any_of(clients->begin(), clients->end(),
                                   [&](const ClientInfo& c) { return c.name == wanted; });
    if (!known) {
      return Status::not_found("no client '" + wanted + "' in the corpus " +
                               options.corpus_root + " (no folder with a client.json)");
    }
  }
  std::vector<ClientInfo> selected;
  for (const auto& client : *clients) {
    if (only.empty() || std::find(only.begin(), only.end(), client.name) != only.end()) {
      selected.push_back(client);
    }
  }
  return selected;
}

// One client as read from the corpus: its valid articles, its files, and
// what was rejected on the way.
struct LoadedClient {
  ClientSources sources;
  std::vector<Status> rejected;
};

LoadedClient load_one(const ClientInfo& client, const CorpusIndexerOptions& options) {
  LoadedClient loaded;
  ClientInfo info = client;
  // A bad synonyms file is reported and the client indexed without synonyms.
  if (auto synonyms = read_synonyms(client.dir); synonyms.is_ok()) {
    info.synonyms = std::move(*synonyms);
  } else {
    loaded.rejected.push_back(synonyms.status());
  }
  LoadResult result = load_client(info, options.load);
  std::set<std::string> rejected_files;
  for (auto& error : result.errors) {
    rejected_files.insert(error.where().file);
    loaded.rejected.push_back(std::move(error));
  }
  loaded.sources = {info, std::move(result.documents), {}};
  for (const std::string& file : list_article_files(client)) {
    loaded.sources.files.push_back(
        {std::filesystem::path(file).lexically_relative(client.dir).generic_string(),
         source_file_hash(client, file), rejected_files.count(file) > 0});
  }
  if (options.progress) options.progress->total += loaded.sources.documents.size();
  return loaded;
}

// The bytes of a client's article files: what planning a run weighs it by
// before anything is read.
uintmax_t article_bytes(const ClientInfo& client) {
  uintmax_t bytes = 0;
  for (const std::string& file : list_article_files(client)) {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(file, ec);
    if (!ec) bytes += size;
  }
  return bytes;
}

// Threads a run may use: options.jobs, or one per core.
unsigned thread_budget(const CorpusIndexerOptions& options) {
  return options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

// Threads for `clients` clients: the budget, never more than there are
// clients.
unsigned job_count(const CorpusIndexerOptions& options, size_t clients) {
  return std::min<unsigned>(thread_budget(options), std::max<size_t>(1, clients));
}

// Loads `clients` on `jobs` threads; the rejections go to `report` in
// client order.
std::vector<LoadedClient> load_all(const std::vector<ClientInfo>& clients,
                                   const CorpusIndexerOptions& options, unsigned jobs,
                                   CorpusReport* report) {
  std::vector<LoadedClient> loaded(clients.size());
  run_parallel(clients.size(), jobs, [&](size_t i) { loaded[i] = load_one(clients[i], options); });
  for (LoadedClient& client : loaded) {
    for (Status& error : client.rejected) report->rejected.push_back(std::move(error));
  }
  return loaded;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BuildPlan plan_build(const std::vector<uintmax_t>& sizes, unsigned threads) {
  threads = std::max(1u, threads);
  const size_t count = sizes.size();
  BuildPlan plan;
  plan.order.resize(count);
  std::iota(plan.order.begin(), plan.order.end(), size_t{0});
  std::stable_sort(plan.order.begin(), plan.order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  const double total = std::accumulate(sizes.begin(), sizes.end(), 0.0);
  const size_t in_full_rounds = count / threads * threads;
  plan.writers.assign(count, 1);
  for (size_t taken = 0; taken < count; ++taken) {
    const size_t client = plan.order[taken];
    // A client up to a quarter of a share over its own stays on one writer:
    // an extra shard costs more than that saves.
    const double shares = total > 0 ? static_cast<double>(sizes[client]) * threads / total : 0;
    size_t writers = static_cast<size_t>(std::max(1.0, std::ceil(shares - 0.25)));
    if (taken >= in_full_rounds) {
      const size_t in_last_round = count - in_full_rounds;
      writers = std::max(writers, (threads + in_last_round - 1) / in_last_round);
    }
    plan.writers[client] = std::clamp<size_t>(writers, 1, threads);
  }
  return plan;
}

std::string source_file_hash(const ClientInfo& client, const std::string& path) {
  return ContentHash().add(read_file_bytes(path)).add(client.default_language).hex();
}

CorpusReport check_corpus(const CorpusIndexerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  CorpusReport report;
  auto clients = selected_clients(options);
  if (!clients.is_ok()) {
    report.failure = clients.status();
    return report;
  }
  for (const LoadedClient& client :
       load_all(*clients, options, job_count(options, clients->size()), &report)) {
    ClientBuildSummary summary;
    summary.client = client.sources.client.name;
    summary.documents = client.sources.documents.size();
    for (const auto& doc : client.sources.documents) {
      ++summary.documents_per_language[primary_language(doc.language)];
    }
    report.clients.push_back(std::move(summary));
  }
  report.seconds = seconds_since(start);
  return report;
}

CorpusReport build_corpus(const CorpusIndexerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  CorpusReport report;
  auto clients = selected_clients(options);
  if (!clients.is_ok()) {
    report.failure = clients.status();
    return report;
  }
  // Clients are independent databases, so they are built in parallel on
  // separate threads, in the order and with the writers of the plan.
  const unsigned jobs = job_count(options, clients->size());
  std::vector<uintmax_t> sizes;
  for (const ClientInfo& client : *clients) sizes.push_back(article_bytes(client));
  const BuildPlan plan = plan_build(sizes, thread_budget(options));
  std::vector<Result<ClientBuildSummary>> results(clients->size(),
                                                  Status::internal("not built"));
  auto build = [&](size_t i, const ClientSources& sources) {
    IndexWriter writer({.index_root = options.index_root,
                        .weights = options.weights,
                        .force = options.force,
                        .transliteration = options.transliteration,
                        .romanizer = options.romanizer,
                        .full_build_writers = plan.writers[i],
                        .lock = options.lock,
                        .progress = options.progress});
    return writer.build_client(sources);
  };
  if (options.strict) {
    // Nothing may be published before every file has been validated.
    std::vector<LoadedClient> loaded = load_all(*clients, options, jobs, &report);
    if (!report.rejected.empty()) {
      report.published_nothing_strict = true;
      report.seconds = seconds_since(start);
      return report;
    }
    run_parallel(loaded.size(), jobs, [&](size_t taken) {
      const size_t i = plan.order[taken];
      results[i] = build(i, loaded[i].sources);
    });
  } else {
    // Each thread reads a client, then builds it: reading overlaps the
    // other threads' building, and a client's articles are freed once its
    // index is written.
    std::vector<std::vector<Status>> rejected(clients->size());
    run_parallel(clients->size(), jobs, [&](size_t taken) {
      const size_t i = plan.order[taken];
      LoadedClient loaded = load_one((*clients)[i], options);
      rejected[i] = std::move(loaded.rejected);
      results[i] = build(i, loaded.sources);
    });
    for (auto& errors : rejected) {
      for (Status& error : errors) report.rejected.push_back(std::move(error));
    }
  }

  for (auto& result : results) {
    if (result.is_ok()) {
      report.clients.push_back(std::move(result.value()));
    } else if (report.failure.is_ok()) {
      report.failure = result.status();
    }
  }
  report.seconds = seconds_since(start);
  return report;
}

}  // namespace kb
