list(APPEND KB_TEST_SOURCES
  document/article_validator_test.cpp
  document/corpus_test.cpp
  document/field_patterns_test.cpp
  document/front_matter_test.cpp
  document/html_nesting_test.cpp
  document/html_reader_test.cpp
  document/json_key_lines_test.cpp
  document/json_nesting_test.cpp
  document/json_reader_test.cpp
  document/loader_test.cpp
  document/markdown_reader_test.cpp
  document/schema_agreement_test.cpp
  document/steps_heading_test.cpp
  document/synonym_file_test.cpp
)
