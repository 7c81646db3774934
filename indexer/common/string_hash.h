// StringHash: a hash for unordered containers of std::string that can be
// searched by std::string_view, so a lookup allocates nothing. Use with
// std::equal_to<>.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace kb {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace kb
