// ArticleValidator: the rules of schema/document.schema.json for one article,
// applied to a RawArticle from any reader, so every file kind and the HTTP
// API agree with the schema and with each other.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "indexer/document/document.h"
#include "indexer/document/load_options.h"
#include "indexer/document/raw_article.h"

namespace kb {

// Checks every field and returns the Document (schema fields only: text,
// steps from the body and a detected language are the builder's part), or
// nullopt after adding one error per problem to `errors`, each at the line
// of its field ("file:line: field: what is wrong"):
//   - a field the schema does not have, or a field given twice;
//   - id, title, body missing; client missing when `client.name` is empty;
//   - wrong type, pattern, enum value, length (in code points, as JSON
//     Schema counts) or number of items, as the schema says;
//   - client different from `client.name` (the folder, or the URL's client).
// Beyond the schema: an id may not be "." or ".." (see common/names.h), and
// with options.allow_empty_title a title may be empty or missing.
// Thread-safe.
std::optional<Document> validate_article(const RawArticle& raw, const ClientInfo& client,
                                         const LoadOptions& options, std::vector<Status>* errors);

// The schema's property names, in the schema's order.
std::span<const std::string_view> article_field_names();

}  // namespace kb
