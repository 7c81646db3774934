// QueryBuilder: turns what an agent typed into a Xapian query. The text is
// analyzed by the same Analyzer as the articles; query syntax (quoted
// phrases) is handled here, never in the analyzer.
//
// Ranking: BM25 over the unprefixed terms, which weigh each field by its
// wdf (BM25F, see index_format.h); any word matches, more words rank higher;
// on top, title matches and the words occurring close together add weight.
//
// Thread safety: holds a reference to an Analyzer, so one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"
#include "server/search/search_types.h"

namespace kb {

// Chosen with kb-eval on ../shared/eval/dev (README, "Ranking").
struct RankingOptions {
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;
  double title_weight = 0.5;      // scale of the title-only subquery
  double proximity_weight = 1.0;  // scale of the "words close together" subquery
  Xapian::termcount proximity_slack = 2;  // NEAR window = number of words + slack
  // A query word also matches words of another script with its romanized
  // key ("nahi" -> नहीं, "सिम" -> sim), at this fraction of a direct match's
  // weight; 0 turns it off.
  double transliteration_weight = 0.7;
  size_t transliteration_limit = 8;  // cross-script terms per query word, most frequent first
};


struct QueryPlan {
  Xapian::Query query;             // empty when the text has no words
  std::vector<std::string> terms;  // distinct index terms matched, for highlighting
  std::vector<Rewrite> rewrites;
};

class QueryBuilder {
 public:
  QueryBuilder(const Analyzer& analyzer, RankingOptions options, RomanizerRules romanizer = {})
      : analyzer_(analyzer), options_(options), romanizer_(romanizer) {}

  // `language` tells how Latin-script words are stemmed; native-script words
  // are analyzed in their own script's language. Text in double quotes must
  // occur as a phrase. `db`, when given, is the client's database, for
  // cross-script matches.
  QueryPlan build(std::string_view text, std::string_view language,
                  const Xapian::Database* db = nullptr) const;

 private:
  const Analyzer& analyzer_;
  RankingOptions options_;
  Romanizer romanizer_;
};

}  // namespace kb
