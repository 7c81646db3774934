#include "server/access/secret.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(SecretTest, GeneratedSecretsAreLongHexAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto secret = generate_secret();
    ASSERT_OK(secret);
    ASSERT_EQ(secret->size(), 3 + 2 * kSecretBytes);
    EXPECT_EQ(secret->substr(0, 3), "kb_");
    EXPECT_EQ(secret->find_first_not_of("0123456789abcdef", 3), std::string::npos) << *secret;
    EXPECT_TRUE(seen.insert(*secret).second) << "repeated secret " << *secret;
  }
}

TEST(SecretTest, ConstantTimeEqualComparesWholeStrings) {
  struct Case {
    std::string a, b;
    bool equal;
  };
  const Case cases[] = {
      {"", "", true},
      {"kb_abc", "kb_abc", true},
      {"kb_abc", "kb_abd", false},
      {"kb_abc", "kb_ab", false},
      {"kb_ab", "kb_abc", false},
      {"", "x", false},
      {std::string("a\0b", 3), std::string("a\0c", 3), false},
      {"xbc", "abc", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(constant_time_equal(c.a, c.b), c.equal) << "'" << c.a << "' vs '" << c.b << "'";
  }
}

}  // namespace
}  // namespace kb
