// CorpusIndexer: validates a whole corpus folder and brings one database per
// client up to date from it; what `kb-indexer build` and `kb-indexer check`
// run, and what the server's reindex jobs run for one client.
#pragma once

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
  // Threads: clients are built this many at a time, and the clients of a
  // last round smaller than this split their full builds among the threads
  // left free (full_build_writers_for). 0 = one per core.
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

// The writers (IndexWriterOptions::full_build_writers) of the full build of
// the client taken `taken`th (from 0) of `clients`, by a run of `threads`
// threads. Clients are taken a round of `threads` at a time; the clients of
// a last, smaller round split the threads, so that those with no client
// left to take do not idle while the others finish.
size_t full_build_writers_for(size_t taken, size_t clients, unsigned threads);

// The hash recorded for an article file: its bytes and the client's default
// language (which decides the language of articles that give none).
std::string source_file_hash(const ClientInfo& client, const std::string& path);

}  // namespace kb
