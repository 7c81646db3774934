#include "server/search/query_builder.h"

#include <algorithm>

#include "indexer/common/utf8.h"
#include "indexer/index/index_format.h"
#include "indexer/index/synonym_table.h"
#include "indexer/index/transliteration_lexicon.h"
#include "server/search/edit_cost.h"

namespace kb {

namespace {

// A known word is corrected only towards words this many times as frequent.
constexpr uint32_t kTypoFrequencyRatio = 10;
// Longest phrase looked up in the synonyms, in words.
constexpr size_t kMaxSynonymWords = 3;

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

void add_unique(std::vector<std::string>* list, const std::string& value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

// Typed text ends in the middle of a word: no space, quote or punctuation after it.
bool ends_in_word(std::string_view text, std::string_view last_surface, size_t last_offset) {
  return last_offset + last_surface.size() == text.size();
}

// How far a misspelling of a word this long may be from the word meant:
// 1 edit from 4 characters, 2 from 8, and for shorter words only the cheap
// Indic confusions (grapheme clusters, so every script is counted alike).
double typo_budget(std::string_view word) {
  const size_t graphemes = grapheme_count(word);
  if (graphemes >= 8) return 2;
  if (graphemes >= 4) return 1;
  if (graphemes >= 2) return kMarkCost;
  return 0;
}

struct ClientTerm {
  std::string term;
  Xapian::doccount frequency = 0;
};

// The term of a Latin `word` in whichever language of the client's
// articles has it most (frequency 0 if none): the stem an article in
// another language than the query's was indexed with ("rendelkezik" is
// "rendelkez" in a Hungarian article of an English client).
ClientTerm term_in_client_languages(const Xapian::Database& db, const Analyzer& analyzer,
                                    std::string_view word) {
  const std::string prefix(format::kPrefixLanguage);
  ClientTerm best;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string language = (*it).substr(prefix.size());
    if (language.find('-') != std::string::npos) continue;  // its primary subtag is listed too
    std::string term = analyzer.term_of(word, language);
    const Xapian::doccount frequency = term.empty() ? 0 : db.get_termfreq(term);
    if (frequency > best.frequency) best = {std::move(term), frequency};
  }
  return best;
}

}  // namespace

struct QueryBuilder::Word {
  Token token;
  std::string_view surface;  // as typed
  size_t offset = 0;         // of `surface` in the whole text
  bool typing = false;       // the last word, still being typed
  bool known = false;        // the client has it (or its other-script form)
  std::string correction;    // the best correction of an unknown word, "" if none
  std::string key_term;      // the term synonyms and boosts use: its own or its correction's
  Xapian::Query query;       // everything the word matches
};

void QueryBuilder::expand(const QueryInput& input, Word* w, QueryPlan* plan) const {
  const std::string& word = w->token.unstemmed;
  const bool rewrites = !input.exact && input.db;
  Xapian::doccount frequency = rewrites ? input.db->get_termfreq(w->token.term) : 0;
  // A word the client has that its stem in the query's language misses
  // was stemmed in another language: take that stem rather than walk for
  // typos (the walk would cost most of the search, and miss it).
  if (rewrites && frequency == 0 && input.vocabulary && w->token.script == Script::kLatin &&
      input.vocabulary->frequency(word) > 0) {
    ClientTerm other = term_in_client_languages(*input.db, analyzer_, word);
    if (other.frequency > 0) {
      w->token.term = std::move(other.term);
      frequency = other.frequency;
    }
  }
  const std::string& term = w->token.term;
  const std::string surface(w->surface);
  add_unique(&plan->terms, term);
  w->key_term = term;
  if (input.exact) {
    // The word as typed: the stem ranks, the exact-word term filters.
    w->query = Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                             Xapian::Query(std::string(format::kPrefixWord) + word));
    return;
  }
  w->query = Xapian::Query(term);
  if (!input.db) return;
  const Xapian::Database& db = *input.db;
  w->known = frequency > 0;
  if (w->known && term != word) plan->rewrites.push_back({surface, term, "stem"});

