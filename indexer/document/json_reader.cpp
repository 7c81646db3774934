#include "indexer/document/json_reader.h"

#include <map>

#include "indexer/common/utf8.h"
#include "indexer/document/json_key_lines.h"
#include "indexer/document/source_text.h"

namespace kb {

namespace {

using nlohmann::json;

std::string kind_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::binary:
      return "binary data";
    default:
      return "a number";
  }
}

RawValue to_raw_value(const json& value, uint32_t line) {
  if (value.is_string()) return RawValue::string(value.get<std::string>(), line);
  if (!value.is_array()) return RawValue::other(kind_name(value), line);
  RawValue list{RawValue::Kind::kList, "", {}, line};
  for (const json& item : value) {
    list.items.push_back(item.is_string() ? RawValue::string(item.get<std::string>(), line)
                                          : RawValue::other(kind_name(item), line));
  }
  return list;
}

bool all_utf8(const RawValue& value) {
  if (value.kind == RawValue::Kind::kString) return is_valid_utf8(value.text);
  for (const RawValue& item : value.items) {
    if (!all_utf8(item)) return false;
  }
  return true;
}

// The decoded form of a key as scanned from the source (escapes resolved).
std::string decode_key(const std::string& raw) {
  if (raw.find('\\') == std::string::npos) return raw;
  try {
    return json::parse("\"" + raw + "\"").get<std::string>();
  } catch (const json::exception&) {
    return raw;
  }
}

// "parse error at line 2, column 5: syntax error while parsing ..." without
// nlohmann's prefix and position (the Status has the line).
std::string parse_error_message(const json::parse_error& e) {
  std::string what = e.what();
  const size_t column = what.find("column ");
  if (column != std::string::npos) {
    const size_t colon = what.find(": ", column);
    if (colon != std::string::npos) what = what.substr(colon + 2);
  } else if (const size_t bracket = what.find("] "); bracket != std::string::npos) {
    what = what.substr(bracket + 2);
  }
  return one_line("not valid JSON: " + what);
}

}  // namespace

bool raw_article_from_json(const json& article, const Location& where, std::string_view source_text,
                           RawArticle* raw, std::vector<Status>* errors) {
  raw->where = where;
  raw->where.field.clear();
  raw->fields.clear();
  if (!article.is_object()) {
    errors->push_back(Status::invalid_argument(
        "an article must be a JSON object {\"id\": ..., \"title\": ...}, not " + kind_name(article),
        raw->where));
    return false;
  }
  // Lines of the keys, and the keys given twice (nlohmann keeps only the last).
  std::map<std::string, JsonKeyLine> lines;
  if (!source_text.empty()) {
    for (JsonKeyLine& key : scan_json_key_lines(source_text)) {
      const std::string name = decode_key(key.key);
      key.line += where.line - 1;
      for (uint32_t& line : key.item_lines) line += where.line - 1;
      if (auto first = lines.find(name); first != lines.end()) {
        errors->push_back(Status::invalid_argument(
            "given twice (also at line " + std::to_string(first->second.line) + "); keep one",
            {where.file, key.line, one_line(name)}));
        continue;
      }
      lines.emplace(name, std::move(key));
    }
  }
  for (const auto& [name, value] : article.items()) {
    const auto key = lines.find(name);
    const uint32_t line = key == lines.end() ? where.line : key->second.line;
    RawField field{name, to_raw_value(value, line), line};
    if (key != lines.end() && field.value.items.size() == key->second.item_lines.size()) {
      for (size_t i = 0; i < field.value.items.size(); ++i) {
        field.value.items[i].line = key->second.item_lines[i];
      }
    }
    if (!is_valid_utf8(name) || !all_utf8(field.value)) {
      errors->push_back(Status::invalid_argument(
          "is not valid UTF-8 text", {where.file, line, is_valid_utf8(name) ? name : ""}));
      continue;
    }
    raw->fields.push_back(std::move(field));
  }
  return true;
}

Status json_syntax_error(const json::parse_error& error, std::string_view text,
                         const std::string& file, uint32_t first_line) {
  const size_t offset = error.byte == 0 ? 0 : error.byte - 1;
  return Status::invalid_argument(parse_error_message(error),
                                  {file, first_line + line_at(text, offset) - 1, ""});
}

Status check_json_nesting(std::string_view text, const Location& where) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonNesting) {
        return Status::invalid_argument(
            "objects and arrays are nested more than " + std::to_string(kMaxJsonNesting) +
                " levels deep; an article is one object of strings and lists of strings",
            {where.file, where.line + line_at(text, i) - 1, where.field});
      }
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return Status::ok();
}

bool read_json_article(std::string_view text, const std::string& file, uint32_t first_line,
                       RawArticle* article, std::vector<Status>* errors) {
  if (Status nesting = check_json_nesting(text, {file, first_line, ""}); !nesting.is_ok()) {
    errors->push_back(std::move(nesting));
    return false;
  }
  json value;
  try {
    value = json::parse(text);
  } catch (const json::parse_error& e) {
    errors->push_back(json_syntax_error(e, text, file, first_line));
    return false;
  } catch (const json::exception& e) {
    errors->push_back(Status::invalid_argument(one_line(std::string("not valid JSON: ") + e.what()),
                                               {file, first_line, ""}));
    return false;
  }
  return raw_article_from_json(value, {file, first_line, ""}, text, article, errors);
}

std::vector<JsonLine> read_json_lines(std::string_view text, const std::string& file) {
  std::vector<JsonLine> lines;
  uint32_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = text.find('\n', pos);
    const std::string_view line =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    JsonLine& entry = lines.emplace_back();
    entry.article.where = {file, line_number, ""};
    if (Status utf8 = check_text(line, {file, line_number, ""}); !utf8.is_ok()) {
      entry.errors.push_back(std::move(utf8));
      continue;
    }
    entry.read = read_json_article(line, file, line_number, &entry.article, &entry.errors);
  }
  return lines;
}

}  // namespace kb
