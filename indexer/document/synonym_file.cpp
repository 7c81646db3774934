#include "indexer/document/synonym_file.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "indexer/document/json_key_lines.h"
#include "indexer/document/json_reader.h"
#include "indexer/document/source_text.h"

namespace kb {

namespace {

using nlohmann::json;

constexpr std::string_view kSynonymsFile = "synonyms.json";
constexpr size_t kMaxSynonymsFileBytes = 4 * 1024 * 1024;
// A phrase's terms key the synonym table, and Xapian keys hold 245 bytes.
constexpr size_t kMaxPhraseBytes = 200;

// Not blank, and short enough to key the synonym table.
Status check_phrase(const std::string& phrase, const Location& where) {
  if (phrase.find_first_not_of(" \t") == std::string::npos) {
    return Status::invalid_argument("a phrase must not be empty", where);
  }
  if (phrase.size() > kMaxPhraseBytes) {
    return Status::invalid_argument("a phrase is at most " + std::to_string(kMaxPhraseBytes) +
                                        " bytes; this one has " + std::to_string(phrase.size()) +
                                        ": shorten it",
                                    where);
  }
  return Status::ok();
}

// A non-empty list of phrases (check_phrase), or the error at `where`.
Status read_phrases(const json& value, size_t min_count, const Location& where,
                    std::vector<std::string>* out) {
  if (!value.is_array() || value.size() < min_count) {
    return Status::invalid_argument("must be a list of at least " + std::to_string(min_count) +
                                        " phrases, e.g. [\"top up\", \"recharge\"]",
                                    where);
  }
  for (const json& item : value) {
    if (!item.is_string()) return Status::invalid_argument("every phrase must be a string", where);
    if (Status s = check_phrase(item.get_ref<const std::string&>(), where); !s.is_ok()) return s;
    out->push_back(item.get<std::string>());
  }
  return Status::ok();
}

// Line of "key": inside the one_way object, searched from that object's line.
uint32_t line_of_inner_key(std::string_view text, uint32_t from_line, const std::string& key) {
  size_t offset = 0;
  for (uint32_t line = 1; line < from_line && offset != std::string_view::npos; ++line) {
    offset = text.find('\n', offset);
    if (offset != std::string_view::npos) ++offset;
  }
  if (offset == std::string_view::npos) return from_line;
  const size_t at = text.find(json(key).dump(), offset);
  return at == std::string_view::npos ? from_line : line_at(text, at);
}

}  // namespace

Result<std::vector<SynonymRule>> parse_synonyms(std::string_view text, const std::string& file) {
  text = strip_bom(text);
  if (Status utf8 = check_text(text, {file, 1, ""}); !utf8.is_ok()) return utf8;
  json object;
  try {
    object = json::parse(text);
  } catch (const json::parse_error& e) {
    return json_syntax_error(e, text, file, 1);
  }
  if (!object.is_object()) {
    return Status::invalid_argument(
        "must be a JSON object {\"equivalent\": [[...]], \"one_way\": {...}}", {file, 1, ""});
  }
  std::vector<SynonymRule> rules;
  const std::vector<JsonKeyLine> keys = scan_json_key_lines(text);
  for (const auto& [key, value] : object.items()) {
    const uint32_t line = json_key_line(text, key);
    if (key == "equivalent") {
      if (!value.is_array()) {
        return Status::invalid_argument("must be a list of groups of phrases", {file, line, key});
      }
      const auto it = std::find_if(keys.begin(), keys.end(),
                                   [](const JsonKeyLine& k) { return k.key == "equivalent"; });
      for (size_t i = 0; i < value.size(); ++i) {
        const uint32_t item_line =
            it != keys.end() && i < it->item_lines.size() ? it->item_lines[i] : line;
        std::vector<std::string> group;
        Status s = read_phrases(value[i], 2, {file, item_line, key}, &group);
        if (!s.is_ok()) return s;
        for (size_t m = 0; m < group.size(); ++m) {
          SynonymRule rule{group[m], {}};
          for (size_t o = 0; o < group.size(); ++o) {
            if (o != m) rule.expansions.push_back(group[o]);
          }
          rules.push_back(std::move(rule));
        }
      }
    } else if (key == "one_way") {
      if (!value.is_object()) {
        return Status::invalid_argument("must be an object {\"phrase\": [\"expansion\", ...]}",
                                        {file, line, key});
      }
      for (const auto& [phrase, list] : value.items()) {
        const Location where{file, line_of_inner_key(text, line, phrase), "one_way." + phrase};
        if (Status s = check_phrase(phrase, where); !s.is_ok()) return s;
        SynonymRule rule{phrase, {}};
        Status s = read_phrases(list, 1, where, &rule.expansions);
        if (!s.is_ok()) return s;
        rules.push_back(std::move(rule));
      }
    } else {
      return Status::invalid_argument(
          "unknown key " + quote_value(key) + "; allowed: equivalent, one_way",
          {file, line, one_line(key)});
    }
  }
  return rules;
}

Result<std::vector<SynonymRule>> read_synonyms(const std::string& client_dir) {
  const std::string file = (std::filesystem::path(client_dir) / kSynonymsFile).string();
  Result<std::string> content = read_text_file(file, kMaxSynonymsFileBytes);
  if (!content.is_ok()) {
    if (content.status().code() == StatusCode::kNotFound) return std::vector<SynonymRule>{};
    return content.status();
  }
  return parse_synonyms(*content, file);
}

}  // namespace kb
