// A guard in front of gumbo: gumbo 0.10 slows down steeply with element
// nesting depth (measured: 20,000 unclosed <div>s, a 100 kB page, take 10 s;
// a megabyte of unclosed <b>s exhausts memory). This cheap scan estimates
// the depth so that such a page is refused before it is parsed.
#pragma once

#include <cstddef>
#include <string_view>

namespace kb {

// Pages nesting deeper than this are refused; real articles stay far below.
inline constexpr size_t kMaxHtmlNesting = 512;

struct HtmlNesting {
  size_t depth = 0;   // deepest nesting seen, up to the first place over the limit
  size_t offset = 0;  // byte offset of the tag that went deepest
};

// Counts open elements, as a browser would nest them, closely enough to
// bound gumbo's work: void elements, self-closing tags and elements whose
// end tag is optional (p, li, td ...) do not nest; an end tag closes the
// nearest open element of its name and everything inside it; comments and
// the contents of script, style and similar elements are skipped. Stops
// counting once the depth passes `limit`. Never reads out of bounds.
HtmlNesting html_nesting(std::string_view html, size_t limit = kMaxHtmlNesting);

}  // namespace kb
