#include "indexer/document/front_matter.h"

#include <yaml-cpp/yaml.h>

#include "indexer/document/source_text.h"

namespace kb {

namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

// Line of a yaml-cpp mark (0-based within the front matter) in the file.
uint32_t file_line(const YAML::Mark& mark, uint32_t first_line) {
  return mark.line < 0 ? first_line : first_line + static_cast<uint32_t>(mark.line);
}

RawValue to_raw_value(const YAML::Node& node, uint32_t first_line) {
  const uint32_t line = file_line(node.Mark(), first_line);
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return RawValue::string(node.Scalar(), line);
    case YAML::NodeType::Sequence: {
      RawValue list{RawValue::Kind::kList, "", {}, line};
      for (const YAML::Node& item : node) {
        list.items.push_back(item.IsSequence()
                                 ? RawValue::other("a list", file_line(item.Mark(), first_line))
                                 : to_raw_value(item, first_line));
      }
      return list;
    }
    case YAML::NodeType::Map:
      return RawValue::other("a mapping", line);
    default:
      return RawValue::other("null", line);
  }
}

}  // namespace

Result<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& file) {
  auto next_line = [&text](size_t* pos) {
    const size_t end = text.find('\n', *pos);
    std::string_view line = text.substr(*pos, end == std::string_view::npos ? end : end - *pos);
    *pos = end == std::string_view::npos ? text.size() : end + 1;
    return line;
  };
  size_t pos = 0;
  if (!is_fence(next_line(&pos))) {
    return Status::invalid_argument(
        "no front matter; start the file with a '---' line, the fields (id: ..., title: ...), "
        "and another '---' line",
        {file, 1, ""});
  }
  FrontMatterSplit split;
  const size_t yaml_begin = pos;
  uint32_t line = 1;
  while (pos < text.size()) {
    const size_t line_begin = pos;
    ++line;
    if (is_fence(next_line(&pos))) {
      split.yaml = text.substr(yaml_begin, line_begin - yaml_begin);
      // The body starts at its first non-blank line, so its line numbers stay right.
      uint32_t body_line = line + 1;
      size_t body_begin = pos;
      while (body_begin < text.size()) {
        size_t probe = body_begin;
        if (!is_blank(next_line(&probe))) break;
        body_begin = probe;
        ++body_line;
      }
      split.body = text.substr(body_begin);
      split.body_first_line = body_line;
      return split;
    }
  }
  return Status::invalid_argument(
      "the front matter has no closing '---' line; add one after the fields", {file, 1, ""});
}

bool read_front_matter(const FrontMatterSplit& split, RawArticle* article,
                       std::vector<Status>* errors) {
  const std::string& file = article->where.file;
  const uint32_t first = split.yaml_first_line;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(split.yaml));
  } catch (const YAML::ParserException& e) {
    errors->push_back(Status::invalid_argument(one_line("front matter is not valid YAML: " + e.msg),
                                               {file, file_line(e.mark, first), ""}));
    return false;
  } catch (const YAML::Exception& e) {
    errors->push_back(Status::invalid_argument(one_line(std::string("front matter: ") + e.what()),
                                               {file, first, ""}));
    return false;
  }
  if (root.IsNull()) return true;  // empty front matter: the validator names what is missing
  if (!root.IsMap()) {
    errors->push_back(Status::invalid_argument(
        "the front matter must be 'key: value' lines (a YAML mapping)", {file, first, ""}));
    return false;
  }
  try {
    for (const auto& entry : root) {
      const uint32_t key_line = file_line(entry.first.Mark(), first);
      if (!entry.first.IsScalar()) {
        errors->push_back(Status::invalid_argument("a front matter key must be a plain word",
                                                   {file, key_line, ""}));
        continue;
      }
      article->fields.push_back(
          {entry.first.Scalar(), to_raw_value(entry.second, first), key_line});
    }
  } catch (const YAML::Exception& e) {
    errors->push_back(Status::invalid_argument(one_line(std::string("front matter: ") + e.what()),
                                               {file, first, ""}));
    return false;
  }
  return true;
}

}  // namespace kb
