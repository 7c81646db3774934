list(APPEND KB_TEST_SOURCES
  analysis/analyzer_test.cpp
  analysis/language_table_test.cpp
  analysis/romanizer_test.cpp
  analysis/script_test.cpp
  analysis/segmenter_test.cpp
  analysis/stemmer_test.cpp
  analysis/word_folder_test.cpp
)
