// libFuzzer target: the Analyzer on arbitrary bytes (fuzz_checks.h).
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kb::Analyzer analyzer;
  const std::string problem =
      kb::fuzz::check_analyzer(analyzer, {reinterpret_cast<const char*>(data), size});
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_analyzer: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
