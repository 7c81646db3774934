// The scale corpus: N support-style articles made from real passages
// (passage_sources.h), spread over several clients, written in the project's
// own corpus format (corpus/README.md: <out>/<client>/client.json and JSON
// Lines articles) so that kb-indexer and kb-server read it unchanged.
//
// Deterministic: the same passages, N and options give the same bytes.
// Thread-safe; nothing here throws.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/passage_sources.h"
#include "indexer/common/status.h"

namespace kb::bench {

struct ScaleCorpusOptions {
  size_t articles = 10000;  // N
  std::vector<std::string> clients = {"scale-telecom", "scale-bank", "scale-shop",
                                      "scale-travel", "scale-health"};
  uint64_t seed = 7;                // order in which passages are drawn
  size_t articles_per_file = 10000; // JSON Lines files are cut at this many lines
};

struct ScaleArticle {
  std::string client;
  std::string id;  // "a0000042", unique over the whole corpus
  SourcePassage passage;
};

// N articles: the passages in a shuffled order (so every size mixes every
// language and section), article i going to client i mod the client count.
// Past the last passage the list is drawn again, each article of round r
// getting " (r)" in its title and the first paragraph of another passage
// appended, so that no two articles are identical.
std::vector<ScaleArticle> make_scale_articles(const std::vector<SourcePassage>& passages,
                                              const ScaleCorpusOptions& options);

// One article as a line of JSON (no newline), following schema/document.schema.json.
std::string article_json_line(const ScaleArticle& article);

// Writes <out_dir>/<client>/client.json and <client>/articles-NNNN.jsonl.
// InvalidArgument when out_dir exists and is not empty (nothing is
// overwritten); IoError when a file cannot be written.
Status write_scale_corpus(const std::vector<ScaleArticle>& articles, const std::string& out_dir,
                          const ScaleCorpusOptions& options);

}  // namespace kb::bench
