// libFuzzer target: the whole search path (query parsing, the Xapian query,
// ranking, snippets) on arbitrary query bytes (fuzz_checks.h), against an
// index of the repository's corpus/ built once at start-up in a temporary
// folder that is removed at exit.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "fuzz/fuzz_checks.h"
#include "indexer/index/catalog.h"
#include "indexer/index/corpus_indexer.h"

namespace {

struct Fixture {
  std::string root;
  std::unique_ptr<kb::Catalog> catalog;
  std::unique_ptr<kb::Searcher> searcher;

  ~Fixture() {
    searcher.reset();
    catalog.reset();
    if (!root.empty()) std::filesystem::remove_all(root);
  }
};

// Built on first use; libFuzzer runs inputs on one thread.
Fixture& fixture() {
  static Fixture f;
  if (!f.searcher) {
    f.root = (std::filesystem::temp_directory_path() /
              ("kb-query-fuzzer-" + std::to_string(::getpid())))
                 .string();
    kb::CorpusIndexerOptions options;
    options.corpus_root = KB_SOURCE_DIR "/corpus";
    options.index_root = f.root;
    options.jobs = 1;
    if (!kb::build_corpus(options).failure.is_ok()) std::abort();
    f.catalog = std::make_unique<kb::Catalog>(f.root);
    f.searcher = std::make_unique<kb::Searcher>(*f.catalog);
  }
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      kb::fuzz::check_query(*fixture().searcher, {reinterpret_cast<const char*>(data), size});
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_query: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
