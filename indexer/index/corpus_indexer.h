// CorpusIndexer: validates a whole corpus folder and builds one database per
// client from it; what `kb-indexer build` and `kb-indexer check` run.
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
  bool force = false;   // rebuild clients whose sources did not change
  unsigned jobs = 0;    // clients built in parallel; 0 = one per core
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

// check_corpus, then builds every client whose sources changed. Files that
// fail validation are left out (or, with strict, nothing is published).
CorpusReport build_corpus(const CorpusIndexerOptions& options);

// A fingerprint of everything a client's index is built from: its files'
// names and bytes, the analyzer, the index format and the build options.
std::string source_fingerprint(const ClientInfo& client, const CorpusIndexerOptions& options);

}  // namespace kb
