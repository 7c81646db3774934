#include "indexer/document/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/document/article_builder.h"
#include "indexer/document/article_kind.h"
#include "indexer/document/front_matter.h"
#include "indexer/document/html_reader.h"
#include "indexer/document/json_reader.h"
#include "indexer/document/source_text.h"

namespace kb {

namespace {

namespace fs = std::filesystem;

std::string too_large_message(uintmax_t size) {
  return "the file is " + std::to_string(size) + " bytes; article files may have at most " +
         std::to_string(kMaxArticleFileBytes) + " bytes (16 MiB); split it";
}

// Builds one article, keeping it only if neither reading nor building found a problem.
void add_article(const RawArticle& raw, bool read_ok, BodyFormat format, const ClientInfo& client,
                 const LoadOptions& options, std::vector<Status> read_errors, LoadResult* result) {
  std::optional<Document> doc;
  if (read_ok) doc = build_document(raw, format, client, options, &read_errors);
  if (doc && read_errors.empty()) result->documents.push_back(std::move(*doc));
  for (Status& error : read_errors) result->errors.push_back(std::move(error));
}

void load_markdown(std::string_view text, const std::string& path, const ClientInfo& client,
                   const LoadOptions& options, LoadResult* result) {
  Result<FrontMatterSplit> split = split_front_matter(text, path);
  if (!split.is_ok()) {
    result->errors.push_back(split.status());
    return;
  }
  RawArticle raw;
  raw.where = {path, 1, ""};
  std::vector<Status> errors;
  const bool ok = read_front_matter(*split, &raw, &errors);
  for (const RawField& field : raw.fields) {
    if (field.name == "body") {
      errors.push_back(Status::invalid_argument(
          "not a front matter field: the body is the Markdown after the closing '---'",
          {path, field.line, "body"}));
    }
  }
  std::string_view body = split->body;
  while (!body.empty() && std::string_view(" \t\r\n").find(body.back()) != std::string_view::npos) {
    body.remove_suffix(1);
  }
  raw.fields.erase(std::remove_if(raw.fields.begin(), raw.fields.end(),
                                  [](const RawField& f) { return f.name == "body"; }),
                   raw.fields.end());
  raw.fields.push_back({"body", RawValue::string(std::string(body), split->body_first_line),
                        split->body_first_line, "the Markdown after the front matter"});
  add_article(raw, ok, BodyFormat::kMarkdown, client, options, std::move(errors), result);
}

void load_json(std::string_view text, const std::string& path, const ClientInfo& client,
               const LoadOptions& options, LoadResult* result) {
  RawArticle raw;
  std::vector<Status> errors;
  const bool ok = read_json_article(text, path, 1, &raw, &errors);
  add_article(raw, ok, BodyFormat::kMarkdown, client, options, std::move(errors), result);
}

void load_json_lines(std::string_view text, const std::string& path, const ClientInfo& client,
                     const LoadOptions& options, LoadResult* result) {
  for (JsonLine& line : read_json_lines(text, path)) {
    add_article(line.article, line.read, BodyFormat::kMarkdown, client, options,
                std::move(line.errors), result);
  }
}

void load_html(std::string_view text, const std::string& path, const ClientInfo& client,
               const LoadOptions& options, LoadResult* result) {
  RawArticle raw;
  std::vector<Status> errors;
  const bool ok = read_html_article(text, path, &raw, &errors);
  add_article(raw, ok, BodyFormat::kPlainText, client, options, std::move(errors), result);
}

Status unsupported_kind(const std::string& path) {
  const std::string extension = fs::path(path).extension().string();
  return Status::invalid_argument(
      one_line("not an article file" +
               (extension.empty() ? std::string(" (no extension)") : " ('" + extension + "')") +
               "; articles end in " + std::string(article_extensions_text())),
      {path, 1, ""});
}

}  // namespace

LoadResult load_article_text(std::string_view text, const std::string& path,
                             const ClientInfo& client, const LoadOptions& options) {
  LoadResult result;
  const std::optional<ArticleKind> kind = article_kind_of(path);
  if (!kind) {
    result.errors.push_back(unsupported_kind(path));
    return result;
  }
  if (text.size() > kMaxArticleFileBytes) {
    result.errors.push_back(
        Status::invalid_argument(too_large_message(text.size()), {path, 1, ""}));
    return result;
  }
  text = strip_bom(text);
  if (*kind != ArticleKind::kJsonLines) {
    // JSON Lines are checked line by line, so one bad line spares the others.
    if (Status utf8 = check_text(text, {path, 1, ""}); !utf8.is_ok()) {
      result.errors.push_back(std::move(utf8));
      return result;
    }
  }
  try {
    switch (*kind) {
      case ArticleKind::kMarkdown:
        load_markdown(text, path, client, options, &result);
        break;
      case ArticleKind::kJson:
        load_json(text, path, client, options, &result);
        break;
      case ArticleKind::kJsonLines:
        load_json_lines(text, path, client, options, &result);
        break;
      case ArticleKind::kHtml:
        load_html(text, path, client, options, &result);
        break;
    }
  } catch (const std::exception& e) {
    result.documents.clear();
    result.errors.push_back(
        Status::internal(one_line(std::string("loading failed: ") + e.what()), {path, 1, ""}));
  }
  std::stable_sort(
      result.errors.begin(), result.errors.end(),
      [](const Status& a, const Status& b) { return a.where().line < b.where().line; });
  return result;
}

LoadResult load_article_file(const std::string& path, const ClientInfo& client,
                             const LoadOptions& options) {
  LoadResult result;
  if (!article_kind_of(path)) {
    result.errors.push_back(unsupported_kind(path));
    return result;
  }
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    const bool missing = ec == std::errc::no_such_file_or_directory;
    result.errors.push_back(
        missing ? Status::not_found("no such file", {path, 0, ""})
                : Status::io_error(one_line("cannot read: " + ec.message()), {path, 0, ""}));
    return result;
  }
  if (size > kMaxArticleFileBytes) {
    result.errors.push_back(Status::invalid_argument(too_large_message(size), {path, 1, ""}));
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  if (in.is_open()) content << in.rdbuf();  // an empty file copies nothing: not an error
  if (!in.is_open() || in.bad()) {
    result.errors.push_back(Status::io_error("cannot read the file", {path, 0, ""}));
    return result;
  }
  return load_article_text(content.str(), path, client, options);
}

Result<Document> document_from_json(const nlohmann::json& article, const ClientInfo& client,
                                    const Location& where, const LoadOptions& options) {
  std::vector<Status> errors;
  try {
    RawArticle raw;
    if (raw_article_from_json(article, where, "", &raw, &errors)) {
      std::optional<Document> doc =
          build_document(raw, BodyFormat::kMarkdown, client, options, &errors);
      if (doc && errors.empty()) return std::move(*doc);
    }
  } catch (const std::exception& e) {
    return Status::internal(one_line(std::string("loading failed: ") + e.what()), where);
  }
  if (errors.empty()) return Status::internal("article rejected without a reason", where);
  return errors.front();
}

}  // namespace kb
