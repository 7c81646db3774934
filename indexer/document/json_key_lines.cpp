#include "indexer/document/json_key_lines.h"

namespace kb {

namespace {

// A minimal tokenizer: only strings, brackets and line breaks matter here.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<JsonKeyLine> run() {
    std::vector<JsonKeyLine> keys;
    int depth = 0;
    bool expect_key = false;
    bool in_key_array = false;  // inside the array value of a top-level key
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      const uint32_t line = line_;
      if (c == '\n') ++line_;
      if (c == '"') {
        const std::string_view s = read_string();
        if (depth == 1 && expect_key) {
          keys.push_back({std::string(s), line, {}});
          expect_key = false;
        } else if (depth == 2 && in_key_array) {
          keys.back().item_lines.push_back(line);
        }
        continue;
      }
      ++pos_;
      switch (c) {
        case '{':
        case '[':
          if (depth == 2 && in_key_array) keys.back().item_lines.push_back(line);
          ++depth;
          if (depth == 1) expect_key = c == '{';
          if (depth == 2 && !keys.empty() && c == '[') in_key_array = true;
          break;
        case '}':
        case ']':
          --depth;
          if (depth <= 1) in_key_array = false;
          if (depth <= 0) return keys;
          break;
        case ',':
          if (depth == 1) expect_key = true;
          break;
        default:
          if (depth == 2 && in_key_array && c != ' ' && c != '\t' && c != '\r' && c != '\n' &&
              (pos_ < 2 || is_value_start(text_[pos_ - 2]))) {
            keys.back().item_lines.push_back(line);
          }
          break;
      }
    }
    return keys;
  }

 private:
  // The previous significant character allows a value to start here.
  static bool is_value_start(char before) {
    return before == '[' || before == ',' || before == ' ' || before == '\t' || before == '\n' ||
           before == '\r';
  }

  // Reads a string starting at the opening quote; returns its raw contents.
  std::string_view read_string() {
    const size_t begin = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') ++pos_;
      ++pos_;
    }
    const std::string_view s = text_.substr(begin, std::min(pos_, text_.size()) - begin);
    ++pos_;
    return s;
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
};

}  // namespace

std::vector<JsonKeyLine> scan_json_key_lines(std::string_view json) { return Scanner(json).run(); }

uint32_t json_key_line(std::string_view json, std::string_view key) {
  for (const JsonKeyLine& k : scan_json_key_lines(json)) {
    if (k.key == key) return k.line;
  }
  return 1;
}

}  // namespace kb
