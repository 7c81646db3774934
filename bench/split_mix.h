// SplitMix64: a tiny pseudo-random generator whose sequence is fixed by its
// seed on every platform and standard library (std::shuffle and the std
// distributions are not), so generated corpora and query sets are
// reproducible byte for byte.
//
// Not thread-safe: one per thread.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kb::bench {

class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : state_(seed) {}

  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); n > 0. The slight modulo bias does not matter here.
  uint64_t below(uint64_t n) { return next() % n; }

  // Fisher-Yates with this generator.
  template <typename T>
  void shuffle(std::vector<T>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[below(i)]);
  }

 private:
  uint64_t state_;
};

}  // namespace kb::bench
