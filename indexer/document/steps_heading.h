// Which headings introduce a guide's numbered steps. A numbered list under
// such a heading (Markdown or HTML) becomes Document::steps.
#pragma once

#include <string_view>

namespace kb {

// True when `heading_text` (plain text of a heading) names the steps in one
// of the corpus languages: "Steps", "चरण", "ধাপ", "ধাপসমূহ", "படிகள்",
// "ขั้นตอน". Case-insensitive; the name may be followed by ':' or more words
// ("Steps to fix"). Thread-safe.
bool is_steps_heading(std::string_view heading_text);

}  // namespace kb
