// Analyzer: the one place that decides what a term is. Index writer, query
// builder and snippet builder all call it, so a query and a document that
// look alike to a person produce the same terms.
//
// Pipeline, one small step per file: segment (ICU word BreakIterator over the
// original text, so every token keeps its byte offsets) -> normalize (NFKC +
// case folding) -> fold (accents for Latin/Greek/Cyrillic, Indic spelling
// variants) -> stem (per the token's script and the text's language, see
// language_table.h). Punctuation and spaces make no tokens.
//
// Thread safety: an Analyzer holds ICU iterators and Xapian stemmers, which
// are not safe to share: use one Analyzer per thread. Construction is cheap.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/analysis/script.h"
#include "indexer/analysis/word_span.h"

namespace kb {

struct Token {
  std::string term;       // what is indexed and searched: normalized, folded, stemmed
  std::string unstemmed;  // normalized and folded, not stemmed
  uint32_t start = 0;     // byte offset of the word's first byte in the analyzed text
  uint32_t end = 0;       // byte offset one past the word's last byte
  uint32_t position = 0;  // index of the word among the text's tokens, from 0
  Script script = Script::kOther;
};

// One word of a text and which of the terms looked for it makes.
struct WordMatch {
  uint32_t start = 0;  // byte offsets, as Token's
  uint32_t end = 0;
  int term = -1;  // index into the terms looked for, or -1
};

class Analyzer {
 public:
  // Written into every index; bump kVersion whenever any step changes the
  // terms it produces, so old indexes are refused and rebuilt.
  static constexpr std::string_view kName = "kb-icu";
  static constexpr int kVersion = 2;
  static std::string id();  // "kb-icu/2"

  // A word longer than this, as written or folded, makes no token. Xapian refuses a term
  // over 245 bytes, prefix included, so one such word would fail the whole
  // build; and a word that long is a hash or an encoded blob, not a word
  // anyone searches for. 120 bytes keeps a 40-letter Tamil word.
  static constexpr size_t kMaxWordBytes = 120;

  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Tokens of `text` in order. `language` is a BCP-47 tag ("hi", "bn-IN") or
  // empty. Words in a script with a language of its own (Devanagari, Bengali,
  // Tamil, Thai ...) are analyzed as that language whatever `language` says;
  // Latin-script words use `language` when it is a Latin-script language with
  // a stemmer, else English (so English words inside Hindi text stem as
  // English). Invalid UTF-8 yields tokens for the valid parts only.
  std::vector<Token> analyze(std::string_view text, std::string_view language) const;

  // The words analyze() makes tokens of, in order, with the index in
  // `terms` of the term each makes (its first, if `terms` repeats it), or
  // -1: what highlighting needs, at a fraction of analyze()'s cost on a long
  // text. The stemmers only strip suffixes, so a word can make a term only
  // if its folded form starts with the term's first bytes; no other word is
  // stemmed. Folding keeps a word's first letter in its script, so a word in
  // a script no term is in, or an ASCII word that does not start like a
  // term, is not even copied. (A stem that rewrites its first letters,
  // English "dying" -> "die", is not found: rare, and only a highlight is
  // lost.)
  std::vector<WordMatch> match_terms(std::string_view text, std::string_view language,
                                     const std::vector<std::string>& terms) const;
  // match_terms() of a text whose words are known already: `words`, in
  // order and within `text`, are those analyze() found in it (the index
  // keeps them with the text), so it skips segmenting.
  std::vector<WordMatch> match_terms(std::string_view text, std::span<const WordSpan> words,
                                     std::string_view language,
                                     const std::vector<std::string>& terms) const;

  // The term of one word as typed, e.g. a query word: analyze() of `word`
  // joined, or "" when it makes no token.
  std::string term_of(std::string_view word, std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kb
