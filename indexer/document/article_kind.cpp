#include "indexer/document/article_kind.h"

#include <string>

#include "indexer/common/ascii.h"

namespace kb {

namespace {

struct KindByExtension {
  std::string_view extension;
  ArticleKind kind;
};

constexpr KindByExtension kKinds[] = {
    {".md", ArticleKind::kMarkdown},     {".json", ArticleKind::kJson},
    {".jsonl", ArticleKind::kJsonLines}, {".html", ArticleKind::kHtml},
    {".htm", ArticleKind::kHtml},
};

}  // namespace

std::optional<ArticleKind> article_kind_of(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  const std::string extension = ascii_lower(name.substr(dot));
  for (const KindByExtension& k : kKinds) {
    if (k.extension == extension) return k.kind;
  }
  return std::nullopt;
}

std::string_view article_extensions_text() { return "'.md', '.json', '.jsonl', '.html' or '.htm'"; }

}  // namespace kb
