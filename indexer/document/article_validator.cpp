#include "indexer/document/article_validator.h"

#include <algorithm>
#include <map>

#include "indexer/document/field_patterns.h"
#include "indexer/document/source_text.h"

namespace kb {

namespace {

// One property of schema/document.schema.json. Keep in step with the schema;
// tests/document/schema_agreement_test.cpp checks that the two agree.
struct FieldSpec {
  std::string_view name;
  bool required;
  bool is_list;                       // an array of strings, else a string
  size_t min_length;                  // code points, of the string or of each item
  size_t max_length;                  // 0 = no limit
  size_t max_items;                   // lists only
  bool (*pattern)(std::string_view);  // nullptr = any string
  std::string_view pattern_help;      // says what to write instead
  std::string Document::*text;
  std::vector<std::string> Document::*list;
};

const FieldSpec kFields[] = {
    {"id", true, false, 1, 200, 0, matches_id_pattern,
     "is not a valid id; use only letters, digits and . _ : -", &Document::id, nullptr},
    {"client", true, false, 1, 64, 0, matches_client_pattern,
     "is not a valid client name; use lower-case letters, digits, _ and -", &Document::client,
     nullptr},
    {"title", true, false, 1, 500, 0, nullptr, "", &Document::title, nullptr},
    {"body", true, false, 1, 1000000, 0, nullptr, "", &Document::body, nullptr},
    // 35: what RFC 5646 (4.4.1) asks implementations to support at least.
    {"language", false, false, 0, 35, 0, matches_language_pattern,
     "is not a BCP-47 language tag; write e.g. en, hi, bn-IN, ta or th", &Document::language,
     nullptr},
    {"type", false, false, 0, 0, 0, is_article_type,
     "is not an article type; use one of faq, guide, policy", &Document::type, nullptr},
    {"product", false, false, 1, 200, 0, nullptr, "", &Document::product, nullptr},
    {"tags", false, true, 1, 100, 50, nullptr, "", nullptr, &Document::tags},
    {"steps", false, true, 1, 5000, 100, nullptr, "", nullptr, &Document::steps},
    {"url", false, false, 0, 2000, 0, matches_url_pattern,
     "is not a URL; start it with http://, https:// or / and leave out spaces", &Document::url,
     nullptr},
    {"updated_at", false, false, 0, 0, 0, matches_date_pattern,
     "is not an ISO 8601 date; write YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z or +hh:mm]",
     &Document::updated_at, nullptr},
};

const FieldSpec* find_spec(std::string_view name) {
  for (const FieldSpec& spec : kFields) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string unknown_field_message(std::string_view name) {
  std::string message = "unknown field " + quote_value(name);
  if (name.size() < 40) {
    for (std::string_view known : article_field_names()) {
      if (edit_distance(name, known) <= 2) {
        message += " (did you mean '" + std::string(known) + "'?)";
        break;
      }
    }
  }
  message += "; allowed: ";
  for (std::string_view known : article_field_names()) {
    message += (message.back() == ' ' ? "" : ", ") + std::string(known);
  }
  return message;
}

// Checks one article and fills the Document, adding one error per problem.
class Checker {
 public:
  Checker(const RawArticle& raw, const ClientInfo& client, const LoadOptions& options,
          std::vector<Status>* errors)
      : raw_(raw), client_(client), options_(options), errors_(errors) {}

  std::optional<Document> run() {
    const size_t errors_before = errors_->size();
    Document doc;
    doc.source = raw_.where;
    doc.source.field.clear();
    std::map<std::string_view, uint32_t> seen;  // field -> line
    for (const RawField& field : raw_.fields) {
      const uint32_t line = field.line ? field.line : raw_.where.line;
      const FieldSpec* spec = find_spec(field.name);
      if (!spec) {
        error(line, one_line(field.name), unknown_field_message(field.name));
        continue;
      }
      if (auto first = seen.find(spec->name); first != seen.end()) {
        error(line, field.name,
              "given twice (first at line " + std::to_string(first->second) + "); keep one");
        continue;
      }
      seen.emplace(spec->name, line);
      check_field(*spec, field, line, &doc);
    }
    for (const FieldSpec& spec : kFields) {
      if (!spec.required || seen.count(spec.name)) continue;
      if (spec.name == "client" && !client_.name.empty()) {
        doc.client = client_.name;
        continue;
      }
      if (spec.name == "title" && options_.allow_empty_title) continue;
      error(raw_.where.line, spec.name,
            "missing; every article needs " + std::string(spec.name == "id" ? "an " : "a ") +
                std::string(spec.name));
    }
    if (errors_->size() != errors_before) return std::nullopt;
    return doc;
  }

 private:
  void error(uint32_t line, std::string_view field, std::string message,
             const std::string& origin = "") {
    if (!origin.empty()) message += " (" + origin + ")";
    errors_->push_back(
        Status::invalid_argument(one_line(message), {raw_.where.file, line, std::string(field)}));
  }

  // Type, length and pattern of one string; `name` is the field or item.
  bool check_string(const FieldSpec& spec, const RawValue& value, const std::string& name,
                    uint32_t line, const std::string& origin) {
    if (value.kind != RawValue::Kind::kString) {
      const std::string what = value.kind == RawValue::Kind::kList ? "a list" : value.text;
      if (what == "null") {
        error(line, name, "is empty; give a value or leave the field out", origin);
      } else {
        error(line, name, "must be a string, not " + what, origin);
      }
      return false;
    }
    const size_t length = code_point_count(value.text);
    const bool empty_ok = spec.name == "title" && options_.allow_empty_title;
    if (length < spec.min_length && !empty_ok) {
      error(line, name, "is empty; give a value or leave the field out", origin);
      return false;
    }
    if (spec.max_length && length > spec.max_length) {
      error(line, name,
            "is " + std::to_string(length) + " characters long; at most " +
                std::to_string(spec.max_length) + " are allowed",
            origin);
      return false;
    }
    if (spec.pattern && !spec.pattern(value.text)) {
      error(line, name, quote_value(value.text) + " " + std::string(spec.pattern_help), origin);
      return false;
    }
    return true;
  }

  void check_field(const FieldSpec& spec, const RawField& field, uint32_t line, Document* doc) {
    const std::string name(spec.name);
    if (!spec.is_list) {
      if (!check_string(spec, field.value, name, line, field.origin)) return;
      if (spec.name == "id" && (field.value.text == "." || field.value.text == "..")) {
        error(line, name, quote_value(field.value.text) + " cannot be an id; it names a folder",
              field.origin);
        return;
      }
      if (spec.name == "client" && !client_.name.empty() && field.value.text != client_.name) {
        error(line, name,
              quote_value(field.value.text) + " but the article belongs to client '" +
                  client_.name + "'; leave client out or set it to '" + client_.name + "'",
              field.origin);
        return;
      }
      doc->*spec.text = field.value.text;
      return;
    }
    if (field.value.kind != RawValue::Kind::kList) {
      const std::string what =
          field.value.kind == RawValue::Kind::kString ? "a single string" : field.value.text;
      error(line, name, "must be a list of strings such as [a, b], not " + what, field.origin);
      return;
    }
    const auto& items = field.value.items;
    if (items.size() > spec.max_items) {
      error(line, name,
            "has " + std::to_string(items.size()) + " items; at most " +
                std::to_string(spec.max_items) + " are allowed",
            field.origin);
      return;
    }
    bool ok = true;
    for (size_t i = 0; i < items.size(); ++i) {
      const uint32_t item_line = items[i].line ? items[i].line : line;
      ok = check_string(spec, items[i], name + "[" + std::to_string(i) + "]", item_line,
                        field.origin) &&
           ok;
    }
    if (!ok) return;
    auto& list = doc->*spec.list;
    for (const RawValue& item : items) list.push_back(item.text);
  }

  const RawArticle& raw_;
  const ClientInfo& client_;
  const LoadOptions& options_;
  std::vector<Status>* errors_;
};

}  // namespace

std::optional<Document> validate_article(const RawArticle& raw, const ClientInfo& client,
                                         const LoadOptions& options, std::vector<Status>* errors) {
  return Checker(raw, client, options, errors).run();
}

std::span<const std::string_view> article_field_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> all;
    for (const FieldSpec& spec : kFields) all.push_back(spec.name);
    return all;
  }();
  return names;
}

}  // namespace kb
