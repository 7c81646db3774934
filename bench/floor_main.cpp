// kb-bench-floor: the engine floor alone, plain Xapian on a scale corpus
// (floor_engine.h says what it does and does not do).
#include "bench/bench_flags.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-bench-floor --corpus DIR --work DIR [--queries FILE] [--threads N]

Indexes the corpus with plain Xapian (TermGenerator, English stemmer) and
runs its query set with plain QueryParser, no snippets: the least a
Xapian-based search costs. kb-bench runs the same engine next to kbsearch
in one run; this program runs it alone.
)";

void floor_only(kb::bench::SizeBenchmarkOptions* options) {
  options->engines = {"xapian-floor"};
  options->parallel_build = false;
}

}  // namespace

int main(int argc, char** argv) {
  return kb::bench::run_bench_tool(argc, argv, "kb-bench-floor", kUsage, floor_only);
}
