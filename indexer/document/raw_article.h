// RawArticle: one article's fields as read from a file (front matter, JSON,
// HTML meta tags) or a JSON value, before validation. Every reader produces
// one, so the schema rules live in one place (article_validator.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "indexer/common/status.h"

namespace kb {

// A value as the source gave it: a string, a list, or something else whose
// kind is kept only to say what it is in an error message.
struct RawValue {
  enum class Kind { kString, kList, kOther };
  Kind kind = Kind::kOther;
  std::string text;             // kString: the value; kOther: what it is, e.g. "a number"
  std::vector<RawValue> items;  // kList
  uint32_t line = 0;            // where the value starts in the file; 0 = unknown

  static RawValue string(std::string value, uint32_t line = 0) {
    return {Kind::kString, std::move(value), {}, line};
  }
  static RawValue other(std::string what, uint32_t line = 0) {
    return {Kind::kOther, std::move(what), {}, line};
  }
};

struct RawField {
  std::string name;
  RawValue value;
  uint32_t line = 0;  // line of the field's key in the file; 0 = the article's line
  // Where the value came from when that is not obvious, e.g. "taken from the
  // file name; add <meta name=\"kb:id\">"; appended to its error messages.
  std::string origin;
};

struct RawArticle {
  Location where;                // file and the line the article starts on
  std::vector<RawField> fields;  // in source order; a repeated name is an error
};

}  // namespace kb
