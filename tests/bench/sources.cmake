list(APPEND KB_TEST_SOURCES
  bench/bench_flags_test.cpp
  bench/bench_report_test.cpp
  bench/bench_runner_test.cpp
  bench/corpus_maker_test.cpp
  bench/fts5_engine_test.cpp
  bench/latency_stats_test.cpp
  bench/mo_catalog_test.cpp
  bench/passage_sources_test.cpp
  bench/query_set_test.cpp
  bench/roff_text_test.cpp
  bench/scale_corpus_test.cpp
)
