#include "bench/bench_runner.h"

#include <gtest/gtest.h>

#include "bench/kb_engine.h"
#include "bench/size_benchmark.h"
#include "tests/test_util.h"

namespace kb::bench {
namespace {

using kb::testing::TempDir;

TEST(KbSearchRequest, EveryFeatureOnFacetsOnlyForAFullSearch) {
  const BenchQuery q{"acme", "en", "words", "sim card"};
  const SearchRequest search = kb_search_request(q, QueryMode::kSearch);
  EXPECT_EQ(search.client, "acme");
  EXPECT_EQ(search.query, "sim card");
  EXPECT_FALSE(search.exact);
  EXPECT_EQ(search.facets, (std::vector<std::string>{"type", "language", "product", "tag"}));
  EXPECT_TRUE(kb_search_request(q, QueryMode::kKeystroke).facets.empty());
  EXPECT_TRUE(kb_search_request(q, QueryMode::kSearch, {.facets = false}).facets.empty());
}

TEST(TypedPrefixQueries, EveryPrefixOfTheFirstWordQueries) {
  const std::vector<BenchQuery> queries = {{"c", "en", "typo", "ntework"},
                                           {"c", "en", "words", "sim card"},
                                           {"c", "hi", "words", "हो"},
                                           {"c", "en", "words", "never reached"}};
  const auto typed = typed_prefix_queries(queries, 2);
  std::vector<std::string> texts;
  for (const auto& q : typed) {
    texts.push_back(q.text);
    EXPECT_EQ(q.kind, "keystroke");
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"si", "sim", "sim c", "sim ca", "sim car", "sim card", "हो"}));
}

// The engines on one small corpus, end to end: they build, find the
// queries' articles, and report without errors.
TEST(RunSizeBenchmark, EveryEngineBuildsAndAnswers) {
  TempDir dir;
  dir.write("corpus/acme/client.json", R"({"name": "Acme", "default_language": "en"})");
  dir.write("corpus/acme/a.jsonl",
            R"({"id": "sim", "title": "SIM card activation", "body": "Insert the SIM card and restart the phone."})"
            "\n"
            R"({"id": "roam", "title": "Roaming abroad", "body": "Roaming packs cover data and calls abroad."})"
            "\n");
  dir.write("corpus/queries.tsv",
            "acme\ten\twords\tsim card\nacme\ten\ttypo\troamnig\nacme\ten\tprefix\tabro\n");
  SizeBenchmarkOptions options;
  options.corpus_root = (dir.path() / "corpus").string();
  options.work_dir = (dir.path() / "work").string();
  options.run.warmup_queries = 1;
  auto report = run_size_benchmark(options);
  ASSERT_OK(report);
  EXPECT_EQ(report->documents, 2u);
  EXPECT_EQ(report->queries, 3u);
  ASSERT_EQ(report->engines.size(), 5u);
  for (const auto& e : report->engines) {
    EXPECT_EQ(e.errors, 0u) << e.engine << ": " << e.first_error;
    EXPECT_EQ(e.search.count, 3u) << e.engine;
    EXPECT_GT(e.keystroke.count, 0u) << e.engine;
    EXPECT_GT(e.disk_bytes, 0u) << e.engine;
    EXPECT_GT(e.queries_per_second, 0) << e.engine;
    // Every query is among the slowest of three, slowest first.
    ASSERT_EQ(e.slowest.size(), 3u) << e.engine;
    EXPECT_GE(e.slowest[0].cpu_ms, e.slowest[2].cpu_ms) << e.engine;
  }
  EXPECT_GT(report->parallel_build_seconds, 0);
  const std::string markdown = markdown_report(*report);
  EXPECT_NE(markdown.find("| kbsearch |"), std::string::npos);
  EXPECT_NE(markdown.find("| xapian-floor |"), std::string::npos);
  EXPECT_NE(markdown.find("| sqlite-fts5 |"), std::string::npos);
  EXPECT_NE(markdown.find("| kbsearch-no-snippets |"), std::string::npos);
  EXPECT_NE(markdown.find("| kbsearch-no-facets |"), std::string::npos);
  EXPECT_NE(markdown.find("Slowest queries of kbsearch (CPU ms):"), std::string::npos);
  EXPECT_NE(markdown.find("`roamnig` (acme)"), std::string::npos);

  // The engine folders are not empty now: refused, left alone.
  auto again = run_size_benchmark(options);
  EXPECT_EQ(again.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "work/kbsearch"));

  // A variant alone searches the index kbsearch left there.
  options.engines = {"kbsearch-no-facets"};
  options.parallel_build = false;
  auto variant = run_size_benchmark(options);
  ASSERT_OK(variant);
  EXPECT_EQ(variant->engines.front().errors, 0u) << variant->engines.front().first_error;
  EXPECT_GT(variant->engines.front().search.count, 0u);
}

TEST(RunSizeBenchmark, UnknownEngineIsAnError) {
  TempDir dir;
  SizeBenchmarkOptions options;
  options.corpus_root = (dir.path() / "corpus").string();
  options.work_dir = (dir.path() / "work").string();
  options.engines = {"lucene"};
  auto report = run_size_benchmark(options);
  ASSERT_FALSE(report.is_ok());
  EXPECT_NE(report.status().message().find("lucene"), std::string::npos);
}

}  // namespace
}  // namespace kb::bench
