#include "indexer/document/plain_text_builder.h"

namespace kb {

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

void PlainTextBuilder::add_text(std::string_view text) {
  for (char c : text) {
    if (is_ascii_space(c)) {
      add_space();
      continue;
    }
    if (!out_.empty()) {
      if (pending_ == Pending::kLineBreak) out_ += '\n';
      if (pending_ == Pending::kSpace) out_ += ' ';
    }
    pending_ = Pending::kNone;
    out_ += c;
  }
}

void PlainTextBuilder::add_space() {
  if (pending_ == Pending::kNone) pending_ = Pending::kSpace;
}

void PlainTextBuilder::add_line_break() { pending_ = Pending::kLineBreak; }

std::string PlainTextBuilder::take() {
  std::string out = std::move(out_);
  out_.clear();
  pending_ = Pending::kNone;
  return out;
}

std::string collapse_white_space(std::string_view text) {
  PlainTextBuilder builder;
  builder.add_text(text);
  return builder.take();
}

}  // namespace kb
