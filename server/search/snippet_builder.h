// SnippetBuilder: the passage of an article that best covers the query,
// as HTML: every query word wrapped in <mark>...</mark>, everything else
// escaped. Matches are found with the Analyzer's terms and cut at its byte
// offsets, so stemmed and normalized forms (Hindi suffixes, nukta variants,
// Thai words) are highlighted too, and a cut never splits a character.
//
// A guide step that covers the query better than any passage of the body is
// shown instead, as "N. step text".
//
// Thread safety: holds a reference to an Analyzer, so one per thread.
#pragma once

#include <string>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/document/document.h"

namespace kb {

struct SnippetOptions {
  size_t max_chars = 200;  // visible characters (grapheme clusters), ellipses not counted
  // Only the first this many bytes of a body are searched for the passage,
  // so one huge article cannot slow every search it appears in.
  size_t max_scan_bytes = 64 * 1024;
};

class SnippetBuilder {
 public:
  SnippetBuilder(const Analyzer& analyzer, SnippetOptions options)
      : analyzer_(analyzer), options_(options) {}

  // `terms`: the query's index terms (QueryPlan::terms). With no match in
  // the body or steps, the beginning of the body. `text_words`: the words of
  // doc.text as the index stored them (load_stored_fields); when empty,
  // the text is segmented here.
  std::string build(const Document& doc, const std::vector<std::string>& terms,
                    const std::vector<WordSpan>& text_words = {}) const;

 private:
  const Analyzer& analyzer_;
  SnippetOptions options_;
};

// Appends `text` to `out` with & < > " ' escaped for HTML and line breaks
// and tabs turned into spaces.
void append_escaped_html(std::string_view text, std::string* out);

}  // namespace kb
