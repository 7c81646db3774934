// Helpers for text read from article files: size limit, byte order mark,
// UTF-8 checks, line numbers, and quoting values inside one-line messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/common/result.h"
#include "indexer/common/status.h"

namespace kb {

// Article files larger than this are refused before they are parsed.
inline constexpr size_t kMaxArticleFileBytes = 16 * 1024 * 1024;

// The bytes of a small file: NotFound when it does not exist, IoError when
// it cannot be read, InvalidArgument when it is larger than `max_bytes`.
Result<std::string> read_text_file(const std::string& path, size_t max_bytes);

// `text` without a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view text);

// 1-based line of byte `offset` in `text` (offsets past the end count as the
// last line).
uint32_t line_at(std::string_view text, size_t offset);

// Ok when `text` is valid UTF-8 without NUL bytes (parsers would take a NUL
// for the end of the text); else an invalid-argument error at the line of
// the first bad byte (counted from `where.line`, `text`'s first line).
Status check_text(std::string_view text, const Location& where);

// `value` in single quotes for an error message: control characters and
// line breaks shown as spaces, cut to a readable length.
std::string quote_value(std::string_view value);

// `message` with line breaks and control characters replaced by spaces, so
// every error stays one line.
std::string one_line(std::string_view message);

// Number of Unicode code points in valid UTF-8 `text` (what JSON Schema's
// minLength and maxLength count).
size_t code_point_count(std::string_view text);

}  // namespace kb
