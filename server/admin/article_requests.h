// What the document routes receive, turned into validated ArticleChanges by
// the same loader and validator as kb-indexer (load_article_text), so an
// article is accepted over HTTP exactly when it would be accepted from a
// file, with the same "line: field: message" errors. No HTTP in here.
//
//   PUT    one article as a JSON object (schema/document.schema.json); its
//          "id" must be the id in the URL.
//   POST   JSON Lines: one article per line, or {"delete": "<id>"} to delete
//          one. An id may appear once per batch.
//
// Thread safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/document/document.h"
#include "indexer/index/change_plan.h"

namespace kb {

// The name errors give the request body: "request.json:3: title: ...".
inline constexpr std::string_view kPutBodyName = "request.json";
inline constexpr std::string_view kBatchBodyName = "request.jsonl";

// The upsert of a PUT body for article `id`; the first error otherwise
// (InvalidArgument, at the body's line and field).
Result<ArticleChange> article_from_put(std::string_view body, const std::string& id,
                                       const ClientInfo& client);

// One line of a batch.
struct BatchEntry {
  uint32_t line = 0;
  std::string id;                       // "" when the line has none that could be read
  std::optional<ArticleChange> change;  // set when the line is valid
  std::string error;                    // why it was rejected: "line 3: body: missing", ...
};

// The number of entries entries_from_batch() would return (non-blank lines,
// deletions included), without parsing them.
size_t batch_article_count(std::string_view body);

// One entry per non-blank line of `body`, in order.
std::vector<BatchEntry> entries_from_batch(std::string_view body, const ClientInfo& client);

}  // namespace kb
