// Suggestion terms: what the index holds for search-box completions (the
// suggest route). They live on each article's own Xapian document, so adding,
// replacing or deleting one article keeps suggestions right without a
// client-wide rebuild: the popularity of a completion is the termfreq of its
// term, which Xapian keeps up to date.
//
// Every term is <prefix><key>\x1f<text>, the text left out when it equals
// the key (most phrases are written lower-case); prefixes and limits are in
// index_format.h. The key is the analyzer's folded, unstemmed form of the
// words (case, accents, NFKC, Indic variants) joined by single spaces, so a
// typed prefix is matched on the same form whatever its case; the text is
// what the article says, as written, to show:
//   kPrefixSuggestTitle   the whole title;
//   kPrefixSuggestInner   the title from its 2nd, 3rd ... word on as key
//                         (not from a function word), the whole title as
//                         text ("sim" finds "How to activate a new SIM");
//   kPrefixSuggestPhrase  every run of 2 or 3 words within one sentence (no
//                         punctuation between them) of the title, tags, steps
//                         and the start of the body, that neither starts nor
//                         ends with a function word ("of", "का", "এবং" ...).
// Keys are cut to kMaxSuggestKeyBytes and texts to kMaxSuggestTextBytes (at a
// word end), both on grapheme boundaries, to fit Xapian's term length limit.
//
// Thread safety: free functions; the Analyzer passed to
// typed_suggestion_key is used by the calling thread only.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "indexer/analysis/analyzer.h"
#include "indexer/document/document.h"
#include "indexer/index/analyzed_fields.h"

namespace kb {

struct SuggestionTermOptions {
  // Phrases come from the first this many bytes of the body text (cut at a
  // space): bounds the terms one long article adds.
  size_t max_body_bytes = 600;
};

// Adds the suggestion terms of `doc`, whose fields analyzed are `fields`, to
// `xdoc`, as boolean terms (wdf 0).
void add_suggestion_terms(const Document& doc, const AnalyzedFields& fields,
                          Xapian::Document* xdoc, const SuggestionTermOptions& options = {});

// The key of what an agent has typed, made as the terms' keys are: folded
// words joined by one space, plus a trailing space when the text ends in
// whitespace (the next word has begun), cut like the terms' keys. "" when the
// text has no word.
std::string typed_suggestion_key(const Analyzer& analyzer, std::string_view typed);

// A suggestion term without its prefix, split at the separator.
struct SuggestionTerm {
  std::string_view key;
  std::string_view text;
};

// nullopt when `term` (its prefix already removed) has no separator.
std::optional<SuggestionTerm> parse_suggestion_term(std::string_view term);

}  // namespace kb
