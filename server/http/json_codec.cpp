#include "server/http/json_codec.h"

#include "server/http/json_writer.h"

namespace kb::http {

namespace {

// Optional string fields are null rather than "" when absent.
nlohmann::json optional(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

// The members of a ranked article as search hits and related articles show
// it, inside an object the caller opened.
void write_ranked_article(JsonWriter& w, const SearchHit& hit) {
  const Document& d = hit.document;
  w.key("id").value(d.id);
  w.key("title").value(d.title);
  w.key("url").optional(d.url);
  w.key("type").optional(d.type);
  w.key("language").value(d.language);
  w.key("product").optional(d.product);
  w.key("tags").strings(d.tags);
  w.key("score").value(hit.score);
  w.key("updated_at").optional(d.updated_at);
}

}  // namespace

std::string write_json(const SearchResults& results) {
  JsonWriter w;
  w.begin_object();
  w.key("query").value(results.query);
  w.key("client").value(results.client);
  w.key("total").value(results.total);
  w.key("took_ms").value(results.took_ms);
  w.key("rewrites").begin_array();
  for (const auto& r : results.rewrites) {
    w.begin_object().key("from").value(r.from).key("to").value(r.to).key("why").value(r.why);
    w.end_object();
  }
  w.end_array();
  w.key("did_you_mean").optional(results.did_you_mean);
  w.key("confidence").value(results.confidence);
  w.key("confident").value(results.confident);
  w.key("facets").begin_object();
  for (const auto& facet : results.facets) {
    w.key(facet.field).begin_array();
    for (const auto& v : facet.values) {
      w.begin_object().key("value").value(v.value).key("count").value(v.count).end_object();
    }
    w.end_array();
  }
  w.end_object();
  w.key("facets_exact").value(results.facets_exact);
  w.key("hits").begin_array();
  for (const auto& hit : results.hits) {
    w.begin_object();
    write_ranked_article(w, hit);
    w.key("snippet").value(hit.snippet);
    w.end_object();
  }
  w.end_array();
  return w.end_object().take();
}

std::string write_json(const Suggestions& suggestions) {
  JsonWriter w;
  w.begin_object();
  w.key("query").value(suggestions.query);
  w.key("client").value(suggestions.client);
  w.key("took_ms").value(suggestions.took_ms);
  w.key("suggestions").begin_array();
  for (const auto& s : suggestions.suggestions) {
    w.begin_object().key("text").value(s.text).key("kind").value(s.kind);
    w.key("articles").value(s.articles).end_object();
  }
  w.end_array();
  return w.end_object().take();
}

std::string write_json(const RelatedArticles& related) {
  JsonWriter w;
  w.begin_object();
  w.key("client").value(related.client);
  w.key("id").value(related.id);
  w.key("related").begin_array();
  for (const auto& article : related.articles) {
    w.begin_object();
    write_ranked_article(w, article);
    w.end_object();
  }
  w.end_array();
  return w.end_object().take();
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
