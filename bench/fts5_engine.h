// The embedded peer: SQLite FTS5 over the same corpus and queries. One
// database file per client with an fts5(id UNINDEXED, title, body) table,
// tokenizer "porter unicode61 remove_diacritics 2", filled in one
// transaction. A query's words are quoted and OR-ed (as Xapian's default
// operator does), the last one as a prefix when typing; ranked by bm25(),
// first 10 rows with id and title.
//
// Thread safety: see BenchEngine (each runner opens its own connections).
#pragma once

#include <string>

#include "bench/bench_engine.h"

namespace kb::bench {

class Fts5Engine : public BenchEngine {
 public:
  explicit Fts5Engine(std::string root) : root_(std::move(root)) {}
  std::string name() const override { return "sqlite-fts5"; }
  Status build(const BenchCorpus& corpus) override;
  Result<std::unique_ptr<QueryRunner>> open_runner() override;
  size_t disk_bytes() const override { return folder_bytes(root_); }

 private:
  std::string root_;  // <root>/<client>.sqlite
};

// The FTS5 MATCH expression for what was typed: each whitespace-separated
// word as a quoted string (quotes doubled), joined by OR; with
// `last_is_prefix`, the last one followed by *. Empty for no words.
std::string fts5_match_expression(const std::string& text, bool last_is_prefix);

}  // namespace kb::bench
