#include "server/admin/article_requests.h"

#include <map>
#include <nlohmann/json.hpp>

#include "indexer/common/names.h"
#include "indexer/document/loader.h"

namespace kb {

namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// "line 3: body: missing" for an error in the request body.
std::string describe(const Status& error) {
  const Location& where = error.where();
  std::string text = where.line ? "line " + std::to_string(where.line) + ": " : std::string();
  if (!where.field.empty()) text += where.field + ": ";
  return text + error.message();
}

// The line's "id" if it is a JSON object with a string id, else "".
std::string id_of_line(std::string_view line) {
  const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return {};
  const auto it = j.find("id");
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The id of a line {"delete": "<id>"}, or nullopt for any other line.
std::optional<std::string> deletion_of_line(std::string_view line) {
  const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.size() != 1 || !j.contains("delete")) return std::nullopt;
  const auto& id = j["delete"];
  return id.is_string() ? std::optional<std::string>(id.get<std::string>()) : std::string();
}

}  // namespace

Result<ArticleChange> article_from_put(std::string_view body, const std::string& id,
                                       const ClientInfo& client) {
  LoadResult loaded = load_article_text(body, std::string(kPutBodyName), client);
  if (!loaded.errors.empty()) return loaded.errors.front();
  if (loaded.documents.size() != 1) {
    return Status::invalid_argument("the body must be one article object", {"", 1, ""});
  }
  Document& doc = loaded.documents.front();
  if (doc.id != id) {
    return Status::invalid_argument("\"" + doc.id + "\" differs from the id in the URL, \"" + id +
                                        "\"; they must be the same",
                                    {std::string(kPutBodyName), doc.source.line, "id"});
  }
  return ArticleChange::upsert(std::move(doc));
}

size_t batch_article_count(std::string_view body) {
  size_t count = 0;
  for (size_t pos = 0; pos < body.size();) {
    const size_t end = std::min(body.find('\n', pos), body.size());
    if (!is_blank(body.substr(pos, end - pos))) ++count;
    pos = end + 1;
  }
  return count;
}

std::vector<BatchEntry> entries_from_batch(std::string_view body, const ClientInfo& client) {
  // Deletions are taken out of the text (blank lines keep the numbering);
  // the rest goes to the loader as a JSON Lines file.
  std::string articles;
  std::vector<BatchEntry> entries;
  std::map<uint32_t, size_t> entry_of_line;
  uint32_t number = 0;
  for (size_t pos = 0; pos < body.size();) {
    const size_t end = std::min(body.find('\n', pos), body.size());
    const std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (is_blank(line)) {
      articles += '\n';
      continue;
    }
    BatchEntry entry;
    entry.line = number;
    if (auto deletion = deletion_of_line(line)) {
      entry.id = *deletion;
      if (is_valid_article_id(*deletion)) {
        entry.change = ArticleChange::remove(*deletion);
      } else {
        entry.error = "line " + std::to_string(number) + ": delete: \"" + *deletion +
                      "\" is not an article id";
      }
      articles += '\n';
    } else {
      entry.id = id_of_line(line);
      articles.append(line);
      articles += '\n';
    }
    entry_of_line[number] = entries.size();
    entries.push_back(std::move(entry));
  }

  LoadResult loaded = load_article_text(articles, std::string(kBatchBodyName), client);
  for (const Status& error : loaded.errors) {
    auto it = entry_of_line.find(error.where().line);
    if (it == entry_of_line.end()) continue;  // every error is at a non-blank line
    BatchEntry& entry = entries[it->second];
    entry.error += (entry.error.empty() ? "" : "; ") + describe(error);
  }
  for (Document& doc : loaded.documents) {
    auto it = entry_of_line.find(doc.source.line);
    if (it == entry_of_line.end()) continue;
    BatchEntry& entry = entries[it->second];
    if (entry.error.empty()) entry.change = ArticleChange::upsert(std::move(doc));
  }

  std::map<std::string, uint32_t> first_line;
  for (BatchEntry& entry : entries) {
    if (!entry.error.empty()) entry.change.reset();
    if (!entry.change) {
      if (entry.error.empty()) entry.error = "line " + std::to_string(entry.line) + ": rejected";
      continue;
    }
    const auto [first, inserted] = first_line.emplace(entry.id, entry.line);
    if (!inserted) {
      entry.change.reset();
      entry.error = "line " + std::to_string(entry.line) + ": id: \"" + entry.id +
                    "\" is already in this batch at line " + std::to_string(first->second) +
                    "; an id may appear once per batch";
    }
  }
  return entries;
}

}  // namespace kb
