// Where the top-level keys of a JSON object are in its source text, since
// nlohmann/json keeps no positions: lets field errors in .json files point
// at the key's line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kb {

struct JsonKeyLine {
  std::string key;                   // as written between the quotes (escapes not decoded)
  uint32_t line = 0;                 // 1-based in the scanned text
  std::vector<uint32_t> item_lines;  // when the value is an array: the line of each item
};

// The keys of the outermost object in `json`, in order (repeats included).
// Meant for text that nlohmann/json has already parsed; on other text it
// returns what it found and never reads out of bounds.
std::vector<JsonKeyLine> scan_json_key_lines(std::string_view json);

// The line of top-level key `key` in `json`, or 1 when it is not there.
uint32_t json_key_line(std::string_view json, std::string_view key);

}  // namespace kb
