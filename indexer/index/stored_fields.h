// The display fields of an article as its Xapian document keeps them: what a
// search hit and GET /documents/{id} show without reading the corpus again.
// Two values (index_format.h): kSlotFields holds the small fields, the plain
// text and its words as ICU segments it, in a small binary layout
// (stored_fields.cpp); kSlotBody the body as written, read only by those who
// need it. Values, not the document data, because Xapian compresses the data
// with zlib and values not: inflating it for every hit cost 11% of a search
// at 10k articles, more than the disk it saves is worth.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/word_span.h"
#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb {

// Writes `doc`, but for its source location, into `xdoc`'s data and values,
// with `text_words`: the words of doc.text (its tokens' spans), so that
// snippets need not segment it again.
void store_fields(const Document& doc, const std::vector<WordSpan>& text_words,
                  Xapian::Document* xdoc);

// Which of the large fields load_stored_fields reads as well.
struct StoredParts {
  bool text = false;  // and its words
  bool body = false;
};

// What store_fields wrote, the text and body left empty unless `parts`
// asks for them, and the text's words into `*text_words` when given (with
// the text); Corruption when the data is not what store_fields writes.
Result<Document> load_stored_fields(const Xapian::Document& xdoc, StoredParts parts,
                                    std::vector<WordSpan>* text_words = nullptr);

// The kSlotFields value store_fields writes for `doc`: every field but the
// body.
std::string encode_stored_fields(const Document& doc,
                                 const std::vector<WordSpan>& text_words = {});

}  // namespace kb
