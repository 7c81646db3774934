// schema/openapi.yaml says who may call each route as the route table does:
// public routes have `security: []`, every other route documents 401 and
// 429, and routes that name a client or need an admin key document 403.
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "server/http/access_check.h"
#include "server/http/routes.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(OpenApiSecurityTest, EveryRouteDocumentsItsAccess) {
  const YAML::Node spec = YAML::LoadFile((testing::source_dir() / "schema/openapi.yaml").string());
  ASSERT_TRUE(spec["components"]["securitySchemes"]["bearerAuth"]);
  ASSERT_TRUE(spec["security"]);
  for (const http::RouteInfo& route : http::api_routes()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    const YAML::Node operation = spec["paths"][route.path][method];
    ASSERT_TRUE(operation) << route.method << " " << route.path;
    const std::string what = route.method + " " + route.path;
    const YAML::Node responses = operation["responses"];
    if (route.access == Access::kPublic) {
      ASSERT_TRUE(operation["security"]) << what << " is public: give it `security: []`";
      EXPECT_EQ(operation["security"].size(), 0u) << what;
      continue;
    }
    EXPECT_FALSE(operation["security"]) << what << " needs a key: leave out `security`";
    EXPECT_TRUE(responses["401"]) << what << " needs a 401 response";
    EXPECT_TRUE(responses["429"]) << what << " needs a 429 response";
    if (route.access == Access::kAdmin || http::client_capture(route) != 0) {
      EXPECT_TRUE(responses["403"]) << what << " needs a 403 response";
    }
  }
  const std::string description = spec["info"]["description"].as<std::string>();
  for (const char* code : {"unauthorized", "forbidden", "rate_limited"}) {
    EXPECT_NE(description.find(std::string("`") + code + "`"), std::string::npos) << code;
  }
}

}  // namespace
}  // namespace kb
