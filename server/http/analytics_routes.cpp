#include "server/http/analytics_routes.h"

#include <httplib.h>

#include "indexer/common/names.h"
#include "server/admin/search_analytics.h"
#include "server/http/responses.h"

namespace kb::http {

namespace {

constexpr size_t kMaxTop = 100;

nlohmann::json counts_json(const std::vector<QueryCount>& counts) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : counts) list.push_back({{"query", c.query}, {"count", c.count}});
  return list;
}

}  // namespace

void get_analytics(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string client = req.matches[1];
  if (ctx.analytics == nullptr) {
    return send_error(res, Status::unavailable("this server records no search analytics"));
  }
  if (!is_valid_client_name(client)) {
    return send_error(res, Status::not_found("unknown client '" + client + "'", {"", 0, "client"}));
  }
  AnalyticsQuery query{client, req.get_param_value("from"), req.get_param_value("to")};
  if (req.has_param("top")) {
    const std::string top = req.get_param_value("top");
    const bool digits = !top.empty() && top.size() <= 3 &&
                        top.find_first_not_of("0123456789") == std::string::npos;
    query.top = digits ? std::stoul(top) : 0;
    if (query.top < 1 || query.top > kMaxTop) {
      return send_error(res, Status::invalid_argument(
                                 "top must be between 1 and " + std::to_string(kMaxTop),
                                 {"", 0, "top"}));
    }
  }
  auto report = ctx.analytics->report(query);
  if (!report.is_ok()) return send_error(res, report.status());
  nlohmann::json days = nlohmann::json::array();
  for (const auto& d : report->per_day) {
    days.push_back({{"day", d.day},
                    {"searches", d.searches},
                    {"no_hits", d.no_hits},
                    {"no_confident_hit", d.no_confident_hit}});
  }
  send_json(res, 200,
            {{"client", client},
             {"from", report->from},
             {"to", report->to},
             {"searches", report->searches},
             {"top_queries", counts_json(report->top_queries)},
             {"no_hits", counts_json(report->no_hits)},
             {"no_confident_hit", counts_json(report->no_confident_hit)},
             {"per_day", days},
             {"dropped", ctx.analytics->dropped()}});
}

}  // namespace kb::http
