list(APPEND KB_TEST_SOURCES
  tools/command.cpp
  tools/kb_indexer_cli_test.cpp
  tools/kb_indexer_kill_test.cpp
  tools/kb_server_cli_test.cpp
  tools/kb_server_keys_cli_test.cpp
)
