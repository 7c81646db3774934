// The on-disk format of a kbsearch index: term prefixes, value slots,
// metadata keys and folder layout. Indexes on disk depend on these values:
// do not change one without bumping kFormatVersion, which makes the server
// refuse older indexes and ask for a reindex.
#pragma once

#include <cstddef>
#include <string_view>

#include <xapian.h>

namespace kb::format {

// 2: words, synonyms, suggestions, incremental bookkeeping; 3: binary stored
// fields; 4: stored fields keep the words of texts ICU's dictionaries split;
// 5: stored fields and plain text are values (kSlotFields, kSlotText); 6:
// the transliteration lexicon is metadata (kMetaRomanKeyPrefix); 7: the plain
// text is in kSlotFields (slot 7 is no longer written)
inline constexpr int kFormatVersion = 7;

// Folder layout under the index root:
//   <root>/<client>/gen-000042/   one complete Xapian database (a generation)
//   <root>/<client>/current       symlink to the live generation, switched by rename(2)
//   <root>/<client>/lock          flock()ed by the one writer of this client
inline constexpr std::string_view kCurrentLink = "current";
inline constexpr std::string_view kLockFile = "lock";
inline constexpr std::string_view kGenerationPrefix = "gen-";
// A full build writes <generation>.staging, then compacts it into
// <generation>: Xapian's batched flushes leave B-tree blocks about half
// full, and a compacted copy is 40-50% smaller and reads fewer blocks.
inline constexpr std::string_view kStagingSuffix = ".staging";

// Free-text terms. Unprefixed terms hold every searchable field, with
// positions, each field's words counted with its own weight (wdf), which is
// BM25F: a title word counts kTitleWdf times in the document's term
// frequency and length. Title words are repeated under kPrefixTitle, without
// positions, so a query can also reward title matches on their own.
inline constexpr std::string_view kPrefixTitle = "S";
// Every word as written (normalized and folded, not stemmed), wdf 0 so it
// leaves BM25 untouched: the client's vocabulary for typo correction,
// search-as-you-type and "did you mean", and the exact-word filter of
// exact=true. Kept on each article, so it stays right under incremental
// adds and deletes.
inline constexpr std::string_view kPrefixWord = "W";

// Boolean filter terms (lower-cased values).
inline constexpr std::string_view kPrefixId = "Q";        // unique article id
inline constexpr std::string_view kPrefixLanguage = "L";  // "Lbn" and "Lbn-in" for bn-IN
inline constexpr std::string_view kPrefixType = "XT";     // faq | guide | policy
inline constexpr std::string_view kPrefixProduct = "XP";
inline constexpr std::string_view kPrefixTag = "K";
// The source file of an article, relative to its client's corpus folder
// ("XFfaq/en.jsonl"; a path too long for a term is hashed, see
// source_term()). An article written over HTTP has none, so no corpus run
// deletes it. Lets a run find the articles of a changed or removed file.
inline constexpr std::string_view kPrefixSource = "XF";

// Synonym-table keys of the client's synonyms (corpus/<client>/synonyms.json):
// kPrefixSynonymKey, then the phrase's index terms joined by one space; the
// synonyms are the expansions as written, analyzed again at query time.
inline constexpr std::string_view kPrefixSynonymKey = "Y";

// Suggestion terms (see suggestion_terms.h), boolean (wdf 0, so document
// lengths do not change), each <prefix><key>\x1f<text as written>, where the
// key is the folded words joined by single spaces and the text is left out
// when it equals the key. A completion's popularity
// is its term's termfreq, so adding or deleting one article keeps it right.
inline constexpr std::string_view kPrefixSuggestTitle = "XST";   // the whole title
inline constexpr std::string_view kPrefixSuggestInner = "XSW";   // the title from a later word on
inline constexpr std::string_view kPrefixSuggestPhrase = "XSP";  // a 2- or 3-word phrase
inline constexpr char kSuggestSeparator = '\x1f';
// Xapian's term length limit is 245 bytes: prefix 3 + key + 1 + text.
inline constexpr size_t kMaxSuggestKeyBytes = 90;
inline constexpr size_t kMaxSuggestTextBytes = 150;

// Value slots, for facets and sorting.
inline constexpr Xapian::valueno kSlotUpdatedAt = 0;  // ISO 8601 string, sorts as text
inline constexpr Xapian::valueno kSlotType = 1;
inline constexpr Xapian::valueno kSlotLanguage = 2;   // primary language subtag, "bn"
inline constexpr Xapian::valueno kSlotProduct = 3;
inline constexpr Xapian::valueno kSlotTags = 4;       // tags joined by kTagSeparator
// What a hit shows (stored_fields.h): its display fields with its plain text
// (read by snippets), and the body as written (Markdown, read only by the
// document route). Values, not document data, which Xapian compresses.
inline constexpr Xapian::valueno kSlotFields = 8;
inline constexpr Xapian::valueno kSlotBody = 5;
// A hash of everything an article's Xapian document is built from
// (content_hash.h): an article whose hash is unchanged is not rewritten.
inline constexpr Xapian::valueno kSlotContentHash = 6;
inline constexpr char kTagSeparator = '\x1f';

// Default field weights (wdf per occurrence), chosen with kb-eval on
// ../shared/eval/dev; see the README's ranking table.
inline constexpr Xapian::termcount kTitleWdf = 3;
inline constexpr Xapian::termcount kTagsWdf = 2;
inline constexpr Xapian::termcount kStepsWdf = 2;
inline constexpr Xapian::termcount kBodyWdf = 1;

// Positions of consecutive fields are kept this far apart, so that phrase
// and proximity queries never match across two fields.
inline constexpr Xapian::termpos kFieldGap = 100;

// Xapian metadata keys.
inline constexpr std::string_view kMetaFormatVersion = "kb.format_version";
inline constexpr std::string_view kMetaAnalyzer = "kb.analyzer";        // Analyzer::id()
inline constexpr std::string_view kMetaClient = "kb.client";            // folder name
inline constexpr std::string_view kMetaClientName = "kb.client_name";   // display name
inline constexpr std::string_view kMetaDefaultLanguage = "kb.default_language";
// JSON object: source file (relative path) -> hash of its bytes as last
// indexed without errors. A corpus run re-reads only files whose hash
// differs, so an article changed over HTTP stays as it is until its file
// changes (the last writer wins).
inline constexpr std::string_view kMetaSourceFiles = "kb.source_files";
inline constexpr std::string_view kMetaBuiltAt = "kb.built_at";         // ISO 8601 UTC
// Metadata keys of the transliteration lexicon: kMetaRomanKeyPrefix, a
// letter for the script whose folding made the key (d: Devanagari, b:
// Bengali, t: Tamil), then the romanized key; the value is the words with
// that key (folded, unstemmed), in native and Latin script alike, sorted,
// each followed by '\0'. Not the synonym table: Xapian deflates every
// synonym entry with a freshly reset zlib stream, a quarter of a million
// instructions for a few bytes, which was 7% of a build.
inline constexpr std::string_view kMetaRomanKeyPrefix = "kb.roman.";
// Which sides the transliteration lexicon has words for: "latin", "native",
// "latin,native" or "" (a Latin query word needs native words to match).
inline constexpr std::string_view kMetaLexiconScripts = "kb.lexicon_scripts";
// Number of synonym keys written ("0" or absent: skip the lookups).
inline constexpr std::string_view kMetaSynonymKeys = "kb.synonym_keys";
// SynonymTable::signature() of the rules written, to see when they change.
inline constexpr std::string_view kMetaSynonyms = "kb.synonyms";
// A hash of the settings every article of the index was built with
// (analyzer, format, field weights, romanizer rules): when it differs from
// the run's, an incremental run cannot reuse the articles and rebuilds all.
inline constexpr std::string_view kMetaBuildSettings = "kb.build_settings";
// ISO 8601 UTC time of the last commit that changed articles in place.
inline constexpr std::string_view kMetaUpdatedAt = "kb.updated_at";

}  // namespace kb::format
