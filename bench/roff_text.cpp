#include "bench/roff_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kb::bench {

namespace {

// Special characters (\(xx and \[xx]) worth keeping; any other becomes nothing.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kSpecialChars{{
    {"aq", "'"}, {"dq", "\""}, {"lq", "\""}, {"rq", "\""}, {"oq", "'"}, {"cq", "'"},
    {"em", "-"}, {"en", "-"}, {"hy", "-"}, {"mi", "-"}, {"bu", "-"}, {"co", "(c)"},
    {"rg", "(R)"}, {"tm", "(TM)"}, {"ti", "~"}, {"ha", "^"}, {"rs", "\\"}, {"pl", "+"},
}};

std::string_view special_char(std::string_view name) {
  for (const auto& [key, value] : kSpecialChars) {
    if (key == name) return value;
  }
  return {};
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Reads an escape's name at s[i]: "(xx", "[name]" or one character. Returns
// the name and advances i past it.
std::string_view escape_name(std::string_view s, size_t* i) {
  if (*i >= s.size()) return {};
  if (s[*i] == '(') {
    size_t end = std::min(s.size(), *i + 3);
    while (end < s.size() && is_continuation(s[end])) ++end;  // never split a character
    const std::string_view name = s.substr(*i + 1, end - *i - 1);
    *i = end;
    return name;
  }
  if (s[*i] == '[') {
    const size_t end = s.find(']', *i);
    if (end == std::string_view::npos) {
      *i = s.size();
      return {};
    }
    const std::string_view name = s.substr(*i + 1, end - *i - 1);
    *i = end + 1;
    return name;
  }
  const size_t begin = (*i)++;
  while (*i < s.size() && is_continuation(s[*i])) ++*i;
  return s.substr(begin, *i - begin);
}

// Skips a delimited argument such as \h'1i' starting at s[i] (the delimiter).
void skip_delimited(std::string_view s, size_t* i) {
  if (*i >= s.size()) return;
  const size_t end = s.find(s[*i], *i + 1);
  *i = end == std::string_view::npos ? s.size() : end + 1;
}

// The words of a macro line's arguments, quotes removed.
std::vector<std::string> macro_args(std::string_view rest) {
  std::vector<std::string> args;
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
    if (i >= rest.size()) break;
    std::string arg;
    if (rest[i] == '"') {
      ++i;
      while (i < rest.size() && rest[i] != '"') arg += rest[i++];
      ++i;
    } else {
      while (i < rest.size() && rest[i] != ' ' && rest[i] != '\t') arg += rest[i++];
    }
    args.push_back(std::move(arg));
  }
  return args;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < parts.size(); ++i) {
    if (i > from) out += sep;
    out += parts[i];
  }
  return out;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Accumulates paragraphs of the current section.
class SectionText {
 public:
  void add_words(std::string_view words) {
    if (words.find_first_not_of(" \t") == std::string_view::npos) return;
    if (!line_.empty()) line_ += ' ';
    line_ += words;
  }
  void break_paragraph() {
    if (line_.empty()) return;
    if (!text_.empty()) text_ += "\n\n";
    text_ += line_;
    line_.clear();
  }
  std::string take() {
    break_paragraph();
    return std::exchange(text_, {});
  }

 private:
  std::string text_;
  std::string line_;
};

std::string trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

std::string roff_line_text(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (++i >= line.size()) break;
    const char e = line[i++];
    switch (e) {
      case '"':
        return trim(out);
      case '-':
        out += '-';
        break;
      case 'e':
      case '\\':
        out += '\\';
        break;
      case ' ':
      case '~':
      case '0':
        out += ' ';
        break;
      case '`':
        out += '`';
        break;
      case '\'':
        out += '\'';
        break;
      case '.':
        out += '.';
        break;
      case '(':
      case '[':
        --i;
        out += special_char(escape_name(line, &i));
        break;
      case 'f':
      case 'F':
      case 'n':
      case 'g':
      case 'k':
      case 'm':
      case 'M':
      case 'V':
      case 'Y':
      case '*':
        escape_name(line, &i);
        break;
      case 's':
        if (i < line.size() && (line[i] == '+' || line[i] == '-')) ++i;
        if (i < line.size() && (line[i] == '(' || line[i] == '[')) {
          escape_name(line, &i);
        } else {
          while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
        }
        break;
      case 'h':
      case 'v':
      case 'w':
      case 'o':
      case 'l':
      case 'L':
      case 'X':
      case 'D':
      case 'b':
      case 'x':
      case 'Z':
      case 'N':
      case 'A':
      case 'B':
      case 'C':
      case 'R':
        skip_delimited(line, &i);
        break;
      default:
        // A backslash before a non-ASCII character is the character itself;
        // \& \| \^ \% \c \: \/ \, \} \{ and the rest print nothing.
        if (static_cast<unsigned char>(e) >= 0x80) out += e;
        break;
    }
  }
  return out;
}

