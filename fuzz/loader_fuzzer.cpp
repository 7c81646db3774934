// libFuzzer target: the article loader on arbitrary bytes, as one file kind.
// Built once per kind with KB_FUZZ_PATH naming the file ("article.md",
// ".json", ".jsonl", ".html"), so each kind keeps its own corpus.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      kb::fuzz::check_loader({reinterpret_cast<const char*>(data), size}, KB_FUZZ_PATH);
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_loader: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
