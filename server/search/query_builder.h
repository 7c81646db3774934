// QueryBuilder: turns what an agent typed into a Xapian query. The text is
// analyzed by the same Analyzer as the articles; query syntax (quoted
// phrases) is handled here, never in the analyzer.
//
// Ranking: BM25 over the unprefixed terms, which weigh each field by its
// wdf (BM25F, see index_format.h); any word matches, more words rank higher;
// on top, title matches and the words occurring close together add weight.
//
// Each word also matches, at a fraction of a direct match's weight (so an
// exact match always ranks above a rewritten one), and each listed in
// QueryPlan::rewrites:
// - typo: words of the client within a small edit distance (edit_cost.h),
//   when the word is unknown to the client or rare there;
// - prefix: completions of the last word while it is being typed (the text
//   does not end in a space);
// - synonym: the client's synonyms of a word or phrase (synonym_table.h),
//   also of a typo's correction;
// - transliteration: words of another script with its romanized key.
// With `exact`, none of these apply and no word is stemmed.
//
// Thread safety: holds a reference to an Analyzer, so one per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/analyzer.h"
#include "indexer/analysis/romanizer.h"
#include "indexer/index/lexicon_entries.h"
#include "server/search/search_types.h"
#include "server/search/vocabulary.h"

namespace kb {

// Chosen with kb-eval on ../shared/eval/dev (README, "Ranking").
struct RankingOptions {
  double bm25_k1 = 1.2;
  // Low: the HINT3 articles are lists of phrasings, long because they are
  // well covered (b 0.75 -> 0.2: curekart 0.821 -> 0.851, overall 0.880 -> 0.878).
  double bm25_b = 0.2;
  double title_weight = 0.5;      // scale of the title-only subquery
  double proximity_weight = 1.0;  // scale of the "words close together" subquery
  Xapian::termcount proximity_slack = 2;  // NEAR window = number of words + slack
  // Words in more than this share of the client's articles are left out of
  // the proximity subquery.
  double proximity_max_share = 0.05;
  // A query word also matches words of another script with its romanized
  // key ("nahi" -> नहीं, "सिम" -> sim), at this fraction of a direct match's
  // weight; 0 turns it off.
  double transliteration_weight = 0.7;
  size_t transliteration_limit = 8;  // cross-script terms per query word, most frequent first
  // Typo corrections, at this fraction of a direct match's weight; 0 = off.
  double typo_weight = 0.6;
  size_t typo_limit = 3;  // corrections per word, cheapest then most frequent first
  // A word the client knows is still corrected when it is in at most this
  // many articles and a correction is in kTypoFrequencyRatio times more;
  // A rare word is often a real one ("band" is not a typo of "and"), hence
  // the ratio.
  uint32_t rare_word_articles = 2;
  // Completions of the word being typed, at this fraction of a direct
  // match's weight; 0 = off.
  double prefix_weight = 0.7;
  size_t prefix_limit = 20;         // completions per prefix, most frequent first
  size_t prefix_min_graphemes = 2;  // shorter prefixes are not expanded
  // Synonyms of the client, at this fraction of a direct match's weight; 0 = off.
  double synonym_weight = 0.8;
  // A result is confident when its best hit's weight is at least this
  // fraction of the most the query could score (Xapian's max_possible).
  // On ../shared/eval/dev, 0.1 flags 6 of 3,180 answerable queries and
  // catches 146 of 673 out-of-scope ones; 0.2 catches about 320 but flags 630.
  double confidence_threshold = 0.1;
};

// What the query is built from besides the text.
struct QueryInput {
  std::string_view text;
  std::string_view language;  // how Latin-script words are stemmed
  bool exact = false;         // no rewrites, no stemming
  const Xapian::Database* db = nullptr;        // the client's, for all rewrites
  const Vocabulary* vocabulary = nullptr;      // the client's, for typos and prefixes
  const LexiconEntries* lexicon = nullptr;     // the client's, for other scripts' words
  bool has_synonyms = true;  // false when the client has none: their lookups are skipped
};

struct QueryPlan {
  Xapian::Query query;             // empty when the text has no words
  // The articles `query` matches, without the boosts that only rank them
  // (title words, words close together): for counting, which needs no order.
  Xapian::Query match_query;
  std::vector<std::string> terms;  // distinct index terms matched, for highlighting
  std::vector<Rewrite> rewrites;
  std::string did_you_mean;        // see SearchResults::did_you_mean
};

class QueryBuilder {
 public:
  QueryBuilder(const Analyzer& analyzer, RankingOptions options, RomanizerRules romanizer = {})
      : analyzer_(analyzer), options_(options), romanizer_(romanizer) {}

  // Native-script words are analyzed in their own script's language. Text in
  // double quotes must occur as a phrase.
  QueryPlan build(const QueryInput& input) const;

 private:
  struct Word;
  void expand(const QueryInput& input, Word* word, QueryPlan* plan) const;
  void add_synonyms(const QueryInput& input, const std::vector<Word>& words,
                    std::vector<Xapian::Query>* out, QueryPlan* plan) const;

  const Analyzer& analyzer_;
  RankingOptions options_;
  Romanizer romanizer_;
};

}  // namespace kb
