// Articles written as JSON: a .json file holds one article object, a .jsonl
// file one per non-blank line, and the HTTP API sends one as a JSON value.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/document/raw_article.h"

namespace kb {

// The fields of an article object. `where` is the article's file and line;
// with `source_text` (the object's JSON text, starting at where.line) each
// field gets the line of its key, and a key given twice is an error. A value
// that is not an object, and strings that are not valid UTF-8, go to
// `errors`; returns false when `article` is not an object.
bool raw_article_from_json(const nlohmann::json& article, const Location& where,
                           std::string_view source_text, RawArticle* raw,
                           std::vector<Status>* errors);

// Deepest nesting of objects and arrays an article's JSON may have. An
// article needs 2 (an object holding lists); more is refused before parsing,
// so hostile input cannot make the parser or its values dig deep.
inline constexpr size_t kMaxJsonNesting = 16;

// Ok when `text` nests objects and arrays at most kMaxJsonNesting deep (a
// scan that skips strings, run before any parse; also for HTTP request
// bodies). Else InvalidArgument at the line where the limit is passed,
// counted from `where.line`.
Status check_json_nesting(std::string_view text, const Location& where);

// Parses `text` (one JSON article starting at `first_line` of `file`).
// Nesting past kMaxJsonNesting or a syntax error goes to `errors`, at its line, and the result is false.
bool read_json_article(std::string_view text, const std::string& file, uint32_t first_line,
                       RawArticle* article, std::vector<Status>* errors);

// The error for a JSON syntax error in `text` (which starts at `first_line`
// of `file`): at the line of the offending byte, without nlohmann's prefix.
Status json_syntax_error(const nlohmann::json::parse_error& error, std::string_view text,
                         const std::string& file, uint32_t first_line);

// One article of a JSON Lines file, with the problems found in its line.
struct JsonLine {
  RawArticle article;
  bool read = false;  // false: the line is not valid UTF-8 or not JSON
  std::vector<Status> errors;
};

// One entry per non-blank line of a JSON Lines file, each at its line; a bad
// line does not stop the others.
std::vector<JsonLine> read_json_lines(std::string_view text, const std::string& file);

}  // namespace kb
