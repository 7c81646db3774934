// Plain text and steps of a Markdown body, read with cmark-gfm (tables,
// strikethrough and autolinks on).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kb {

struct MarkdownText {
  // The body without markup: one line per paragraph, heading, list item,
  // table row and code line; link and image text kept, raw HTML dropped.
  // The Steps list (below) is left out.
  std::string text;
  // Each item's plain text, in order, of the first numbered list that comes
  // after a top-level heading named Steps (see steps_heading.h) and before
  // the next heading. Empty when there is none.
  std::vector<std::string> steps;
  uint32_t steps_heading_line = 0;  // 1-based line in the Markdown; 0 = no steps
};

// Never fails: any input is some Markdown. Thread-safe.
MarkdownText read_markdown(std::string_view markdown);

}  // namespace kb
