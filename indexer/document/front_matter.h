// YAML front matter of a Markdown article: the block between a '---' line at
// the very top of the file and the next '---' line, read with yaml-cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/document/raw_article.h"

namespace kb {

struct FrontMatterSplit {
  std::string_view yaml;  // between the two '---' lines
  uint32_t yaml_first_line = 2;
  std::string_view body;  // the rest of the file, from the first non-blank line
  uint32_t body_first_line = 0;
};

// Splits a Markdown article (BOM already removed). Errors, at `file`: no
// front matter (line 1), or no closing '---' line.
Result<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& file);

// Reads the YAML mapping into article->fields, one per key, with the line of
// the key in the file. Scalars become strings (a date like 2026-05-01 too),
// sequences lists, null and mappings "other" values for the validator to
// reject. YAML syntax errors and keys that are not plain strings go to
// `errors`; returns false when nothing can be read. Thread-safe.
bool read_front_matter(const FrontMatterSplit& split, RawArticle* article,
                       std::vector<Status>* errors);

}  // namespace kb
