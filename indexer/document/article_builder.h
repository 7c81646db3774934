// Builds a Document from a RawArticle: validation (article_validator.h),
// then the parts the schema leaves to the loader: plain text and steps of
// the body, the client from the folder, and the language when none is given.
#pragma once

#include <optional>
#include <vector>

#include "indexer/document/document.h"
#include "indexer/document/load_options.h"
#include "indexer/document/raw_article.h"

namespace kb {

enum class BodyFormat {
  kMarkdown,   // .md, .json, .jsonl and the HTTP API: text and steps are read from the Markdown
  kPlainText,  // .html: the reader already made the text and found the steps
};

// The Document, or nullopt after adding the errors to `errors`. Beyond the
// validator's errors: steps given both as a field and as a Steps list in a
// Markdown body ("steps: given twice"). Thread-safe.
std::optional<Document> build_document(const RawArticle& raw, BodyFormat body_format,
                                       const ClientInfo& client, const LoadOptions& options,
                                       std::vector<Status>* errors);

}  // namespace kb
