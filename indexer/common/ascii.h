// ASCII letters and digits, and lower-casing that leaves every other byte
// as it is: for tag names, file extensions, language tags and filter values,
// and for words whose folding is known to be just that (WordFolder on ASCII).
#pragma once

#include <string>
#include <string_view>

namespace kb {

inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace kb
