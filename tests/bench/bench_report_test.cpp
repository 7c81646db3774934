#include "bench/bench_report.h"

#include <gtest/gtest.h>

namespace kb::bench {
namespace {

EngineResult engine(std::string name, double build_seconds, double build_cpu_seconds) {
  EngineResult e;
  e.engine = std::move(name);
  e.documents = 1000;
  e.build_seconds = build_seconds;
  e.build_cpu_seconds = build_cpu_seconds;
  e.search.p50_ms = 2;
  e.search.p99_ms = 4;
  e.queries_per_second = 100;
  return e;
}

// The ratio row of `other` in the report.
std::string ratio_row(const std::string& report, const std::string& other) {
  const size_t table = report.find("| kbsearch / other");
  const size_t row = report.find("| " + other + " |", table);
  if (table == std::string::npos || row == std::string::npos) return "";
  return report.substr(row, report.find('\n', row) - row);
}

TEST(BenchReportTest, RatiosCompareWithTheSameRunsEngines) {
  SizeReport report{.label = "10k", .documents = 1000, .clients = 5};
  report.engines = {engine("kbsearch", 4, 4), engine("xapian-floor", 1, 2)};
  report.engines[1].search.p50_ms = 1;
  // search p50 2x, p99 1x; docs/s 250 against 1000; CPU s 2 against 4.
  EXPECT_EQ(ratio_row(markdown_report(report), "xapian-floor"),
            "| xapian-floor | 2.00x | 1.00x | - | - | - | 0.25x | 0.50x | 1.00x |");
}

TEST(BenchReportTest, AReusedIndexHasNoIndexingRatios) {
  SizeReport report{.label = "100k", .documents = 1000, .clients = 5};
  // Opening the reused index takes microseconds of CPU, not zero.
  report.engines = {engine("kbsearch-reused", 1e-6, 3e-6), engine("sqlite-fts5", 1, 1)};
  EXPECT_EQ(ratio_row(markdown_report(report), "sqlite-fts5"),
            "| sqlite-fts5 | 1.00x | 1.00x | - | - | - | - | - | 1.00x |");
}

}  // namespace
}  // namespace kb::bench
