list(APPEND KB_TEST_SOURCES
  http/test_server.cpp
  http/access_api_test.cpp
  http/clients_api_test.cpp
  http/documents_api_test.cpp
  http/errors_api_test.cpp
  http/openapi_test.cpp
  http/openapi_security_test.cpp
  http/request_params_test.cpp
  http/hinglish_api_test.cpp
  http/hostile_input_api_test.cpp
  http/search_api_test.cpp
  http/agent_features_api_test.cpp
  http/related_api_test.cpp
  http/suggest_api_test.cpp
  http/web_page_test.cpp
)
