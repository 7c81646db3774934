#include "indexer/common/status.h"

#include "indexer/common/result.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(StatusTest, ToStringLeavesOutUnknownParts) {
  const std::pair<Status, std::string> cases[] = {
      {Status::ok(), "ok"},
      {Status::invalid_argument("is required", {"a.md", 3, "title"}), "a.md:3: title: is required"},
      {Status::invalid_argument("bad", {"a.md", 0, ""}), "a.md: bad"},
      {Status::not_found("no such client", {"", 0, "client"}), "client: no such client"},
      {Status::io_error("disk full"), "disk full"},
  };
  for (const auto& [status, text] : cases) EXPECT_EQ(status.to_string(), text);
}

TEST(StatusTest, CodesHaveStableNames) {
  EXPECT_EQ(status_code_name(Status::unavailable("x").code()), "unavailable");
  EXPECT_EQ(status_code_name(Status::failed_precondition("x").code()), "failed_precondition");
  EXPECT_EQ(status_code_name(Status::corruption("x").code()), "corruption");
  EXPECT_EQ(status_code_name(Status::internal("x").code()), "internal");
  EXPECT_FALSE(Status::internal("x").is_ok());
}

TEST(ResultTest, HoldsAValueOrAStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.is_ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status::not_found("gone");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
  Result<int> confused = Status::ok();  // an ok Status without a value is a bug
  EXPECT_FALSE(confused.is_ok());
  EXPECT_EQ(confused.status().code(), StatusCode::kInternal);
}

}  // namespace
}  // namespace kb
