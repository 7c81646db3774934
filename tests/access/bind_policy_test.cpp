#include "server/access/bind_policy.h"

#include <gtest/gtest.h>

namespace kb {
namespace {

TEST(BindPolicyTest, WithoutKeysOnlyLoopbackIsAllowed) {
  struct Case {
    const char* bind;
    bool loopback;
  };
  const Case cases[] = {
      {"127.0.0.1", true}, {"127.1.2.3", true}, {"::1", true},         {"localhost", true},
      {"0.0.0.0", false},  {"::", false},       {"10.0.0.5", false},   {"128.0.0.1", false},
      {"", false},         {"127.0.0.1.example.com", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(is_loopback_address(c.bind), c.loopback) << c.bind;
    const Status without_keys = check_bind_policy(c.bind, Auth::kNone);
    EXPECT_EQ(without_keys.is_ok(), c.loopback) << c.bind;
    if (!c.loopback) {
      EXPECT_NE(without_keys.message().find("--keys"), std::string::npos) << without_keys.message();
    }
    EXPECT_TRUE(check_bind_policy(c.bind, Auth::kApiKeys).is_ok()) << c.bind;
  }
}

}  // namespace
}  // namespace kb
