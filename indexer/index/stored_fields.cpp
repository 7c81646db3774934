#include "indexer/index/stored_fields.h"

#include <nlohmann/json.hpp>

namespace kb {

std::string encode_stored_fields(const Document& doc) {
  nlohmann::json j = {
      {"id", doc.id},           {"client", doc.client},   {"title", doc.title},
      {"text", doc.text},       {"language", doc.language},
      {"type", doc.type},       {"product", doc.product}, {"tags", doc.tags},
      {"steps", doc.steps},     {"url", doc.url},         {"updated_at", doc.updated_at},
  };
  // Replacing invalid UTF-8 keeps a bad byte from failing the whole write;
  // the loader rejects such input before it gets here.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Document> decode_stored_fields(std::string_view data) {
  try {
    const auto j = nlohmann::json::parse(data);
    Document doc;
    doc.id = j.at("id").get<std::string>();
    doc.client = j.at("client").get<std::string>();
    doc.title = j.at("title").get<std::string>();
    doc.text = j.at("text").get<std::string>();
    doc.language = j.at("language").get<std::string>();
    doc.type = j.at("type").get<std::string>();
    doc.product = j.at("product").get<std::string>();
    doc.tags = j.at("tags").get<std::vector<std::string>>();
    doc.steps = j.at("steps").get<std::vector<std::string>>();
    doc.url = j.at("url").get<std::string>();
    doc.updated_at = j.at("updated_at").get<std::string>();
    return doc;
  } catch (const nlohmann::json::exception& e) {
    return Status::corruption(std::string("stored document data is unreadable: ") + e.what() +
                              "; reindex the client");
  }
}

}  // namespace kb
