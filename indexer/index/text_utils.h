// Small string helpers for filter values, shared by the writer (which
// stores them) and the searcher (which looks them up), so both agree.
#pragma once

#include <string>
#include <string_view>

namespace kb {

// How a product, tag or type value is stored as a boolean term: trimmed and
// ASCII lower-cased, so "Prepaid" and "prepaid " filter alike.
std::string filter_value(std::string_view value);

}  // namespace kb
