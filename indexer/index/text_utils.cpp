#include "indexer/index/text_utils.h"

namespace kb {

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string primary_language(std::string_view tag) {
  return to_lower_ascii(tag.substr(0, tag.find('-')));
}

std::string filter_value(std::string_view value) {
  const auto first = value.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  const auto last = value.find_last_not_of(" \t\n\r");
  return to_lower_ascii(value.substr(first, last - first + 1));
}

}  // namespace kb