  auto add_group = [&](std::vector<Xapian::Query>& group, double weight) {
    if (group.empty()) return;
    w->query = Xapian::Query(
        Xapian::Query::OP_OR, w->query,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      Xapian::Query(Xapian::Query::OP_SYNONYM, group.begin(), group.end()),
                      weight));
  };

  if (options_.transliteration_weight > 0 && input.lexicon) {
    std::vector<Xapian::Query> others;
    for (const auto& match : TransliterationLexicon::cross_script_matches(
             db, *input.lexicon, analyzer_, romanizer_, w->token, w->surface,
             options_.transliteration_limit)) {
      others.emplace_back(match.term);
      add_unique(&plan->terms, match.term);
      plan->rewrites.push_back({surface, match.word, "transliteration"});
    }
    if (!others.empty()) w->known = true;
    add_group(others, options_.transliteration_weight);
  }

  const Vocabulary* vocabulary = input.vocabulary;
  if (!vocabulary) return;
  auto new_term = [&](const std::string& candidate) {
    if (candidate.empty() || candidate == term ||
        std::find(plan->terms.begin(), plan->terms.end(), candidate) != plan->terms.end()) {
      return false;
    }
    plan->terms.push_back(candidate);
    return true;
  };

  bool completes = false;  // the word being typed starts words of the client
  if (w->typing && options_.prefix_weight > 0 &&
      grapheme_count(word) >= options_.prefix_min_graphemes) {
    std::vector<Xapian::Query> completions;
    const auto candidates = vocabulary->completions(word, options_.prefix_limit);
    completes = !candidates.empty();
    for (const auto& candidate : candidates) {
      const std::string candidate_term = analyzer_.term_of(candidate.word, input.language);
      if (!new_term(candidate_term)) continue;
      plan->rewrites.push_back({surface, std::string(candidate.word), "prefix"});
      completions.emplace_back(candidate_term);
    }
    if (!completions.empty()) w->known = true;
    add_group(completions, options_.prefix_weight);
  }

  // Corrected when unknown in its own script, even if another script has
  // it ("recharj" is रिचार्ज typed, and also "recharge" mistyped). A word
  // being typed that starts words of the client is taken as typed so far:
  // its completions answer it, and the walk would cost most of the search.
  // A rare word the client has is one edit from what was meant, if a typo
  // at all; two edits of a long word walk many times the trie.
  const double budget = frequency > 0 ? std::min(1.0, typo_budget(word)) : typo_budget(word);
  if (options_.typo_weight > 0 && budget > 0 && !completes &&
      (frequency == 0 || frequency <= options_.rare_word_articles)) {
    CorrectionOptions correction{.max_cost = budget,
                                 .limit = options_.typo_limit,
                                 .as_prefix = w->typing};
    std::vector<Xapian::Query> typos;
    for (const auto& candidate : vocabulary->corrections(word, correction)) {
      if (candidate.cost == 0) continue;  // a completion, not a typo
      if (frequency > 0 && candidate.frequency < kTypoFrequencyRatio * frequency) continue;
      const std::string candidate_term = analyzer_.term_of(candidate.word, input.language);
      if (!new_term(candidate_term)) continue;
      typos.emplace_back(candidate_term);
      plan->rewrites.push_back({surface, std::string(candidate.word), "typo"});
      if (frequency == 0 && w->correction.empty()) {
        w->correction = std::string(candidate.word);
        w->key_term = candidate_term;
      }
    }
    add_group(typos, options_.typo_weight);
  }
}

void QueryBuilder::add_synonyms(const QueryInput& input, const std::vector<Word>& words,
                                std::vector<Xapian::Query>* out, QueryPlan* plan) const {
  if (input.exact || !input.db || options_.synonym_weight <= 0 || !input.has_synonyms) {
    return;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = std::min(kMaxSynonymWords, words.size() - i); n >= 1; --n) {
      std::vector<std::string> key;
      for (size_t k = i; k < i + n; ++k) key.push_back(words[k].key_term);
      const auto expansions = SynonymTable::expansions(*input.db, key);
      if (expansions.empty()) continue;
      const Word& last = words[i + n - 1];
      const std::string phrase(input.text.substr(
          words[i].offset, last.offset + last.surface.size() - words[i].offset));
      for (const auto& expansion : expansions) {
        std::vector<std::string> terms;
        for (const Token& token : analyzer_.analyze(expansion, input.language)) {
          terms.push_back(token.term);
        }
        // "sim" -> "sim card": every article with the expansion already
        // matches the words themselves; adding it would count them twice.
        const bool contains_key = std::all_of(key.begin(), key.end(), [&](const std::string& t) {
          return std::find(terms.begin(), terms.end(), t) != terms.end();
        });
        if (terms.empty() || contains_key) continue;
        for (const auto& term : terms) add_unique(&plan->terms, term);
        out->push_back(terms.size() == 1 ? Xapian::Query(terms[0])
                                         : Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(),
                                                         terms.end(), terms.size()));
        plan->rewrites.push_back({phrase, expansion, "synonym"});
      }
      break;  // the longest phrase starting here
    }
  }
}

