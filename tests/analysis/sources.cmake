list(APPEND KB_TEST_SOURCES
  analysis/romanizer_test.cpp
)
