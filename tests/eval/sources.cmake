list(APPEND KB_TEST_SOURCES
  eval/eval_runner_test.cpp
  eval/metrics_test.cpp
  eval/query_noise_test.cpp
)
