// What a search is asked and what it answers, independent of any transport.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "indexer/document/document.h"

namespace kb {

struct SearchRequest {
  std::string client;    // required
  std::string query;     // required, what the agent typed
  std::string language;  // BCP-47 hint for Latin-script words; "" = the client's default
  // Filters: values OR-ed within a field, fields AND-ed.
  std::vector<std::string> languages;
  std::vector<std::string> types;
  std::vector<std::string> products;
  std::vector<std::string> tags;
  size_t limit = 10;
  size_t offset = 0;
  // No rewrites at all: no typo correction, prefix, synonym, transliteration
  // or stemming; every word must occur as typed.
  bool exact = false;
  // Fields to count values of over the matches: "type", "language",
  // "product", "tag".
  std::vector<std::string> facets;
};

struct SearchHit {
  Document document;    // stored fields; `body` and `text` are left empty
  std::string snippet;  // HTML: escaped text with <mark> around query words
  double score = 0;
};

// One thing done to the query, shown to the agent so they can trust or undo it.
struct Rewrite {
  std::string from;  // the query word as typed
  std::string to;    // the word it also matched, as the index has it
  std::string why;   // "typo", "prefix", "synonym", "stem" or "transliteration"
};

struct FacetValue {
  std::string value;
  size_t count = 0;  // matches with this value
};

// Counts of one field's values over the matches, most frequent first.
struct Facet {
  std::string field;
  std::vector<FacetValue> values;
};

struct SearchResults {
  std::string query;
  std::string client;
  size_t total = 0;  // matches estimated by Xapian; exact for small result sets
  double took_ms = 0;
  std::vector<Rewrite> rewrites;
  // The query with the words the client's index does not know replaced by
  // the nearest words it does; "" when every word is known.
  std::string did_you_mean;
  // How well the best hit matches: its weight as a fraction of the most the
  // query could score (0 to 1). Below RankingOptions::confidence_threshold,
  // `confident` is false: probably no article answers the query.
  double confidence = 0;
  bool confident = false;
  std::vector<Facet> facets;  // in the order asked for
  // False when there were more matches than SearcherOptions::facet_sample:
  // the counts are then the best matches' counts scaled to `total`.
  bool facets_exact = true;
  std::vector<SearchHit> hits;
};

// A client as the service lists it.
struct ClientSummary {
  std::string name;
  std::string display_name;
  std::string default_language;
  size_t documents = 0;
  std::vector<std::string> languages;  // primary language subtags present
};

}  // namespace kb
