#include "server/access/key_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "server/access/sha256.h"
#include "tests/test_util.h"

namespace kb {
namespace {

using testing::TempDir;

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(KeyFileTest, AddKeyStoresOnlyTheHashAndLoadsBack) {
  TempDir dir;
  const std::string file = (dir.path() / "keys.json").string();
  auto bank = add_key({file, "bank-agents", Role::kSearch, false, {"sahyog-bank"}});
  ASSERT_OK(bank);
  auto ops = add_key({file, "ops", Role::kAdmin, true, {}});
  ASSERT_OK(ops);

  const std::string text = read_all(file);
  EXPECT_EQ(text.find(*bank), std::string::npos) << "the secret itself was stored";
  EXPECT_EQ(text.find(*ops), std::string::npos) << "the secret itself was stored";
  struct stat info {};
  ASSERT_EQ(stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);

  auto keys = load_key_file(file);
  ASSERT_OK(keys);
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_EQ((*keys)[0].name, "bank-agents");
  EXPECT_EQ((*keys)[0].role, Role::kSearch);
  EXPECT_EQ((*keys)[0].clients, std::vector<std::string>{"sahyog-bank"});
  EXPECT_FALSE((*keys)[0].all_clients);
  EXPECT_EQ((*keys)[0].secret_sha256, sha256_hex(*bank));
  EXPECT_EQ((*keys)[1].role, Role::kAdmin);
  EXPECT_TRUE((*keys)[1].all_clients);
  EXPECT_EQ((*keys)[1].secret_sha256, sha256_hex(*ops));
}

TEST(KeyFileTest, AddKeyRefusesBadRequestsAndKeepsTheFile) {
  TempDir dir;
  const std::string file = (dir.path() / "keys.json").string();
  ASSERT_OK(add_key({file, "first", Role::kSearch, false, {"bazaarly"}}));
  const std::string before = read_all(file);
  struct Case {
    AddKeyOptions options;
    const char* field;
  };
  const Case cases[] = {
      {{file, "first", Role::kSearch, false, {"bazaarly"}}, "name"},
      {{file, "", Role::kSearch, false, {"bazaarly"}}, "name"},
      {{file, "has space", Role::kSearch, false, {"bazaarly"}}, "name"},
      {{file, "second", Role::kSearch, false, {}}, "clients"},
      {{file, "second", Role::kSearch, false, {"../etc"}}, "clients"},
      {{file, "second", Role::kSearch, false, {"Bank"}}, "clients"},
  };
  for (const Case& c : cases) {
    auto secret = add_key(c.options);
    ASSERT_FALSE(secret.is_ok()) << c.options.name;
    EXPECT_EQ(secret.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(secret.status().where().field, c.field) << secret.status().to_string();
  }
  EXPECT_EQ(read_all(file), before);
}

TEST(KeyFileTest, MalformedFilesNameTheFieldAtFault) {
  TempDir dir;
  const std::string hash(64, 'a');
  struct Case {
    std::string text;
    const char* field;
  };
  const Case cases[] = {
      {"not json", ""},
      {R"({"keys": {}})", "keys"},
      {R"({"keys": [], "extra": 1})", "keys"},
      {R"({"keys": [{"name": "a", "role": "root", "clients": "*", "sha256": ")" + hash + R"("}]})",
       "keys[0].role"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": [], "sha256": ")" + hash + R"("}]})",
       "keys[0].clients"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": "all", "sha256": ")" + hash + R"("}]})",
       "keys[0].clients"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": "*", "sha256": "secret"}]})",
       "keys[0].sha256"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": "*", "secret": "x", "sha256": ")" +
           hash + R"("}]})",
       "keys[0]"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": "*", "sha256": ")" + hash +
           R"("}, {"name": "a", "role": "admin", "clients": "*", "sha256": ")" +
           std::string(64, 'b') + R"("}]})",
       "keys[1].name"},
      {R"({"keys": [{"name": "a", "role": "admin", "clients": "*", "sha256": ")" + hash +
           R"(", "burst": 0, "requests_per_second": 5}]})",
       "keys[0].burst"},
  };
  for (const Case& c : cases) {
    const std::string file = dir.write("keys.json", c.text).string();
    auto keys = load_key_file(file);
    ASSERT_FALSE(keys.is_ok()) << c.text;
    EXPECT_EQ(keys.status().code(), StatusCode::kInvalidArgument) << c.text;
    EXPECT_EQ(keys.status().where().file, file);
    EXPECT_EQ(keys.status().where().field, c.field) << keys.status().to_string();
  }
  EXPECT_EQ(load_key_file((dir.path() / "missing.json").string()).status().code(),
            StatusCode::kNotFound);
}

TEST(KeyFileTest, PerKeyRateLimitsRoundTrip) {
  TempDir dir;
  const std::string file =
      dir.write("keys.json", R"({"keys": [{"name": "crm", "role": "search", "clients": ["bazaarly"],
        "sha256": ")" + std::string(64, 'c') + R"(", "requests_per_second": 5, "burst": 7}]})")
          .string();
  auto keys = load_key_file(file);
  ASSERT_OK(keys);
  ASSERT_TRUE((*keys)[0].rate_limit.has_value());
  EXPECT_EQ((*keys)[0].rate_limit->requests_per_second, 5);
  EXPECT_EQ((*keys)[0].rate_limit->burst, 7);
  ASSERT_OK(save_key_file(file, *keys));
  auto again = load_key_file(file);
  ASSERT_OK(again);
  EXPECT_EQ((*again)[0].rate_limit->burst, 7);
}

}  // namespace
}  // namespace kb
