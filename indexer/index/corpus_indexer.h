// CorpusIndexer: validates a whole corpus folder and brings one database per
// client up to date from it; what `kb-indexer build` and `kb-indexer check`
// run, and what the server's reindex jobs run for one client.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "indexer/common/status.h"
#include "indexer/document/loader.h"
#include "indexer/index/index_writer.h"

namespace kb {

struct CorpusIndexerOptions {
  std::string corpus_root;  // required: corpus/<client>/client.json and articles
  std::string index_root;   // required for build, unused by check
  FieldWeights weights;
  bool transliteration = true;  // see IndexWriterOptions
  RomanizerRules romanizer;
  LoadOptions load;
  bool strict = false;  // publish nothing when any file fails validation
  // Full rebuild (kb-indexer --full): every client into a new generation,
  // even when its index could be updated in place.
  bool force = false;
  // Threads: clients are built this many at a time, largest first, and
  // full builds of big clients, or of a last round's, are split among
  // several writers (plan_build). 0 = one per core.
  unsigned jobs = 0;
  std::vector<std::string> only_clients;  // build just these; empty = every client
  LockOptions lock;                       // waiting for another writer of a client
  IndexProgress* progress = nullptr;      // articles handled, when given
};

struct CorpusReport {
  // In client name order: built or unchanged (build), or loaded (check).
  std::vector<ClientBuildSummary> clients;
  std::vector<Status> rejected;             // validation errors, file:line: field: message
  Status failure;                           // what stopped the run, if anything did
  bool published_nothing_strict = false;    // --strict and there were rejections
  double seconds = 0;

  bool ok() const { return failure.is_ok() && rejected.empty(); }
};

// Loads and validates every client and counts its valid articles; writes
// nothing.
CorpusReport check_corpus(const CorpusIndexerOptions& options);

// Loads and validates each client as check_corpus does, then brings its
// index up to date (IndexWriter): in place for what changed, or a full
// build. Clients are read and built on parallel threads, each reading a
// client just before building it; with strict, every client is read first,
// and nothing is published if any file fails validation. Otherwise such
// files are left out. NotFound failure for a
// name in only_clients that is not in the corpus.
CorpusReport build_corpus(const CorpusIndexerOptions& options);

// How a run spreads its clients over its threads.
struct BuildPlan {
  std::vector<size_t> order;    // the clients (indices) in the order threads take them
  std::vector<size_t> writers;  // by client index: its full build's full_build_writers
};

// Plans a run of `threads` threads over clients of these sizes (the bytes of
// their article files). The largest is taken first, so that the last ones
// to finish are small. A client gets a writer for each thread's share of
// all the bytes that it holds (a quarter of a share over rounds up), so
// one big client among small ones is not built on one core while the
// others idle. The clients of a last round smaller than `threads` split
// the threads (rounded up) as well.
BuildPlan plan_build(const std::vector<uintmax_t>& sizes, unsigned threads);

// The hash recorded for an article file: its bytes and the client's default
// language (which decides the language of articles that give none).
std::string source_file_hash(const ClientInfo& client, const std::string& path);

}  // namespace kb
