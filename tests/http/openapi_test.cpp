// schema/openapi.yaml describes exactly the routes the server registers.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "server/http/routes.h"
#include "tests/test_util.h"

namespace kb {
namespace {

std::set<std::string> documented_routes() {
  const YAML::Node spec = YAML::LoadFile((testing::source_dir() / "schema/openapi.yaml").string());
  std::set<std::string> routes;
  for (const auto& path : spec["paths"]) {
    for (const auto& operation : path.second) {
      std::string method = operation.first.as<std::string>();
      std::transform(method.begin(), method.end(), method.begin(), ::toupper);
      routes.insert(method + " " + path.first.as<std::string>());
    }
  }
  return routes;
}

TEST(OpenApiTest, EveryRegisteredRouteIsDocumentedAndNoOther) {
  const auto documented = documented_routes();
  std::set<std::string> registered;
  for (const auto& route : http::api_routes()) registered.insert(route.method + " " + route.path);
  ASSERT_FALSE(registered.empty());
  for (const auto& route : registered) {
    EXPECT_TRUE(documented.count(route)) << route << " is missing from schema/openapi.yaml";
  }
  for (const auto& route : documented) {
    EXPECT_TRUE(registered.count(route)) << route << " is documented but not served";
  }
}

TEST(OpenApiTest, DocumentsEveryErrorCodeOfTheErrorTable) {
  const YAML::Node spec = YAML::LoadFile((testing::source_dir() / "schema/openapi.yaml").string());
  const std::string description = spec["info"]["description"].as<std::string>();
  for (const char* code : {"invalid_request", "not_found", "route_not_found", "method_not_allowed",
                           "payload_too_large", "headers_too_large", "unavailable", "index_needs_rebuild", "invalid_articles",
                           "index_corrupt", "io_error", "internal"}) {
    EXPECT_NE(description.find(std::string("`") + code + "`"), std::string::npos) << code;
  }
}

}  // namespace
}  // namespace kb
