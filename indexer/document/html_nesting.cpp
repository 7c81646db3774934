#include "indexer/document/html_nesting.h"

#include <algorithm>
#include <string>
#include <vector>

#include "indexer/common/ascii.h"

namespace kb {

namespace {

// Elements that never have children, or whose end tag may be left out so
// that a run of them stays at one level.
constexpr std::string_view kFlatElements[] = {
    "area", "base",  "br",     "col",   "embed",    "hr",       "img",  "input", "link",
    "meta", "param", "source", "track", "wbr",      "keygen",   "p",    "li",    "dt",
    "dd",   "tr",    "td",     "th",    "option",   "optgroup", "rb",   "rt",    "rp",
    "rtc",  "thead", "tbody",  "tfoot", "colgroup", "caption",  "html", "head",  "body",
};

// Elements whose contents are text up to their end tag.
constexpr std::string_view kRawTextElements[] = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <size_t N>
bool contains(const std::string_view (&names)[N], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

class Scanner {
 public:
  explicit Scanner(std::string_view html) : s_(html) {}

  HtmlNesting run(size_t limit) {
    HtmlNesting result;
    std::vector<std::string> open;
    while ((pos_ = s_.find('<', pos_)) != std::string_view::npos) {
      const size_t tag_start = pos_;
      if (s_.substr(pos_, 4) == "<!--") {
        skip_past("-->", pos_ + 4);
      } else if (next_is('!') || next_is('?')) {
        skip_past(">", pos_ + 1);
      } else if (next_is('/') && pos_ + 2 < s_.size() && is_letter(s_[pos_ + 2])) {
        pos_ += 2;
        const std::string name = read_name();
        skip_tag_rest();
        const auto it = std::find(open.rbegin(), open.rend(), name);
        if (it != open.rend()) open.erase(std::next(it).base(), open.end());
      } else if (pos_ + 1 < s_.size() && is_letter(s_[pos_ + 1])) {
        ++pos_;
        const std::string name = read_name();
        const bool self_closing = skip_tag_rest();
        if (contains(kRawTextElements, name)) {
          skip_raw_text(name);
        } else if (!self_closing && !contains(kFlatElements, name)) {
          open.push_back(name);
          if (open.size() > result.depth) result = {open.size(), tag_start};
          if (result.depth > limit) return result;
        }
      } else {
        ++pos_;
      }
    }
    return result;
  }

 private:
  bool next_is(char c) const { return pos_ + 1 < s_.size() && s_[pos_ + 1] == c; }

  void skip_past(std::string_view end, size_t from) {
    const size_t found = s_.find(end, std::min(from, s_.size()));
    pos_ = found == std::string_view::npos ? s_.size() : found + end.size();
  }

  std::string read_name() {
    std::string name;
    while (pos_ < s_.size() && s_[pos_] != '>' && s_[pos_] != '/' && s_[pos_] != ' ' &&
           s_[pos_] != '\t' && s_[pos_] != '\n' && s_[pos_] != '\r' && s_[pos_] != '\f') {
      name += ascii_lower(s_[pos_++]);
    }
    return name;
  }

  // Moves past the tag's '>' (quoted attribute values may hold one); true
  // when the tag ends with "/>".
  bool skip_tag_rest() {
    char quote = 0;
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return pos_ >= 2 && s_[pos_ - 2] == '/';
      }
    }
    return false;
  }

  void skip_raw_text(const std::string& name) {
    while ((pos_ = s_.find("</", pos_)) != std::string_view::npos) {
      pos_ += 2;
      if (ascii_lower(s_.substr(pos_, name.size())) == name) {
        skip_tag_rest();
        return;
      }
    }
    pos_ = s_.size();
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

HtmlNesting html_nesting(std::string_view html, size_t limit) { return Scanner(html).run(limit); }

}  // namespace kb
