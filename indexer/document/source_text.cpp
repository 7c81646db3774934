#include "indexer/document/source_text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/common/utf8.h"

namespace kb {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxQuotedBytes = 80;

}  // namespace

Result<std::string> read_text_file(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) {
    if (ec == std::errc::no_such_file_or_directory)
      return Status::not_found("no such file", {path, 0, ""});
    return Status::io_error(one_line("cannot read: " + ec.message()), {path, 0, ""});
  }
  if (size > max_bytes) {
    return Status::invalid_argument("the file is " + std::to_string(size) + " bytes; at most " +
                                        std::to_string(max_bytes) + " are allowed",
                                    {path, 1, ""});
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  if (in.is_open()) content << in.rdbuf();
  if (!in.is_open() || in.bad()) return Status::io_error("cannot read the file", {path, 0, ""});
  return content.str();
}

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  return text;
}

uint32_t line_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

Status check_text(std::string_view text, const Location& where) {
  size_t bad = 0;
  const size_t nul = text.find('\0');
  const bool utf8 = is_valid_utf8(text.substr(0, nul), &bad);
  if (utf8 && nul == std::string_view::npos) return Status::ok();
  if (utf8) bad = nul;
  const size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
  const size_t column =
      line_start == std::string_view::npos || bad == 0 ? bad + 1 : bad - line_start;
  Location at = where;
  at.line = (where.line == 0 ? 1 : where.line) + line_at(text, bad) - 1;
  if (utf8) {
    return Status::invalid_argument(
        "a NUL byte (byte " + std::to_string(column) + " of the line); article files are text",
        std::move(at));
  }
  return Status::invalid_argument(
      "invalid UTF-8 (byte " + std::to_string(column) + " of the line); save the file as UTF-8",
      std::move(at));
}

std::string one_line(std::string_view message) {
  std::string out(message);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

std::string quote_value(std::string_view value) {
  std::string shown;
  if (value.size() <= kMaxQuotedBytes) {
    shown = one_line(value);
  } else {
    size_t cut = kMaxQuotedBytes;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    shown = one_line(value.substr(0, cut)) + "...";
  }
  return "'" + shown + "'";
}

size_t code_point_count(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace kb
