list(APPEND KB_TEST_SOURCES
  index/catalog_test.cpp
  index/client_store_test.cpp
  index/corpus_indexer_test.cpp
  index/document_builder_test.cpp
  index/documents_ahead_test.cpp
  index/index_writer_test.cpp
  index/lexicon_entries_test.cpp
  index/parallel_tasks_test.cpp
  index/progress_line_test.cpp
  index/stored_fields_test.cpp
  index/suggestion_terms_test.cpp
  index/synonym_table_test.cpp
  index/text_utils_test.cpp
)