QueryPlan QueryBuilder::build(const QueryInput& input) const {
  QueryPlan plan;
  std::vector<Word> words;
  std::vector<Xapian::Query> phrases;
  for (const QuerySpan& span : split_phrases(input.text)) {
    const size_t span_offset = static_cast<size_t>(span.text.data() - input.text.data());
    std::vector<Xapian::Query> phrase_terms;
    for (const Token& token : analyzer_.analyze(span.text, input.language)) {
      if (span.phrase) phrase_terms.emplace_back(token.term);
      const bool seen = std::any_of(words.begin(), words.end(),
                                    [&](const Word& w) { return w.token.term == token.term; });
      if (seen) continue;
      Word word;
      word.token = token;
      word.surface = span.text.substr(token.start, token.end - token.start);
      word.offset = span_offset + token.start;
      words.push_back(std::move(word));
    }
    if (phrase_terms.size() > 1) {
      phrases.emplace_back(Xapian::Query::OP_PHRASE, phrase_terms.begin(), phrase_terms.end(),
                           phrase_terms.size());
    }
  }
  if (words.empty()) return plan;
  Word& last = words.back();
  last.typing = !input.exact && ends_in_word(input.text, last.surface, last.offset);

  for (Word& word : words) expand(input, &word, &plan);

  std::vector<Xapian::Query> word_queries;
  std::vector<std::string> key_terms;
  for (const Word& word : words) {
    word_queries.push_back(word.query);
    add_unique(&key_terms, word.key_term);
  }
  Xapian::Query query(Xapian::Query::OP_OR, word_queries.begin(), word_queries.end());
  std::vector<Xapian::Query> synonyms;
  add_synonyms(input, words, &synonyms, &plan);
  if (!synonyms.empty()) {
    query = Xapian::Query(
        Xapian::Query::OP_OR, query,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      Xapian::Query(Xapian::Query::OP_OR, synonyms.begin(), synonyms.end()),
                      options_.synonym_weight));
  }
  for (const auto& phrase : phrases) query = Xapian::Query(Xapian::Query::OP_AND, query, phrase);
  plan.match_query = query;

  // Boosts add weight to what the query matches: the words in the title,
  // the words close together.
  std::vector<Xapian::Query> boosts;
  if (options_.title_weight > 0) {
    boosts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, or_of(key_terms, format::kPrefixTitle),
                        options_.title_weight);
  }
  if (options_.proximity_weight > 0 && key_terms.size() > 1) {
    // Words in most articles ("the", "in", "a") are left out of proximity:
    // they say little about it, and reading their positions is slow.
    std::vector<Xapian::Query> near_terms;
    const double doccount = input.db ? input.db->get_doccount() : 0;
    for (const auto& term : key_terms) {
      if (!input.db || input.db->get_termfreq(term) <= options_.proximity_max_share * doccount) {
        near_terms.emplace_back(term);
      }
    }
    if (near_terms.size() > 1) {
      const Xapian::termcount window =
          static_cast<Xapian::termcount>(near_terms.size()) + options_.proximity_slack;
      boosts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                          Xapian::Query(Xapian::Query::OP_NEAR, near_terms.begin(),
                                        near_terms.end(), window),
                          options_.proximity_weight);
    }
  }
  if (!boosts.empty() && (input.exact || !phrases.empty())) {
    // Exact words and phrases match fewer articles than the boosts' terms:
    // AND_MAYBE keeps the others out.
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                          Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end()));
  } else if (!boosts.empty()) {
    // Otherwise every boost's terms are the query's own, so OR matches the
    // same articles, and Xapian prunes an OR far better than AND_MAYBE
    // ("conditional of a loop" at 100k articles: 90 ms -> 3 ms).
    boosts.insert(boosts.begin(), query);
    query = Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
  }
  plan.query = query;

  // "Did you mean": the text with each unknown word replaced by its best
  // correction (a word being typed that has completions is not unknown).
  std::string corrected;
  size_t copied = 0;
  for (const Word& word : words) {
    if (word.known || word.correction.empty()) continue;
    corrected.append(input.text.substr(copied, word.offset - copied));
    corrected.append(word.correction);
    copied = word.offset + word.surface.size();
  }
  if (copied > 0) {
    corrected.append(input.text.substr(copied));
    plan.did_you_mean = corrected;
  }
  return plan;
}

}  // namespace kb
