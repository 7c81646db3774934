// Articles written as HTML pages, read with gumbo. The stored body is the
// page's text; the HTML itself is not kept.
//
//   title       <title>, else the first <h1>
//   body, text  the text of <body> without script, style, noscript and
//               template; block elements end lines, white space collapsed
//   steps       the first <ol> after a heading (h1-h6) named Steps (see
//               steps_heading.h), left out of the text
//   language    <html lang>
//   id          <meta name="kb:id" content>, else the file name without extension
//   type, product, url, updated_at   <meta name="kb:type" ...> and so on
//   tags        <meta name="kb:tags" content="a, b">
// Any other kb: meta name is an error (the schema allows no other fields).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/document/raw_article.h"

namespace kb {

// Reads the page (valid UTF-8, BOM removed) from `file` into `article`;
// problems go to `errors`. HTML has no syntax errors, but a page nesting
// elements deeper than kMaxHtmlNesting (html_nesting.h) is refused unread.
// Thread-safe.
// Returns false when the page was not read.
bool read_html_article(std::string_view html, const std::string& file, RawArticle* article,
                       std::vector<Status>* errors);

}  // namespace kb
