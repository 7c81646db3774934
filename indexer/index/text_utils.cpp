#include "indexer/index/text_utils.h"

#include "indexer/common/ascii.h"
#include "indexer/index/content_hash.h"

namespace kb {

std::string bounded_term(std::string_view prefix, std::string_view name) {
  constexpr size_t kMaxNameBytes = 200;
  if (name.size() <= kMaxNameBytes) return std::string(prefix).append(name);
  return std::string(prefix) + "#" + ContentHash().add(name).hex();
}

std::string filter_term(std::string_view prefix, std::string_view value) {
  const auto first = value.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return std::string(prefix);
  const auto last = value.find_last_not_of(" \t\n\r");
  return bounded_term(prefix, ascii_lower(value.substr(first, last - first + 1)));
}

}  // namespace kb
