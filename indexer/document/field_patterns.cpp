#include "indexer/document/field_patterns.h"

namespace kb {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || is_digit(c); }

// ECMA-262 WhiteSpace and LineTerminator code points (what \s matches).
bool is_ecma_space(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

// Decodes one code point of valid UTF-8 at *pos and moves past it.
char32_t next_code_point(std::string_view s, size_t* pos) {
  const auto lead = static_cast<unsigned char>(s[*pos]);
  const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t cp = len == 1   ? lead
                : len == 2 ? (lead & 0x1F)
                : len == 3 ? (lead & 0x0F)
                           : (lead & 0x07);
  for (size_t k = 1; k < len && *pos + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[*pos + k]) & 0x3F);
  }
  *pos += len;
  return cp;
}

// Consumes exactly `n` ASCII digits.
bool digits(std::string_view s, size_t* pos, size_t n) {
  for (size_t i = 0; i < n; ++i, ++*pos) {
    if (*pos >= s.size() || !is_digit(s[*pos])) return false;
  }
  return true;
}

bool literal(std::string_view s, size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

int two_digit_value(std::string_view s, size_t pos) {
  return (s[pos] - '0') * 10 + (s[pos + 1] - '0');
}

}  // namespace

bool matches_id_pattern(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!is_alpha(c) && !is_digit(c) && c != '.' && c != '_' && c != ':' && c != '-') return false;
  }
  return true;
}

bool matches_client_pattern(std::string_view client) {
  if (client.empty() || !is_lower_or_digit(client[0])) return false;
  for (char c : client) {
    if (!is_lower_or_digit(c) && c != '_' && c != '-') return false;
  }
  return true;
}

bool matches_language_pattern(std::string_view language) {
  size_t i = 0;
  while (i < language.size() && is_alpha(language[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < language.size()) {
    if (language[i] != '-') return false;
    const size_t begin = ++i;
    while (i < language.size() && (is_alpha(language[i]) || is_digit(language[i]))) ++i;
    if (i - begin < 2 || i - begin > 8) return false;
  }
  return true;
}

bool is_article_type(std::string_view type) {
  return type == "faq" || type == "guide" || type == "policy";
}

bool matches_url_pattern(std::string_view url) {
  size_t pos;
  if (url.substr(0, 7) == "http://") {
    pos = 7;
  } else if (url.substr(0, 8) == "https://") {
    pos = 8;
  } else if (url.substr(0, 1) == "/") {
    pos = 1;
  } else {
    return false;
  }
  while (pos < url.size()) {
    if (is_ecma_space(next_code_point(url, &pos))) return false;
  }
  return true;
}

bool matches_date_pattern(std::string_view s) {
  size_t pos = 0;
  if (!digits(s, &pos, 4) || !literal(s, &pos, '-') || !digits(s, &pos, 2)) return false;
  const int month = two_digit_value(s, pos - 2);
  if (month < 1 || month > 12) return false;
  if (!literal(s, &pos, '-') || !digits(s, &pos, 2)) return false;
  const int day = two_digit_value(s, pos - 2);
  if (day < 1 || day > 31) return false;
  if (pos == s.size()) return true;
  // Time of day: the pattern checks only the digits' places, not their range.
  if (!literal(s, &pos, 'T') || !digits(s, &pos, 2) || !literal(s, &pos, ':') ||
      !digits(s, &pos, 2)) {
    return false;
  }
  if (literal(s, &pos, ':')) {
    if (!digits(s, &pos, 2)) return false;
    if (literal(s, &pos, '.')) {
      if (!digits(s, &pos, 1)) return false;
      while (pos < s.size() && is_digit(s[pos])) ++pos;
    }
  }
  if (pos == s.size()) return true;
  if (literal(s, &pos, 'Z')) return pos == s.size();
  if (s[pos] != '+' && s[pos] != '-') return false;
  ++pos;
  return digits(s, &pos, 2) && literal(s, &pos, ':') && digits(s, &pos, 2) && pos == s.size();
}

}  // namespace kb
