#include "server/http/json_codec.h"

namespace kb::http {

namespace {

// Optional string fields are null rather than "" when absent.
nlohmann::json optional(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

// A ranked article as search hits and related articles show it.
nlohmann::json ranked_article(const SearchHit& hit) {
  const Document& d = hit.document;
  return {
      {"id", d.id},
      {"title", d.title},
      {"url", optional(d.url)},
      {"type", optional(d.type)},
      {"language", d.language},
      {"product", optional(d.product)},
      {"tags", d.tags},
      {"score", hit.score},
      {"updated_at", optional(d.updated_at)},
  };
}

}  // namespace

nlohmann::json to_json(const SearchResults& results) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& hit : results.hits) {
    nlohmann::json h = ranked_article(hit);
    h["snippet"] = hit.snippet;
    hits.push_back(std::move(h));
  }
  nlohmann::json rewrites = nlohmann::json::array();
  for (const auto& r : results.rewrites) {
    rewrites.push_back({{"from", r.from}, {"to", r.to}, {"why", r.why}});
  }
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& facet : results.facets) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : facet.values) values.push_back({{"value", v.value}, {"count", v.count}});
    facets[facet.field] = values;
  }
  return {
      {"query", results.query},
      {"client", results.client},
      {"total", results.total},
      {"took_ms", results.took_ms},
      {"rewrites", rewrites},
      {"did_you_mean", optional(results.did_you_mean)},
      {"confidence", results.confidence},
      {"confident", results.confident},
      {"facets", facets},
      {"facets_exact", results.facets_exact},
      {"hits", hits},
  };
}

nlohmann::json to_json(const Suggestions& suggestions) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : suggestions.suggestions) {
    list.push_back({{"text", s.text}, {"kind", s.kind}, {"articles", s.articles}});
  }
  return {{"query", suggestions.query},
          {"client", suggestions.client},
          {"took_ms", suggestions.took_ms},
          {"suggestions", list}};
}

nlohmann::json to_json(const RelatedArticles& related) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& article : related.articles) list.push_back(ranked_article(article));
  return {{"client", related.client}, {"id", related.id}, {"related", list}};
}

nlohmann::json to_json(const ClientSummary& client) {
  return {
      {"name", client.name},
      {"display_name", client.display_name},
      {"default_language", client.default_language},
      {"documents", client.documents},
      {"languages", client.languages},
  };
}

nlohmann::json document_to_json(const Document& doc) {
  return {
      {"id", doc.id},
      {"client", doc.client},
      {"title", doc.title},
      {"body", doc.body},
      {"language", doc.language},
      {"type", optional(doc.type)},
      {"product", optional(doc.product)},
      {"tags", doc.tags},
      {"steps", doc.steps},
      {"url", optional(doc.url)},
      {"updated_at", optional(doc.updated_at)},
  };
}

nlohmann::json error_body(std::string_view api_code, const std::string& message,
                          const std::string& field) {
  return {{"error",
           {{"code", api_code}, {"message", message}, {"field", optional(field)}}}};
}

}  // namespace kb::http
