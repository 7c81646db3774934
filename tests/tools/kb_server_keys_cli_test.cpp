// kb-server keys add, --keys, and the loopback-only rule without keys.
#include <fstream>
#include <sstream>

#include "server/access/key_file.h"
#include "server/access/sha256.h"
#include "tests/test_util.h"
#include "tests/tools/command.h"

namespace kb {
namespace {

std::string last_line(const std::string& out) {
  std::string text = out;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.substr(text.rfind('\n') + 1);
}

TEST(KbServerKeysCliTest, KeysAddPrintsTheSecretOnceAndStoresItsHash) {
  testing::TempDir dir;
  const std::string file = (dir.path() / "keys.json").string();
  const auto r = testing::run_tool(
      "kb-server", "keys add --file " + file + " --name bank-agents --role search --clients "
                   "sahyog-bank,vayu-mobile");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string secret = last_line(r.out);
  EXPECT_EQ(secret.rfind("kb_", 0), 0u) << r.out;
  std::ifstream in(file);
  std::stringstream stored;
  stored << in.rdbuf();
  EXPECT_EQ(stored.str().find(secret), std::string::npos) << "the secret was written to the file";
  auto keys = load_key_file(file);
  ASSERT_OK(keys);
  ASSERT_EQ(keys->size(), 1u);
  EXPECT_EQ((*keys)[0].secret_sha256, sha256_hex(secret));
  EXPECT_EQ((*keys)[0].clients, (std::vector<std::string>{"sahyog-bank", "vayu-mobile"}));

  const auto admin = testing::run_tool(
      "kb-server", "keys add --file " + file + " --name ops --role admin --clients '*'");
  ASSERT_EQ(admin.exit_code, 0) << admin.err;
  keys = load_key_file(file);
  ASSERT_OK(keys);
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_TRUE((*keys)[1].all_clients);
  EXPECT_EQ((*keys)[1].role, Role::kAdmin);
}

TEST(KbServerKeysCliTest, KeysAddRefusesBadArguments) {
  testing::TempDir dir;
  const std::string file = (dir.path() / "keys.json").string();
  struct Case {
    std::string args;
    int exit_code;
  };
  const Case cases[] = {
      {"keys add --file " + file + " --name a --role root --clients x", 2},
      {"keys add --file " + file + " --name a --clients", 2},
      {"keys add --file " + file + " --role search --clients x", 2},
      {"keys add --file " + file + " --name a --role search --clients ../etc", 1},
      {"keys remove --file " + file, 2},
  };
  for (const Case& c : cases) {
    const auto r = testing::run_tool("kb-server", c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.args << "\n" << r.err;
    EXPECT_FALSE(r.err.empty()) << c.args;
  }
  EXPECT_FALSE(std::filesystem::exists(file)) << "a refused key left a file";
}

TEST(KbServerKeysCliTest, WithoutKeysOnlyLoopbackIsServed) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  const auto refused = testing::run_tool("kb-server", "--index " + index.root() +
                                                          " --bind 0.0.0.0 --port 0");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--keys"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("0.0.0.0"), std::string::npos) << refused.err;

  const auto open = testing::run_tool(
      "kb-server", "--index " + index.root() + " --port 0 & pid=$!; sleep 1; kill -TERM $pid; wait $pid");
  EXPECT_EQ(open.exit_code, 0) << open.err;
  EXPECT_NE(open.out.find("no --keys"), std::string::npos) << open.out;
  EXPECT_NE(open.out.find("loopback"), std::string::npos) << open.out;
}

TEST(KbServerKeysCliTest, ServesWithAKeyFileAndRefusesABadOne) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  testing::TempDir dir;
  const std::string file = (dir.path() / "keys.json").string();
  ASSERT_EQ(testing::run_tool("kb-server", "keys add --file " + file +
                                               " --name ops --role admin --clients '*'")
                .exit_code,
            0);
  const auto served = testing::run_tool(
      "kb-server", "--index " + index.root() + " --port 0 --keys " + file +
                       " --rate-limit 10 --burst 20 & pid=$!; sleep 1; kill -TERM $pid; wait $pid");
  EXPECT_EQ(served.exit_code, 0) << served.err;
  EXPECT_NE(served.out.find("1 API keys"), std::string::npos) << served.out;

  const std::string bad = dir.write("bad.json", R"({"keys": [{"name": "x"}]})").string();
  const auto refused =
      testing::run_tool("kb-server", "--index " + index.root() + " --port 0 --keys " + bad);
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("keys[0].role"), std::string::npos) << refused.err;
  EXPECT_EQ(testing::run_tool("kb-server", "--index x --keys " + file + " --rate-limit fast")
                .exit_code,
            2);
}

}  // namespace
}  // namespace kb
