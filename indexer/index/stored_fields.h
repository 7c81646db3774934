// The display fields of an article, stored in the Xapian document data in
// a small binary layout (stored_fields.cpp): what a search hit and
// GET /documents/{id} show without reading the corpus again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/word_span.h"
#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb {

// Every field of `doc` except its body as written (kept in the
// kSlotBody value, see index_format.h) and its source location, and
// `text_words`: the words of doc.text when segmenting it needs ICU's
// iterator (Analyzer::needs_iterator), so that snippets need not segment
// it again; empty for other texts.
std::string encode_stored_fields(const Document& doc,
                                 const std::vector<WordSpan>& text_words = {});

// The inverse, with `body` left empty, and the words into `*text_words`
// when given; Corruption when `data` is not what encode_stored_fields wrote.
Result<Document> decode_stored_fields(std::string_view data,
                                      std::vector<WordSpan>* text_words = nullptr);

}  // namespace kb
