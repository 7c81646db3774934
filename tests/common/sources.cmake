list(APPEND KB_TEST_SOURCES
  common/status_test.cpp
  common/utf8_test.cpp
)
