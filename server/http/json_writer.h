// JsonWriter: appends JSON text to a string as it is written, with no
// document tree in between. The query responses (search, suggest, related)
// are written this way: building an nlohmann::json tree and dumping it was
// a seventh of the server's instructions per search request (callgrind).
//
// Strings are escaped as JSON requires; invalid UTF-8 becomes U+FFFD, so
// the text is always valid JSON and valid UTF-8. Doubles are written in
// their shortest round-trip form and always as floats ("2.0", not "2");
// NaN and infinities, which JSON lacks, as null.
//
//   JsonWriter w;
//   w.begin_object().key("hits").begin_array().value(1).end_array().end_object();
//   std::string text = w.take();  // {"hits":[1]}
//
// The caller keeps the nesting right: keys only inside objects, one value
// after each key, every begin ended.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kb::http {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(double d);
  JsonWriter& value(size_t n);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // null when `s` is empty: how the API writes an absent optional string.
  JsonWriter& optional(std::string_view s) { return s.empty() ? null() : value(s); }
  JsonWriter& strings(const std::vector<std::string>& list);  // an array of strings

  // The text written so far; the writer is left empty.
  std::string take();

 private:
  void before_value();  // the comma that separates it from the previous one
  void open(char bracket);
  void close(char bracket);
  void append_escaped(std::string_view s);

  std::string out_;
  // Per open object or array: whether it has a member yet.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace kb::http
