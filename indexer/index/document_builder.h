// DocumentBuilder: turns a validated Document into the Xapian document that
// represents it in the index (terms, positions, values, stored fields),
// following index_format.h.
//
// Thread safety: holds a reference to an Analyzer, so one builder per thread.
#pragma once

#include <xapian.h>

#include "indexer/analysis/analyzer.h"
#include "indexer/document/document.h"
#include "indexer/index/index_format.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

// How much one occurrence of a word counts in each field (BM25F weights).
struct FieldWeights {
  Xapian::termcount title = format::kTitleWdf;
  Xapian::termcount tags = format::kTagsWdf;
  Xapian::termcount steps = format::kStepsWdf;
  Xapian::termcount body = format::kBodyWdf;
};

class DocumentBuilder {
 public:
  DocumentBuilder(const Analyzer& analyzer, FieldWeights weights = {})
      : analyzer_(analyzer), weights_(weights) {}

  // The Xapian document of `doc`, read from `source` (its file relative to
  // the client's folder; "" for an article written over HTTP), with the
  // source term and content hash of index_format.h; its words also go into
  // `lexicon` when one is given.
  Xapian::Document build(const Document& doc, TransliterationLexicon* lexicon = nullptr,
                         std::string_view source = {}) const;

  // The unique id term of an article, for replace_document / delete_document.
  static std::string id_term(const std::string& article_id);

  // The term marking the articles read from `source` (kPrefixSource).
  static std::string source_term(std::string_view source);

 private:
  const Analyzer& analyzer_;
  FieldWeights weights_;
};

}  // namespace kb