ManPage parse_man_page(std::string_view source) {
  ManPage page;
  SectionText text;
  bool in_section = false;
  bool heading_on_next_line = false;
  bool in_table_format = false;
  bool skip_until_dots = false;

  auto finish_section = [&] {
    if (in_section) page.sections.back().text = text.take();
  };
  auto start_section = [&](std::string heading) {
    finish_section();
    page.sections.push_back({std::move(heading), {}});
    in_section = true;
  };

  size_t pos = 0;
  while (pos <= source.size()) {
    size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (skip_until_dots) {
      if (line.starts_with("..")) skip_until_dots = false;
      continue;
    }
    const bool is_request = !line.empty() && (line[0] == '.' || line[0] == '\'');
    if (!is_request) {
      if (in_table_format) {
        if (!line.empty() && line.back() == '.') in_table_format = false;
        continue;
      }
      std::string words = roff_line_text(line);
      for (char& c : words) {
        if (c == '\t') c = ' ';
      }
      if (heading_on_next_line) {
        heading_on_next_line = false;
        start_section(trim(words));
      } else if (trim(words).empty()) {
        text.break_paragraph();
      } else {
        text.add_words(words);
      }
      continue;
    }

    std::string_view rest = line.substr(1);
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\t')) rest.remove_prefix(1);
    if (rest.starts_with("\\\"") || rest.empty()) continue;
    const size_t name_end = rest.find_first_of(" \t");
    const std::string_view name = rest.substr(0, name_end);
    const std::string_view arg_text =
        name_end == std::string_view::npos ? std::string_view() : rest.substr(name_end);
    std::vector<std::string> args = macro_args(arg_text);
    for (auto& arg : args) arg = roff_line_text(arg);

    if (name == "SH" || name == "Sh") {
      if (args.empty()) {
        heading_on_next_line = true;
      } else {
        start_section(join(args, " "));
      }
    } else if (name == "SS" || name == "Ss") {
      text.break_paragraph();
      text.add_words(join(args, " "));
      text.break_paragraph();
    } else if (is_one_of(name, {"PP", "LP", "P", "Pp", "TP", "sp", "Bl", "El", "It", "br"})) {
      text.break_paragraph();
      if (name == "It") text.add_words(join(args, " "));
    } else if (name == "IP") {
      text.break_paragraph();
      if (!args.empty() && args[0].size() > 1) text.add_words(args[0]);
    } else if (is_one_of(name, {"BR", "BI", "IB", "IR", "RB", "RI"})) {
      text.add_words(join(args, ""));
    } else if (is_one_of(name, {"B", "I", "SM", "SB", "Nm", "Nd", "Ar", "Cm", "Pa", "Ev", "Va",
                                "Fn", "Fa", "Ft", "Dv", "Er", "Ic", "Li", "Em", "Sy", "Dq", "Sq",
                                "Ql", "Ux", "Ad", "An", "Xr", "Op", "Fo", "UR", "MT"})) {
      text.add_words(join(args, " "));
    } else if (name == "Fl") {
      text.add_words("-" + join(args, " "));
    } else if (name == "TS") {
      in_table_format = true;
    } else if (is_one_of(name, {"de", "de1", "am", "ig"})) {
      skip_until_dots = true;
    }
    // Other requests (.TH, .RS, .nf, .so, .ft, .in, .ta ...) only set layout.
  }
  finish_section();

  // The first section is NAME in every language: "ls - list directory contents".
  if (!page.sections.empty()) {
    const std::string_view t = page.sections.front().text;
    const size_t dash = t.find(" - ");
    if (dash != std::string_view::npos) page.summary = trim(t.substr(dash + 3));
  }
  return page;
}

}  // namespace kb::bench
