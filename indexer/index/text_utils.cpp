#include "indexer/index/text_utils.h"

#include "indexer/common/ascii.h"

namespace kb {

std::string filter_value(std::string_view value) {
  const auto first = value.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  const auto last = value.find_last_not_of(" \t\n\r");
  return ascii_lower(value.substr(first, last - first + 1));
}

}  // namespace kb
