// PlainTextBuilder: collects the plain text of a Markdown or HTML body.
// Runs of white space become one space, block ends become one line break,
// and there are never empty lines or spaces at either end of a line.
#pragma once

#include <string>
#include <string_view>

namespace kb {

class PlainTextBuilder {
 public:
  // Appends text; ASCII white space inside it collapses to single spaces.
  void add_text(std::string_view text);
  // A word break: one space before the next text, unless a line break comes first.
  void add_space();
  // Ends the current line, if it has anything on it.
  void add_line_break();

  // The text so far, without trailing white space. Leaves the builder empty.
  std::string take();

 private:
  enum class Pending { kNone, kSpace, kLineBreak };
  std::string out_;
  Pending pending_ = Pending::kNone;
};

// `text` collapsed to one line: every run of white space becomes one space.
std::string collapse_white_space(std::string_view text);

}  // namespace kb
