#include "server/access/access_policy.h"

#include <gtest/gtest.h>

#include "server/access/sha256.h"

namespace kb {
namespace {

ApiKey make_key(std::string name, Role role, std::vector<std::string> clients,
                const std::string& secret) {
  ApiKey key;
  key.name = std::move(name);
  key.role = role;
  key.all_clients = clients.size() == 1 && clients[0] == "*";
  if (!key.all_clients) key.clients = std::move(clients);
  key.secret_sha256 = sha256_hex(secret);
  return key;
}

AccessPolicy make_policy(RateLimit limit = {0, 0}) {
  return AccessPolicy({make_key("bank", Role::kSearch, {"sahyog-bank"}, "s-bank"),
                       make_key("shop-admin", Role::kAdmin, {"bazaarly"}, "s-shop-admin"),
                       make_key("ops", Role::kAdmin, {"*"}, "s-ops")},
                      {limit});
}

TEST(AccessPolicyTest, DecidesByKeyRoleAndClient) {
  AccessPolicy policy = make_policy();
  struct Case {
    std::optional<std::string> secret;
    Access access;
    std::string client;
    AccessOutcome outcome;
  };
  const Case cases[] = {
      {std::nullopt, Access::kPublic, "", AccessOutcome::kAllowed},
      {"wrong", Access::kPublic, "", AccessOutcome::kAllowed},
      {std::nullopt, Access::kSearch, "sahyog-bank", AccessOutcome::kUnauthenticated},
      {"", Access::kSearch, "sahyog-bank", AccessOutcome::kUnauthenticated},
      {"s-ban", Access::kSearch, "sahyog-bank", AccessOutcome::kUnauthenticated},
      {"s-bankx", Access::kSearch, "sahyog-bank", AccessOutcome::kUnauthenticated},
      {"s-bank", Access::kSearch, "sahyog-bank", AccessOutcome::kAllowed},
      {"s-bank", Access::kSearch, "", AccessOutcome::kAllowed},
      {"s-bank", Access::kSearch, "vayu-mobile", AccessOutcome::kForbidden},
      {"s-bank", Access::kSearch, "../sahyog-bank", AccessOutcome::kForbidden},
      {"s-bank", Access::kAdmin, "sahyog-bank", AccessOutcome::kForbidden},
      {"s-shop-admin", Access::kAdmin, "bazaarly", AccessOutcome::kAllowed},
      {"s-shop-admin", Access::kSearch, "bazaarly", AccessOutcome::kAllowed},
      {"s-shop-admin", Access::kAdmin, "sahyog-bank", AccessOutcome::kForbidden},
      {"s-ops", Access::kAdmin, "vayu-mobile", AccessOutcome::kAllowed},
      {"s-ops", Access::kSearch, "anything", AccessOutcome::kAllowed},
  };
  for (const Case& c : cases) {
    const auto secret = c.secret ? std::optional<std::string_view>(*c.secret) : std::nullopt;
    const AccessDecision d = policy.decide(secret, c.access, c.client);
    EXPECT_EQ(d.outcome, c.outcome) << c.secret.value_or("(none)") << " " << c.client << ": "
                                    << d.message;
    if (d.outcome != AccessOutcome::kAllowed) {
      EXPECT_FALSE(d.message.empty());
    }
  }
}

TEST(AccessPolicyTest, FindsTheKeyOfASecret) {
  AccessPolicy policy = make_policy();
  ASSERT_NE(policy.find("s-ops"), nullptr);
  EXPECT_EQ(policy.find("s-ops")->name, "ops");
  EXPECT_EQ(policy.find("s-op"), nullptr);
  EXPECT_EQ(policy.find(sha256_hex("s-ops")), nullptr) << "the stored hash is not a secret";
}

TEST(AccessPolicyTest, RateLimitsEachKeyWithRetryAfter) {
  AccessPolicy policy = make_policy({1, 2});
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  EXPECT_EQ(policy.decide("s-bank", Access::kSearch, "sahyog-bank", t0).outcome,
            AccessOutcome::kAllowed);
  EXPECT_EQ(policy.decide("s-bank", Access::kSearch, "sahyog-bank", t0).outcome,
            AccessOutcome::kAllowed);
  const AccessDecision limited = policy.decide("s-bank", Access::kSearch, "sahyog-bank", t0);
  EXPECT_EQ(limited.outcome, AccessOutcome::kRateLimited);
  EXPECT_EQ(limited.retry_after_seconds, 1);
  EXPECT_EQ(policy.decide("s-ops", Access::kSearch, "sahyog-bank", t0).outcome,
            AccessOutcome::kAllowed);
  // Refused requests (wrong client) take no token.
  AccessPolicy other = make_policy({1, 1});
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(other.decide("s-bank", Access::kSearch, "bazaarly", t0).outcome,
              AccessOutcome::kForbidden);
  }
  EXPECT_EQ(other.decide("s-bank", Access::kSearch, "sahyog-bank", t0).outcome,
            AccessOutcome::kAllowed);
}

TEST(AccessPolicyTest, AKeysOwnLimitOverridesTheDefault) {
  ApiKey crm = make_key("crm", Role::kSearch, {"*"}, "s-crm");
  crm.rate_limit = RateLimit{0, 0};
  AccessPolicy policy({crm}, {RateLimit{1, 1}});
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  for (int i = 0; i < 100; ++i) {
    ASSERT_EQ(policy.decide("s-crm", Access::kSearch, "bazaarly", t0).outcome,
              AccessOutcome::kAllowed);
  }
}

}  // namespace
}  // namespace kb
