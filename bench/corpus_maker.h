// What kb-make-scale-corpus does: passages from the installed packages ->
// N articles over the clients -> the corpus folder, plus the query set drawn
// from it (<out>/queries.tsv; kb-indexer ignores files at the corpus root).
//
// Thread-safe; nothing here throws.
#pragma once

#include <map>
#include <string>

#include "bench/passage_sources.h"
#include "bench/query_set.h"
#include "bench/scale_corpus.h"
#include "indexer/common/result.h"

namespace kb::bench {

struct CorpusMakerOptions {
  std::string out_dir;  // required; must not exist or be empty
  PassageOptions passages;
  ScaleCorpusOptions corpus;
  QuerySetOptions queries;
};

struct CorpusMakerSummary {
  size_t passages = 0;  // distinct passages available
  size_t articles = 0;
  size_t queries = 0;
  std::map<std::string, size_t> articles_per_language;
  std::map<std::string, size_t> queries_per_language;
};

Result<CorpusMakerSummary> make_corpus_folder(const CorpusMakerOptions& options);

// "10000", "10k", "100K", "1m" -> the count. InvalidArgument for anything
// else, zero, or more than 100 million.
Result<size_t> parse_count(const std::string& text);

// Reads a queries.tsv written by make_corpus_folder.
Result<std::vector<BenchQuery>> read_query_file(const std::string& path);

}  // namespace kb::bench
