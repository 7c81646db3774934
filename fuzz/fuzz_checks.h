// What each libFuzzer target checks, as plain functions: the targets in this
// folder call them on generated inputs, and tests/fuzz/ replays the inputs
// kept under tests/fuzz/inputs/ (crashes found, and hostile samples) through
// the same functions in the normal test build.
//
// Each returns "" when the input was handled as the contract says, else what
// went wrong. A crash or sanitizer report is a failure too, of course.
// Thread safety: as the Analyzer and Searcher passed in (one thread each).
#pragma once

#include <string>
#include <string_view>

#include "indexer/analysis/analyzer.h"
#include "server/search/searcher.h"

namespace kb::fuzz {

// The loader on `bytes` as the file `path` (its extension is the kind).
// Every accepted article must be valid UTF-8 with an id.
std::string check_loader(std::string_view bytes, const std::string& path);

// The analyzer on bytes[1:], language picked by bytes[0]. Token offsets must
// lie inside the text, in order, with non-empty valid UTF-8 terms.
std::string check_analyzer(const Analyzer& analyzer, std::string_view bytes);

// A search of bytes[1:] in one of the sample corpus's clients (or an unknown
// one), hint and page picked by bytes[0]. Only ok, InvalidArgument and
// NotFound are allowed answers.
std::string check_query(Searcher& searcher, std::string_view bytes);

}  // namespace kb::fuzz
