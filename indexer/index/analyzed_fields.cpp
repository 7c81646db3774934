#include "indexer/index/analyzed_fields.h"

namespace kb {

AnalyzedFields analyze_fields(const Analyzer& analyzer, const Document& doc) {
  AnalyzedFields fields;
  fields.title = analyzer.analyze(doc.title, doc.language);
  for (const auto& tag : doc.tags) fields.tags.push_back(analyzer.analyze(tag, doc.language));
  for (const auto& step : doc.steps) fields.steps.push_back(analyzer.analyze(step, doc.language));
  fields.text = analyzer.analyze(doc.text, doc.language);
  return fields;
}

}  // namespace kb
