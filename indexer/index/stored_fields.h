// The display fields of an article, stored in the Xapian document data in
// a small binary layout (stored_fields.cpp): what a search hit and
// GET /documents/{id} show without reading the corpus again.
#pragma once

#include <string>
#include <string_view>

#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb {

// Every field of `doc` except its body as written (kept in the
// kSlotBody value, see index_format.h) and its source location.
std::string encode_stored_fields(const Document& doc);

// The inverse, with `body` left empty; Corruption when `data` is not what
// encode_stored_fields wrote.
Result<Document> decode_stored_fields(std::string_view data);

}  // namespace kb
