// AnalyzedFields: the Analyzer's tokens of each searchable field of one
// article. A field is analyzed once for everything indexing makes of it:
// postings, suggestion terms, the transliteration lexicon, stored words.
#pragma once

#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/document/document.h"

namespace kb {

struct AnalyzedFields {
  std::vector<Token> title;
  std::vector<std::vector<Token>> tags;   // one per tag, in order
  std::vector<std::vector<Token>> steps;  // one per step, in order
  std::vector<Token> text;                // the plain text of the body
};

// Every field of `doc`, analyzed in the article's language.
AnalyzedFields analyze_fields(const Analyzer& analyzer, const Document& doc);

}  // namespace kb
