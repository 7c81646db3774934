#include "indexer/index/corpus_indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "indexer/document/corpus.h"
#include "indexer/document/synonym_file.h"
#include "indexer/index/index_format.h"
#include "indexer/index/text_utils.h"

namespace kb {

namespace {

struct LoadedClient {
  ClientInfo info;
  std::vector<Document> documents;
};

// FNV-1a, 64 bit: a change detector, not a security measure.
void fnv1a(uint64_t* h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    *h ^= c;
    *h *= 1099511628211ULL;
  }
}

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

CorpusReport load_all(const CorpusIndexerOptions& options, std::vector<LoadedClient>* loaded) {
  CorpusReport report;
  auto clients = list_clients(options.corpus_root);
  if (!clients.is_ok()) {
    report.failure = clients.status();
    return report;
  }
  for (auto& client : *clients) {
    // A bad synonyms file is reported and the client indexed without synonyms.
    auto synonyms = read_synonyms(client.dir);
    if (synonyms.is_ok()) {
      client.synonyms = std::move(*synonyms);
    } else {
      report.rejected.push_back(synonyms.status());
    }
    LoadResult result = load_client(client, options.load);
    for (auto& error : result.errors) report.rejected.push_back(std::move(error));
    if (loaded) loaded->push_back({client, std::move(result.documents)});
  }
  return report;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::string source_fingerprint(const ClientInfo& client, const CorpusIndexerOptions& options) {
  uint64_t h = 14695981039346656037ULL;
  fnv1a(&h, Analyzer::id());
  fnv1a(&h, std::to_string(format::kFormatVersion));
  const FieldWeights& w = options.weights;
  fnv1a(&h, std::to_string(w.title) + "," + std::to_string(w.tags) + "," +
                std::to_string(w.steps) + "," + std::to_string(w.body));
  const RomanizerRules& r = options.romanizer;
  for (bool rule : {options.transliteration, r.merge_aspirates, r.merge_sibilants,
                    r.merge_vowel_length, r.collapse_doubles, r.merge_w_v, r.merge_z_j,
                    r.drop_medial_a, r.bengali_drop_medial_o, r.tamil_voicing, r.y_as_i,
                    r.final_ng_as_n, r.untyped_final_nasal, r.merge_e_i, r.final_ge_as_j}) {
    fnv1a(&h, rule ? "1" : "0");
  }
  std::vector<std::string> files = list_article_files(client);
  files.push_back((std::filesystem::path(client.dir) / "client.json").string());
  files.push_back((std::filesystem::path(client.dir) / "synonyms.json").string());
  for (const auto& file : files) {
    fnv1a(&h, std::filesystem::relative(file, client.dir).string());
    fnv1a(&h, std::string(1, '\0'));
    fnv1a(&h, read_file_bytes(file));
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

CorpusReport check_corpus(const CorpusIndexerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<LoadedClient> loaded;
  CorpusReport report = load_all(options, &loaded);
  for (const auto& client : loaded) {
    ClientBuildSummary summary;
    summary.client = client.info.name;
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
  std::vector<LoadedClient> loaded;
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
                        .romanizer = options.romanizer});
    for (size_t i = next++; i < loaded.size(); i = next++) {
      const auto& client = loaded[i];
      results[i] = writer.build_client(client.info, client.documents,
                                       source_fingerprint(client.info, options));
    }
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
