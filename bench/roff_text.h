// Plain text out of a manual page's roff source (man and mdoc macros), split
// by section: what the scale corpus is made of. Not a typesetter: requests
// that only change layout are dropped, escapes become the characters they
// stand for or nothing, macro arguments that carry words are kept.
//
// Pure functions of their input; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kb::bench {

struct ManSection {
  std::string heading;  // as written after .SH / .Sh, e.g. "DESCRIPTION"
  std::string text;     // paragraphs separated by one blank line, lines joined by spaces
};

struct ManPage {
  std::string summary;  // the first (NAME) section after " - ", e.g. "list directory contents"
  std::vector<ManSection> sections;  // in source order, NAME included
};

// Splits `source` (roff, already decompressed) into its sections.
ManPage parse_man_page(std::string_view source);

// The text of one roff text line: escapes replaced (\fB dropped, \- -> "-",
// \(aq -> "'", \e -> "\", ...), a trailing \" comment cut.
std::string roff_line_text(std::string_view line);

}  // namespace kb::bench
