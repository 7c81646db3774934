// Helpers for the document tests: a test client and checks on a LoadResult.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "indexer/document/document.h"
#include "indexer/document/loader.h"

namespace kb::testing {

inline ClientInfo test_client(const std::string& dir = "") {
  return ClientInfo{"vayu-mobile", "Vayu Mobile", "en", dir};
}

// With an empty `error_prefix`: the load succeeded with `documents` articles.
// Otherwise the first error (in line order) starts with `error_prefix`
// ("file:line: field: ") and contains `message_part`, and each error is one line.
inline void expect_load(const LoadResult& result, const std::string& case_name,
                        const std::string& error_prefix, const std::string& message_part,
                        size_t documents = 1) {
  SCOPED_TRACE(case_name);
  for (const Status& error : result.errors) {
    EXPECT_EQ(error.to_string().find('\n'), std::string::npos) << error.to_string();
  }
  if (error_prefix.empty()) {
    EXPECT_TRUE(result.errors.empty()) << result.errors.front().to_string();
    EXPECT_EQ(result.documents.size(), documents);
    return;
  }
  ASSERT_FALSE(result.errors.empty()) << "expected an error " << error_prefix << message_part;
  const std::string first = result.errors.front().to_string();
  EXPECT_EQ(first.rfind(error_prefix, 0), 0u) << first;
  EXPECT_NE(first.find(message_part), std::string::npos) << first;
}

}  // namespace kb::testing
