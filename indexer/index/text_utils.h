// Small string helpers for terms that name things (filter values, source
// files), shared by the writer (which stores them) and the searcher (which
// looks them up), so both agree.
#pragma once

#include <string>
#include <string_view>

namespace kb {

// `prefix` + `name`, or `prefix` + "#" + the hash of `name` when `name` is
// longer than 200 bytes: Xapian refuses terms over 245 bytes, and a
// 100-letter Hindi tag is 300.
std::string bounded_term(std::string_view prefix, std::string_view name);

// The boolean term of a product, tag or type value under `prefix`: the
// value trimmed and ASCII lower-cased, so "Prepaid" and "prepaid " filter
// alike, and bounded (bounded_term).
std::string filter_term(std::string_view prefix, std::string_view value);

}  // namespace kb
