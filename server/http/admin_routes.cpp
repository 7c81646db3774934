#include "server/http/admin_routes.h"

#include <httplib.h>

#include "indexer/common/names.h"
#include "server/admin/article_requests.h"
#include "server/admin/document_write_queue.h"
#include "server/admin/reindex_jobs.h"
#include "server/http/json_codec.h"
#include "server/http/responses.h"

namespace kb::http {

namespace {

constexpr int kUnprocessable = 422;

// The client articles sent to it are validated against; errors as the
// search routes (404 for an unknown client).
Result<ClientInfo> target_client(const ApiContext& ctx, const std::string& client) {
  if (ctx.writes == nullptr) {
    return Status::unavailable("this server does not accept document writes");
  }
  if (!is_valid_client_name(client)) {
    return Status::not_found("unknown client '" + client + "'", {"", 0, "client"});
  }
  return ctx.writes->client_info(client);
}

nlohmann::json outcome_json(const std::string& id, std::string_view status,
                            const std::string& error) {
  return {{"id", id},
          {"status", status},
          {"error", error.empty() ? nlohmann::json(nullptr) : nlohmann::json(error)}};
}

void send_invalid(httplib::Response& res, const std::string& message, const std::string& field,
                  nlohmann::json results = nullptr) {
  nlohmann::json body = error_body("invalid_articles", message, field);
  if (!results.is_null()) body["results"] = std::move(results);
  send_json(res, kUnprocessable, body);
}

nlohmann::json or_null(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json job_json(const JobInfo& job) {
  nlohmann::json body = {
      {"id", job.id},
      {"type", "reindex"},
      {"client", job.client},
      {"state", job_state_name(job.state)},
      {"progress", {{"done", job.done}, {"total", job.total}}},
      {"created_at", job.created_at},
      {"started_at", or_null(job.started_at)},
      {"finished_at", or_null(job.finished_at)},
      {"rejected_count", job.rejected_count},
      {"rejected", job.rejected},
      {"error", or_null(job.error)},
      {"result", nullptr},
  };
  if (job.state == JobState::kSucceeded) {
    const ClientBuildSummary& s = job.summary;
    body["result"] = {{"documents", s.documents}, {"added", s.added},
                      {"replaced", s.replaced},   {"deleted", s.deleted},
                      {"unchanged", s.unchanged}, {"generation", s.generation}};
  }
  return body;
}

}  // namespace

void post_reindex(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (ctx.jobs == nullptr) {
    return send_error(res, Status::unavailable("this server does not run reindex jobs"));
  }
  auto job = ctx.jobs->start(req.matches[1]);
  if (!job.is_ok()) return send_error(res, job.status());
  res.set_header("Location", "/v1/jobs/" + job->id);
  send_json(res, 202, job_json(*job));
}

void get_job(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (ctx.jobs == nullptr) {
    return send_error(res, Status::not_found("no job '" + std::string(req.matches[1]) + "'",
                                             {"", 0, "id"}));
  }
  auto job = ctx.jobs->get(req.matches[1]);
  if (!job.is_ok()) return send_error(res, job.status());
  // The path names no client, so the access check could not look at the
  // job's: a key sees only its own clients' jobs. The message leaves the
  // other client unnamed.
  if (ctx.caller && !ctx.caller->allows_client(job->client)) {
    return send_json(res, 403,
                     error_body("forbidden",
                                "key '" + ctx.caller->name + "' may not use the client of job '" +
                                    job->id + "'",
                                ""));
  }
  send_json(res, 200, job_json(*job));
}

void put_document(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string client = req.matches[1];
  const std::string id = req.matches[2];
  auto info = target_client(ctx, client);
  if (!info.is_ok()) return send_error(res, info.status());
  if (!is_valid_article_id(id)) {
    return send_invalid(res, "\"" + id + "\" is not an article id: use letters, digits, . _ : -",
                        "id");
  }
  auto change = article_from_put(req.body, id, *info);
  if (!change.is_ok()) {
    return send_invalid(res, change.status().to_string(), change.status().where().field);
  }
  auto outcomes = ctx.writes->apply(client, {std::move(*change)});
  if (!outcomes.is_ok()) return send_error(res, outcomes.status());
  const ChangeStatus status = outcomes->front().status;
  send_json(res, status == ChangeStatus::kAdded ? 201 : 200,
            outcome_json(id, change_status_name(status), ""));
}

void delete_document(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string client = req.matches[1];
  const std::string id = req.matches[2];
  auto info = target_client(ctx, client);
  if (!info.is_ok()) return send_error(res, info.status());
  const auto not_found = Status::not_found("no document '" + id + "' in client '" + client + "'",
                                           {"", 0, "id"});
  if (!is_valid_article_id(id)) return send_error(res, not_found);
  auto outcomes = ctx.writes->apply(client, {ArticleChange::remove(id)});
  if (!outcomes.is_ok()) return send_error(res, outcomes.status());
  if (outcomes->front().status == ChangeStatus::kNotFound) return send_error(res, not_found);
  send_json(res, 200, outcome_json(id, "deleted", ""));
}

void post_documents(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string client = req.matches[1];
  auto info = target_client(ctx, client);
  if (!info.is_ok()) return send_error(res, info.status());
  const std::string atomic_param = req.get_param_value("atomic");
  if (!atomic_param.empty() && atomic_param != "true" && atomic_param != "false") {
    return send_error(res, Status::invalid_argument("atomic must be true or false",
                                                    {"", 0, "atomic"}));
  }
  const bool atomic = atomic_param == "true";

  // Counted before anything is parsed, so an oversized batch costs nothing.
  if (const size_t count = batch_article_count(req.body); count > ctx.max_batch_articles) {
    return send_json(res, 413,
                     error_body("payload_too_large",
                                "the batch has " + std::to_string(count) +
                                    " articles; at most " + std::to_string(ctx.max_batch_articles) +
                                    " are accepted per request (kb-server --max-batch-articles); "
                                    "nothing was applied, send it in smaller batches",
                                ""));
  }
  std::vector<BatchEntry> entries = entries_from_batch(req.body, *info);
  if (entries.empty()) {
    return send_invalid(res, "the batch is empty; send one article per line (JSON Lines)", "");
  }
  size_t rejected = 0;
  std::vector<ArticleChange> changes;
  for (BatchEntry& entry : entries) {
    if (entry.change) {
      changes.push_back(std::move(*entry.change));
    } else {
      ++rejected;
    }
  }
  if (rejected > 0 && atomic) changes.clear();  // all or nothing

  std::vector<ChangeOutcome> outcomes;
  if (!changes.empty()) {
    auto applied = ctx.writes->apply(client, std::move(changes));
    if (!applied.is_ok()) return send_error(res, applied.status());
    outcomes = std::move(*applied);
  }
  nlohmann::json results = nlohmann::json::array();
  size_t next = 0;
  for (const BatchEntry& entry : entries) {
    if (!entry.error.empty()) {
      results.push_back(outcome_json(entry.id, "rejected", entry.error));
    } else if (atomic && rejected > 0) {
      results.push_back(outcome_json(entry.id, "not_applied",
                                     "not applied: the batch is atomic and had rejected articles"));
    } else {
      results.push_back(outcome_json(entry.id, change_status_name(outcomes[next++].status), ""));
    }
  }
  if (rejected == 0) return send_json(res, 200, {{"results", results}});
  const std::string message =
      std::to_string(rejected) + " of " + std::to_string(entries.size()) +
      " articles rejected; " +
      (atomic ? std::string("nothing was applied (atomic=true)")
              : std::string("the others were applied"));
  send_invalid(res, message, "", std::move(results));
}

}  // namespace kb::http
