// kb-bench: kbsearch, the plain-Xapian engine floor and SQLite FTS5 on one
// scale corpus, in one process, in one run; prints a Markdown table.
#include "bench/bench_flags.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-bench --corpus DIR --work DIR [--queries FILE] [--label L]
                [--engines kbsearch,xapian-floor,sqlite-fts5] [--typed N]
                [--threads N] [--warmup N] [--no-parallel-build]

Builds the corpus made by kb-make-scale-corpus with each engine (single
thread), runs its query set (DIR/queries.tsv) single-threaded for latency,
every prefix of --typed queries (default 200) for the per-keystroke figure,
and the set on --threads threads (default 2) for throughput; then times
kb-indexer's parallel build. Prints a Markdown table and kbsearch's ratios
to the other engines. --work must be a new folder; it holds the indexes.
)";

}  // namespace

int main(int argc, char** argv) {
  return kb::bench::run_bench_tool(argc, argv, "kb-bench", kUsage, nullptr);
}
