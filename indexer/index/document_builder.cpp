#include "indexer/index/document_builder.h"

#include "indexer/analysis/language_table.h"
#include "indexer/common/ascii.h"
#include "indexer/index/analyzed_fields.h"
#include "indexer/index/content_hash.h"
#include "indexer/index/stored_fields.h"
#include "indexer/index/suggestion_terms.h"
#include "indexer/index/text_utils.h"

namespace kb {

namespace {

struct FieldSink {
  Xapian::Document& xdoc;
  TransliterationLexicon* lexicon;
};

// Adds the terms of `tokens`, the analyzed `text`, at positions from
// `*next_pos`, advancing it past the text plus the field gap.
void add_field(const FieldSink& sink, std::string_view text, const std::vector<Token>& tokens,
               Xapian::termcount wdf, Xapian::termpos* next_pos,
               std::string_view extra_prefix = {}) {
  Xapian::termpos last = *next_pos;
  for (const Token& token : tokens) {
    const Xapian::termpos pos = *next_pos + token.position;
    sink.xdoc.add_posting(token.term, pos, wdf);
    sink.xdoc.add_term(std::string(format::kPrefixWord) + token.unstemmed, 0);
    if (!extra_prefix.empty()) sink.xdoc.add_term(std::string(extra_prefix) + token.term);
    if (sink.lexicon) sink.lexicon->add(token, text.substr(token.start, token.end - token.start));
    last = pos;
  }
  *next_pos = last + format::kFieldGap;
}

// The spans of the body's words, stored so that snippets need not segment
// the body again: that was a fifth of a search's snippet work.
std::vector<WordSpan> word_spans(const std::vector<Token>& tokens) {
  std::vector<WordSpan> words;
  words.reserve(tokens.size());
  for (const Token& token : tokens) words.push_back({token.start, token.end});
  return words;
}

}  // namespace

std::string DocumentBuilder::id_term(const std::string& article_id) {
  return std::string(format::kPrefixId) + article_id;
}

std::string DocumentBuilder::source_term(std::string_view source) {
  return bounded_term(format::kPrefixSource, source);
}

Xapian::Document DocumentBuilder::build(const Document& doc, TransliterationLexicon* lexicon,
                                        std::string_view source) const {
  Xapian::Document xdoc;
  const AnalyzedFields fields = analyze_fields(analyzer_, doc);
  const FieldSink sink{xdoc, lexicon};
  Xapian::termpos pos = 1;
  add_field(sink, doc.title, fields.title, weights_.title, &pos, format::kPrefixTitle);
  for (size_t i = 0; i < doc.tags.size(); ++i) {
    add_field(sink, doc.tags[i], fields.tags[i], weights_.tags, &pos);
  }
  for (size_t i = 0; i < doc.steps.size(); ++i) {
    add_field(sink, doc.steps[i], fields.steps[i], weights_.steps, &pos);
  }
  add_field(sink, doc.text, fields.text, weights_.body, &pos);
  add_suggestion_terms(doc, fields, &xdoc);

  xdoc.add_boolean_term(id_term(doc.id));
  const std::string language = ascii_lower(doc.language);
  const std::string primary = primary_language(language);
  xdoc.add_boolean_term(std::string(format::kPrefixLanguage) + primary);
  if (language != primary) xdoc.add_boolean_term(std::string(format::kPrefixLanguage) + language);
  if (!doc.type.empty()) xdoc.add_boolean_term(std::string(format::kPrefixType) + doc.type);
  if (!doc.product.empty()) {
    xdoc.add_boolean_term(filter_term(format::kPrefixProduct, doc.product));
  }
  std::string joined_tags;
  for (const auto& tag : doc.tags) {
    xdoc.add_boolean_term(filter_term(format::kPrefixTag, tag));
    if (!joined_tags.empty()) joined_tags += format::kTagSeparator;
    joined_tags += tag;
  }

  xdoc.add_value(format::kSlotUpdatedAt, doc.updated_at);
  xdoc.add_value(format::kSlotType, doc.type);
  xdoc.add_value(format::kSlotLanguage, primary);
  xdoc.add_value(format::kSlotProduct, doc.product);
  xdoc.add_value(format::kSlotTags, joined_tags);
  xdoc.add_value(format::kSlotContentHash, article_content_hash(doc, source));
  if (!source.empty()) xdoc.add_boolean_term(source_term(source));

  store_fields(doc, word_spans(fields.text), &xdoc);
  return xdoc;
}

}  // namespace kb
