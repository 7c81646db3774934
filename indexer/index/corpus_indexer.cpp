#include "indexer/index/corpus_indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "indexer/analysis/language_table.h"
#include "indexer/document/corpus.h"
#include "indexer/document/synonym_file.h"
#include "indexer/index/content_hash.h"

namespace kb {

namespace {

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Loads every selected client; `loaded` gets their sources.
CorpusReport load_all(const CorpusIndexerOptions& options, std::vector<ClientSources>* loaded) {
  CorpusReport report;
  auto clients = list_clients(options.corpus_root);
  if (!clients.is_ok()) {
    report.failure = clients.status();
    return report;
  }
  for (const std::string& wanted : options.only_clients) {
    const bool known = std::any_of(clients->begin(), clients->end(),
                                   [&](const ClientInfo& c) { return c.name == wanted; });
    if (!known) {
      report.failure = Status::not_found("no client '" + wanted + "' in the corpus " +
                                         options.corpus_root + " (no folder with a client.json)");
      return report;
    }
  }
  for (const auto& client : *clients) {
    if (!options.only_clients.empty() &&
        std::find(options.only_clients.begin(), options.only_clients.end(), client.name) ==
            options.only_clients.end()) {
      continue;
    }
    ClientInfo info = client;
    // A bad synonyms file is reported and the client indexed without synonyms.
    if (auto synonyms = read_synonyms(client.dir); synonyms.is_ok()) {
      info.synonyms = std::move(*synonyms);
    } else {
      report.rejected.push_back(synonyms.status());
    }
    LoadResult result = load_client(info, options.load);
    std::set<std::string> rejected_files;
    for (auto& error : result.errors) {
      rejected_files.insert(error.where().file);
      report.rejected.push_back(std::move(error));
    }
    ClientSources sources{info, std::move(result.documents), {}};
    for (const std::string& file : list_article_files(client)) {
      sources.files.push_back(
          {std::filesystem::path(file).lexically_relative(client.dir).generic_string(),
           source_file_hash(client, file), rejected_files.count(file) > 0});
    }
    if (options.progress) options.progress->total += sources.documents.size();
    loaded->push_back(std::move(sources));
  }
  return report;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::string source_file_hash(const ClientInfo& client, const std::string& path) {
  return ContentHash().add(read_file_bytes(path)).add(client.default_language).hex();
}

CorpusReport check_corpus(const CorpusIndexerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ClientSources> loaded;
  CorpusReport report = load_all(options, &loaded);
  for (const auto& client : loaded) {
    ClientBuildSummary summary;
    summary.client = client.client.name;
    summary.documents = client.documents.size();
    for (const auto& doc : client.documents) {
      ++summary.documents_per_language[primary_language(doc.language)];
    }
    report.clients.push_back(std::move(summary));
  }
  report.seconds = seconds_since(start);
  return report;
}

CorpusReport build_corpus(const CorpusIndexerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ClientSources> loaded;
  CorpusReport report = load_all(options, &loaded);
  if (!report.failure.is_ok()) return report;
  if (options.strict && !report.rejected.empty()) {
    report.published_nothing_strict = true;
    report.seconds = seconds_since(start);
    return report;
  }

  // One writer per client database; clients are independent, so they are
  // built in parallel on separate threads.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned jobs = std::min<unsigned>(options.jobs ? options.jobs : cores,
                                           std::max<size_t>(1, loaded.size()));
  std::vector<Result<ClientBuildSummary>> results(loaded.size(), Status::internal("not built"));
  std::atomic<size_t> next{0};
  auto work = [&] {
    IndexWriter writer({.index_root = options.index_root,
                        .weights = options.weights,
                        .force = options.force,
                        .transliteration = options.transliteration,
                        .romanizer = options.romanizer,
                        .lock = options.lock,
                        .progress = options.progress});
    for (size_t i = next++; i < loaded.size(); i = next++) results[i] = writer.build_client(loaded[i]);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();

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
