list(APPEND KB_TEST_SOURCES
  admin/document_write_queue_test.cpp
  admin/search_analytics_test.cpp
)
