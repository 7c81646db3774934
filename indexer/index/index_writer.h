// IndexWriter: writes one client's articles into a new database generation
// and publishes it atomically (see ClientStore). A client whose sources did
// not change since the live generation was built is left untouched.
//
// Thread safety: one IndexWriter per thread; different clients may be built
// in parallel, the same client is serialized by its writer lock.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"
#include "indexer/common/result.h"
#include "indexer/document/document.h"
#include "indexer/index/document_builder.h"

namespace kb {

struct IndexWriterOptions {
  std::string index_root;  // required: the folder holding one folder per client
  FieldWeights weights;    // BM25F field weights written into the terms
  bool force = false;      // rebuild even when the sources' fingerprint is unchanged
  // Cross-script matching (TransliterationLexicon); off only to measure its cost.
  bool transliteration = true;
  RomanizerRules romanizer;  // folding rules of the romanized keys
};

struct ClientBuildSummary {
  std::string client;
  bool unchanged = false;  // the live generation already had this fingerprint: nothing written
  size_t documents = 0;
  std::map<std::string, size_t> documents_per_language;  // primary language subtag -> count
  std::string generation;  // folder of the generation now live
};

class IndexWriter {
 public:
  explicit IndexWriter(IndexWriterOptions options) : options_(std::move(options)) {}

  // Builds `docs` (validated, ids unique) as `client`'s new live database.
  // `fingerprint` identifies the sources; when it equals the live one's and
  // options.force is false, nothing is written. Unavailable when another
  // writer holds the client's lock; the live index is untouched on any error.
  Result<ClientBuildSummary> build_client(const ClientInfo& client, const std::vector<Document>& docs,
                                          const std::string& fingerprint);

 private:
  IndexWriterOptions options_;
  Analyzer analyzer_;
};

}  // namespace kb
