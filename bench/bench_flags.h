// Command-line flags shared by kb-bench and kb-bench-floor.
#pragma once

#include <string>

#include "bench/size_benchmark.h"

namespace kb::bench {

// --corpus DIR --work DIR [--queries FILE] [--label L] [--engines a,b]
// [--typed N] [--threads N] [--warmup N] [--no-parallel-build]; --typed 0
// and --warmup 0 turn those parts off. False with `error` set for an unknown
// flag, a missing or malformed value or a missing required flag.
bool parse_bench_flags(int argc, char** argv, SizeBenchmarkOptions* options, std::string* error);

// The whole of a benchmark tool's main(): --help prints `usage`; the flags,
// then `adjust` (may be null) set the options; the Markdown report goes to
// stdout, progress and errors to stderr prefixed with `tool`. Returns the
// exit status: 0, 1 when the run failed, 2 for bad flags.
int run_bench_tool(int argc, char** argv, const char* tool, const char* usage,
                   void (*adjust)(SizeBenchmarkOptions*));

}  // namespace kb::bench
