list(APPEND KB_TEST_SOURCES
  admin/search_analytics_test.cpp
)
