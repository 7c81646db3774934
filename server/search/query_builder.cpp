#include "server/search/query_builder.h"

#include <algorithm>

#include "indexer/index/index_format.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

namespace {

struct QuerySpan {
  std::string_view text;
  bool phrase = false;
};

// Splits on double quotes: odd spans are phrases. An unclosed quote ends
// no phrase: its text is ordinary words.
std::vector<QuerySpan> split_phrases(std::string_view text) {
  std::vector<QuerySpan> spans;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('"', pos);
    if (open == std::string_view::npos) break;
    const size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) break;
    spans.push_back({text.substr(pos, open - pos), false});
    spans.push_back({text.substr(open + 1, close - open - 1), true});
    pos = close + 1;
  }
  spans.push_back({text.substr(pos), false});
  return spans;
}

Xapian::Query or_of(const std::vector<std::string>& terms, std::string_view prefix) {
  std::vector<Xapian::Query> parts;
  parts.reserve(terms.size());
  for (const auto& term : terms) parts.emplace_back(std::string(prefix) + term);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace

QueryPlan QueryBuilder::build(std::string_view text, std::string_view language,
                              const Xapian::Database* db) const {
  QueryPlan plan;
  std::vector<std::string> words;  // distinct terms as analyzed, for title and proximity
  std::vector<Xapian::Query> word_queries;
  std::vector<Xapian::Query> phrases;
  auto add_term = [&](const std::string& term) {
    if (std::find(plan.terms.begin(), plan.terms.end(), term) == plan.terms.end()) {
      plan.terms.push_back(term);
    }
  };
  for (const QuerySpan& span : split_phrases(text)) {
    const auto tokens = analyzer_.analyze(span.text, language);
    std::vector<Xapian::Query> phrase_terms;
    for (const Token& token : tokens) {
      if (span.phrase) phrase_terms.emplace_back(token.term);
      if (std::find(words.begin(), words.end(), token.term) != words.end()) continue;
      words.push_back(token.term);
      add_term(token.term);
      Xapian::Query word(token.term);
      if (db && options_.transliteration_weight > 0) {
        const std::string_view surface = span.text.substr(token.start, token.end - token.start);
        const auto matches = TransliterationLexicon::cross_script_matches(
            *db, analyzer_, romanizer_, token, surface, options_.transliteration_limit);
        if (!matches.empty()) {
          std::vector<Xapian::Query> others;
          for (const auto& match : matches) {
            others.emplace_back(match.term);
            add_term(match.term);
            plan.rewrites.push_back({std::string(surface), match.word, "transliteration"});
          }
          word = Xapian::Query(
              Xapian::Query::OP_OR, word,
              Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                            Xapian::Query(Xapian::Query::OP_SYNONYM, others.begin(), others.end()),
                            options_.transliteration_weight));
        }
      }
      word_queries.push_back(word);
    }
    if (phrase_terms.size() > 1) {
      phrases.emplace_back(Xapian::Query::OP_PHRASE, phrase_terms.begin(), phrase_terms.end(),
                           phrase_terms.size());
    }
  }
  if (words.empty()) return plan;

  Xapian::Query query(Xapian::Query::OP_OR, word_queries.begin(), word_queries.end());
  for (const auto& phrase : phrases) query = Xapian::Query(Xapian::Query::OP_AND, query, phrase);

  if (options_.title_weight > 0) {
    query = Xapian::Query(
        Xapian::Query::OP_AND_MAYBE, query,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, or_of(words, format::kPrefixTitle),
                      options_.title_weight));
  }
  if (options_.proximity_weight > 0 && words.size() > 1) {
    std::vector<Xapian::Query> near_terms(words.begin(), words.end());
    const Xapian::termcount window =
        static_cast<Xapian::termcount>(words.size()) + options_.proximity_slack;
    query = Xapian::Query(
        Xapian::Query::OP_AND_MAYBE, query,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      Xapian::Query(Xapian::Query::OP_NEAR, near_terms.begin(), near_terms.end(),
                                    window),
                      options_.proximity_weight));
  }
  plan.query = query;
  return plan;
}

}  // namespace kb
