list(APPEND KB_TEST_SOURCES
  access/access_policy_test.cpp
  access/bind_policy_test.cpp
  access/key_file_test.cpp
  access/rate_limiter_test.cpp
  access/secret_test.cpp
  access/sha256_test.cpp
)
