// The benchmark's queries, drawn from the scale corpus's own text: 1-4
// consecutive words of an article, as agents type them. Some have one typo,
// some stop mid-word (typing); every language of the corpus is asked.
// Stored as TSV (client, language, kind, query) so the engine floor and the
// SQLite peer run exactly the same queries.
//
// Deterministic for a given seed. Thread-safe; nothing here throws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench/scale_corpus.h"
#include "indexer/common/result.h"

namespace kb::bench {

struct BenchQuery {
  std::string client;
  std::string language;  // of the article it was drawn from
  std::string kind;      // "words", "typo" (one edit in one word) or "prefix" (last word cut)
  std::string text;
};

struct QuerySetOptions {
  size_t count = 2000;
  uint64_t seed = 11;
  unsigned typo_percent = 20;    // share of "typo" queries
  unsigned prefix_percent = 20;  // share of "prefix" queries
  size_t max_words = 4;
};

// Half the queries come from articles drawn at random (languages as common
// as in the corpus), half from each language in turn (so rare ones are
// asked too).
std::vector<BenchQuery> make_queries(const std::vector<ScaleArticle>& articles,
                                     const QuerySetOptions& options);

// The words of `text`: runs of letters and combining marks. Runs of scripts
// written without spaces (Han, kana, Thai ...) longer than 6 characters are
// cut into pieces of 3, never before a combining mark.
std::vector<std::string> text_words(std::string_view text);

// `word` with one edit at a place chosen by `r`: a character deleted,
// doubled, or swapped with the next. Words under 4 characters are returned
// unchanged.
std::string with_typo(std::string_view word, uint64_t r);

// Every prefix of `query` that ends on a character boundary, from
// `min_chars` characters up to the whole query: what is sent as it is typed.
std::vector<std::string> typing_prefixes(std::string_view query, size_t min_chars = 2);

// TSV: one query per line, client \t language \t kind \t text.
std::string queries_to_tsv(const std::vector<BenchQuery>& queries);
// InvalidArgument naming the line when a line does not have four fields.
Result<std::vector<BenchQuery>> queries_from_tsv(std::string_view tsv, const std::string& where);

}  // namespace kb::bench
