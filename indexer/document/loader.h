// Loading articles: the files of a client's knowledge base, text uploaded
// over HTTP, and single articles given as JSON. Every article is checked
// against schema/document.schema.json (see article_validator.h); every error
// is one line, "file:line: field: what is wrong" (Status::to_string()).
//
// File kinds, by extension (article_kind.h):
//   .md          YAML front matter between '---' lines, then the Markdown body
//   .json        one article object
//   .jsonl       one article object per non-blank line; a bad line does not
//                stop the others
//   .html .htm   a page (html_reader.h says where each field comes from)
// Files must be UTF-8 (a leading byte order mark is skipped) and at most
// 16 MiB. In Markdown bodies a numbered list under a heading named Steps, in
// any corpus language, becomes `steps` and leaves the text (markdown_reader.h).
// `client` may be left out of an article; if given it must be the client's
// name. A missing `language` is detected from the script of title and text,
// else the client's default language.
//
// All functions are thread-safe and throw nothing: exceptions of yaml-cpp,
// nlohmann/json and std::filesystem become errors.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/common/status.h"
#include "indexer/document/document.h"
#include "indexer/document/load_options.h"

namespace kb {

struct LoadResult {
  std::vector<Document> documents;  // the articles that passed, in file order
  std::vector<Status> errors;  // one per problem, in line order; articles with errors are left out
};

// Loads one article file; its kind comes from the extension. A file of
// another kind, a missing or unreadable file, or one over 16 MiB is one error.
LoadResult load_article_file(const std::string& path, const ClientInfo& client,
                             const LoadOptions& options = {});

// The same for text already in memory (HTTP batch upload, fuzzers): `path`
// names the source in errors and decides the kind.
LoadResult load_article_text(std::string_view text, const std::string& path,
                             const ClientInfo& client, const LoadOptions& options = {});

// One article given as a JSON value (HTTP PUT); its body is Markdown. The
// error, if any, is the first problem found, at `where` (file and line as
// given, field set).
Result<Document> document_from_json(const nlohmann::json& article, const ClientInfo& client,
                                    const Location& where, const LoadOptions& options = {});

}  // namespace kb
