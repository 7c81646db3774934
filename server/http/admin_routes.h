// The routes that change a client's index (schema/openapi.yaml, "admin"):
//   PUT    /v1/clients/{client}/documents/{id}   one article (JSON)
//   DELETE /v1/clients/{client}/documents/{id}
//   POST   /v1/clients/{client}/documents        a batch (JSON Lines) [?atomic=true]
//   POST   /v1/clients/{client}/reindex          a full rebuild from the corpus, as a job
//   GET    /v1/jobs/{id}                         a job's state and progress
// Each parses the request into ArticleChanges (server/admin/article_requests.h,
// the CLI's loader and validator) and hands them to the DocumentWriteQueue;
// the response comes after the commit, so the change is searchable then.
// Articles that fail validation answer 422 with "invalid_articles" and, for
// a batch, the outcome of every line.
#pragma once

#include "server/http/routes.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace kb::http {

void put_document(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);
void delete_document(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);
void post_documents(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);
void post_reindex(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);
void get_job(const ApiContext& ctx, const httplib::Request& req, httplib::Response& res);

}  // namespace kb::http
