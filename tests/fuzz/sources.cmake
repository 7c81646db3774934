list(APPEND KB_TEST_SOURCES
  fuzz/fuzz_regression_test.cpp
)
