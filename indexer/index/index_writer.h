// IndexWriter: the one writer of client indexes, used by kb-indexer, the
// server's reindex jobs and its document routes alike.
//
// Two ways to publish, both atomic for readers:
//   - a full build writes every article into a staging folder, compacts it
//     into a new generation (40-50% smaller: Xapian's batched flushes leave
//     blocks half full) and switches the `current` link to it
//     (ClientStore). Used for a client's first
//     build, for `force` (kb-indexer --full, POST /reindex), and when the
//     live index was built by another analyzer, format or settings. It
//     keeps the live articles the corpus does not replace but must not lose:
//     those written over HTTP and those of a file with a rejected article.
//   - an incremental run applies its changes to the live generation in place
//     as one Xapian transaction: Xapian's commit is atomic and crash-safe,
//     so a reader (which reopens the database) sees the old or the new
//     revision, and a writer killed at any point leaves the last committed
//     one. Copying a whole generation per edit would not make an HTTP change
//     live within a second on a large client.
// Client-level data (names, the transliteration lexicon, source-file hashes,
// versions) is written by one function on both paths (write_client_data).
//
// Errors: Unavailable when another writer holds the client's lock past
// options.lock.wait (the message names it); IoError when Xapian fails; the
// live index is untouched on any error.
//
// Thread safety: one IndexWriter per thread; different clients may be
// written in parallel, the same client is serialized by its writer lock.
#pragma once

#include <atomic>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"
#include "indexer/common/result.h"
#include "indexer/document/document.h"
#include "indexer/index/change_plan.h"
#include "indexer/index/client_store.h"
#include "indexer/index/document_builder.h"

namespace kb {

// Articles handled so far across writers, for a progress line; shared by
// the threads of one run.
struct IndexProgress {
  std::atomic<size_t> done{0};
  std::atomic<size_t> total{0};
};

// The B-tree block size of a published generation (Xapian's default is
// 8 KiB). A search reads the blocks it needs one system call each; with
// 16 KiB it makes fewer, and at 100k articles searched 4% faster at p50
// and p99 (8 KiB: 1.11-1.14 ms / 2.63-2.68 ms; 16 KiB: 1.07-1.08 / 2.56-2.57;
// 32 KiB no better, 4 KiB 5% slower). The index is as large.
inline constexpr int kPublishedBlockSize = 16384;

struct IndexWriterOptions {
  std::string index_root;  // required: the folder holding one folder per client
  FieldWeights weights;    // BM25F field weights written into the terms
  bool force = false;      // a full build even when the live index could be updated in place
  // Cross-script matching (TransliterationLexicon); off only to measure its cost.
  bool transliteration = true;
  RomanizerRules romanizer;  // folding rules of the romanized keys
  // A full build analyzes articles on a second thread, ahead of the one
  // writing them (DocumentsAhead); off to measure one thread alone.
  bool build_ahead = true;
  // A full build commits its staging database (not live yet) after each
  // this many articles, not Xapian's default 10,000: every article adds its
  // terms, mostly distinct suggestion phrases, to one map of the terms since
  // the last commit, and inserting into a large one cost more than the
  // extra commits do (README, "Indexing"). It also bounds the memory a
  // writer holds.
  size_t full_build_batch = 1000;
  // A full build splits its articles among this many writers (threads),
  // each adding its contiguous part to a shard of the staging database;
  // the compaction that makes the generation joins them, numbered as one
  // writer would have. One client's rebuild then uses several cores.
  // Each writer gets at least full_build_batch articles: below that, the
  // extra shard costs more than it saves.
  size_t full_build_writers = 1;
  LockOptions lock;                   // how long to wait for another writer, and who we are
  IndexProgress* progress = nullptr;  // counted when given
};

enum class ChangeStatus { kAdded, kReplaced, kUnchanged, kDeleted, kNotFound };

// "added", "replaced", "unchanged", "deleted", "not_found".
std::string_view change_status_name(ChangeStatus status);

struct ChangeOutcome {
  std::string id;
  ChangeStatus status = ChangeStatus::kUnchanged;
};

struct ClientBuildSummary {
  std::string client;
  enum class Mode { kUnchanged, kIncremental, kFull };
  Mode mode = Mode::kUnchanged;  // kUnchanged: nothing differed, nothing was written
  size_t documents = 0;          // articles in the index after the run
  size_t added = 0;
  size_t replaced = 0;
  size_t deleted = 0;
  size_t unchanged = 0;
  std::map<std::string, size_t> documents_per_language;  // of the corpus: subtag -> count
  std::string generation;  // folder of the generation now live
  size_t writers = 0;      // kFull: the threads that wrote it (full_build_writers)
};

class IndexWriter {
 public:
  explicit IndexWriter(IndexWriterOptions options) : options_(std::move(options)) {}

  // Brings `sources.client`'s index to `sources` (see change_plan.h for what
  // an incremental run changes), or does a full build (see above).
  Result<ClientBuildSummary> build_client(const ClientSources& sources);

  // Applies `changes` (upserts validated, ids valid) to `client`'s live
  // index in one commit: all or nothing. One outcome per change, in order.
  // NotFound when the client has no index; FailedPrecondition when it must
  // be rebuilt first (another analyzer or format).
  Result<std::vector<ChangeOutcome>> apply_changes(const std::string& client,
                                                   const std::vector<ArticleChange>& changes);

 private:
  Result<ClientBuildSummary> build_full(const ClientSources& sources, const ClientStore& store,
                                        const Xapian::Database* live);
  Result<ClientBuildSummary> build_incremental(const ClientSources& sources,
                                               const std::string& live_path);
  std::string settings_hash() const;
  struct ApplyOptions {
    // Every upsert's document is built, on a DocumentsAhead thread;
    // otherwise only those that differ from `db`'s, on this thread.
    bool ahead = false;
    // Commit after each this many documents written; 0: the caller commits.
    size_t commit_every = 0;
  };
  // Applies `changes` to `db`; the words of what it writes go into `lexicon`.
  std::vector<ChangeOutcome> apply(Xapian::WritableDatabase& db,
                                   std::span<const ArticleChange> changes,
                                   TransliterationLexicon* lexicon, ApplyOptions how);
  // Writes the upserts `changes` of a full build into new databases at
  // `shard_paths`, one writer thread each, a contiguous part each; returns
  // the lexicon of their words.
  TransliterationLexicon write_shards(const std::vector<ArticleChange>& changes,
                                      const std::vector<std::string>& shard_paths);

  IndexWriterOptions options_;
  Analyzer analyzer_;
};

// The hash of the settings an index's articles are built with
// (kMetaBuildSettings): analyzer, format version, weights, romanizer rules.
std::string build_settings_hash(const FieldWeights& weights, bool transliteration,
                                const RomanizerRules& romanizer);

}  // namespace kb
