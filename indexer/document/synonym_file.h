// Reading a client's synonyms: corpus/<client>/synonyms.json.
//
//   {"equivalent": [["top up", "recharge"], ["sim", "sim card"]],
//    "one_way": {"mnp": ["port number", "mobile number portability"]}}
//
// "equivalent" groups match each other both ways; a "one_way" key also
// matches its list, not the reverse. Phrases may hold several words and any
// script. Both keys are optional; any other key is an error.
// Thread-safe; throws nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb {

// The rules of client_dir/synonyms.json; none when the file does not exist.
// Errors (invalid JSON or UTF-8, a wrong shape, an empty phrase or one of
// over 200 bytes, a group of fewer than two) name the file, the line and
// the key at fault.
Result<std::vector<SynonymRule>> read_synonyms(const std::string& client_dir);

// The same for the text of such a file; `file` names it in errors.
Result<std::vector<SynonymRule>> parse_synonyms(std::string_view text, const std::string& file);

}  // namespace kb
