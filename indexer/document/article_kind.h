// Which files are articles, and how each kind is read: by file extension.
#pragma once

#include <optional>
#include <string_view>

namespace kb {

enum class ArticleKind {
  kMarkdown,   // .md: YAML front matter, then the Markdown body
  kJson,       // .json: one article object
  kJsonLines,  // .jsonl: one article object per non-blank line
  kHtml,       // .html, .htm: a page, metadata in <meta name="kb:...">
};

// The kind of the file at `path` from its extension (case-insensitive), or
// nullopt when it is not an article file.
std::optional<ArticleKind> article_kind_of(std::string_view path);

// "'.md', '.json', '.jsonl', '.html' or '.htm'", for error messages.
std::string_view article_extensions_text();

}  // namespace kb
