// run_parallel: runs numbered tasks on a few threads, each thread taking the
// next number when it is free; what spreads clients, and a client's shards,
// over the cores.
#pragma once

#include <cstddef>
#include <functional>

namespace kb {

// Runs task(i) for every i below `count` on `threads` threads (the calling
// one among them), and returns once all have finished. If tasks throw, the
// others still run and the first exception is rethrown at the end.
void run_parallel(size_t count, unsigned threads, const std::function<void(size_t)>& task);

}  // namespace kb
