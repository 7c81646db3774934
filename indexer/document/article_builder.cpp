#include "indexer/document/article_builder.h"

#include "indexer/analysis/script.h"
#include "indexer/document/article_validator.h"
#include "indexer/document/markdown_reader.h"

namespace kb {

namespace {

uint32_t line_of_field(const RawArticle& raw, std::string_view name) {
  for (const RawField& field : raw.fields) {
    if (field.name == name && field.line) return field.line;
  }
  return raw.where.line;
}

}  // namespace

std::optional<Document> build_document(const RawArticle& raw, BodyFormat body_format,
                                       const ClientInfo& client, const LoadOptions& options,
                                       std::vector<Status>* errors) {
  std::optional<Document> doc = validate_article(raw, client, options, errors);
  if (!doc) return std::nullopt;

  if (body_format == BodyFormat::kMarkdown) {
    MarkdownText markdown = read_markdown(doc->body);
    if (!markdown.steps.empty()) {
      if (!doc->steps.empty()) {
        errors->push_back(Status::invalid_argument(
            "given twice: as a field and as the numbered list under the body's Steps heading; "
            "keep one",
            {raw.where.file, line_of_field(raw, "steps"), "steps"}));
        return std::nullopt;
      }
      doc->steps = std::move(markdown.steps);
    }
    doc->text = std::move(markdown.text);
  } else {
    doc->text = doc->body;
  }

  if (doc->language.empty()) {
    doc->language = detect_language(doc->title + "\n" + doc->text, client.default_language);
  }
  return doc;
}

}  // namespace kb
