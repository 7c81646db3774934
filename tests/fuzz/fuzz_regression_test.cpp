// Replays every input under tests/fuzz/inputs/<target>/ through the check of
// that fuzz target (fuzz/fuzz_checks.h): the crashes fuzzing once found and
// hand-written hostile samples (deep nesting, invalid UTF-8, NUL bytes,
// script tags, odd query syntax). A new crash from ./scripts/fuzz goes in
// the folder of its target.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_checks.h"
#include "tests/http/test_server.h"

namespace kb {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / "tests/fuzz/inputs" /
                                                  target)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(FuzzRegressionTest, LoaderInputs) {
  const std::pair<const char*, const char*> kinds[] = {{"loader_md", "article.md"},
                                                       {"loader_json", "article.json"},
                                                       {"loader_jsonl", "article.jsonl"},
                                                       {"loader_html", "article.html"}};
  for (const auto& [target, path] : kinds) {
    const auto files = inputs_of(target);
    EXPECT_FALSE(files.empty()) << target;
    for (const fs::path& file : files) {
      EXPECT_EQ(fuzz::check_loader(read_bytes(file), path), "") << file;
    }
  }
}

TEST(FuzzRegressionTest, AnalyzerInputs) {
  const Analyzer analyzer;
  for (const fs::path& file : inputs_of("analyzer")) {
    EXPECT_EQ(fuzz::check_analyzer(analyzer, read_bytes(file)), "") << file;
  }
}

TEST(FuzzRegressionTest, QueryInputs) {
  Catalog catalog(testing::corpus_index_root());
  Searcher searcher(catalog);
  for (const fs::path& file : inputs_of("query")) {
    EXPECT_EQ(fuzz::check_query(searcher, read_bytes(file)), "") << file;
  }
}

}  // namespace
}  // namespace kb
