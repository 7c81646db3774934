list(APPEND KB_TEST_SOURCES
  search/agent_search_test.cpp
  search/client_settings_test.cpp
  search/edit_cost_test.cpp
  search/facet_columns_test.cpp
  search/facet_counter_test.cpp
  search/grapheme_index_test.cpp
  search/index_watcher_test.cpp
  search/query_builder_test.cpp
  search/query_limits_test.cpp
  search/searcher_pool_test.cpp
  search/searcher_test.cpp
  search/snippet_builder_test.cpp
  search/transliteration_test.cpp
  search/vocabulary_test.cpp
  search/related_finder_test.cpp
  search/suggester_test.cpp
)
