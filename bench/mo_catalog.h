// The translated strings of a gettext .mo catalog: where the scale corpus
// finds Hindi, Bengali, Tamil and Thai text (Debian ships no manual pages in
// those languages, but many packages ship their messages translated).
//
// Pure function of its input; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/common/result.h"

namespace kb::bench {

// Every non-empty translation in catalog order (the header entry left out;
// of plural forms the first). InvalidArgument, naming `where`, when `bytes`
// is not a .mo file of either byte order or a table points outside it.
Result<std::vector<std::string>> read_mo_translations(std::string_view bytes,
                                                      const std::string& where);

}  // namespace kb::bench
