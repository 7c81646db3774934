#include "indexer/index/suggestion_terms.h"

#include <set>
#include <span>
#include <unordered_set>
#include <vector>

#include "indexer/common/utf8.h"
#include "indexer/index/index_format.h"

namespace kb {

namespace {

// Words a phrase may not start or end with, in folded form (nukta and
// chandrabindu already folded away): "reset password" is a phrase worth
// completing, "of the" and "password for" are not.
bool is_function_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      // English
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
      "those", "i", "you", "he", "she", "we", "they", "my", "your", "our", "their", "me", "us",
      "them", "do", "does", "did", "so", "if", "then", "than", "can", "will", "would", "should",
      "could", "have", "has", "had", "there", "here", "what", "which", "who", "how", "when",
      "where", "why", "all", "any", "some", "into", "out", "up", "about", "also", "just", "only",
      "very", "more", "too", "not", "no", "like",
      // Hindi
      "का", "की", "के", "को", "में", "से", "पर", "है", "हैं", "था", "थी", "थे", "और", "या", "भी",
      "तो", "ही", "यह", "वह", "ये", "वो", "इस", "उस", "एक", "हो", "कर", "करें", "कि", "जो", "ने",
      "लिए", "तक", "साथ", "गया", "गई", "गए", "रहा", "रही", "रहे", "अपना", "अपने", "जाता",
      "जाती", "जाते", "किया", "होता", "होती", "होते",
      // Bengali
      "এবং", "ও", "বা", "কিন্তু", "এর", "এই", "সেই", "যে", "কি", "করে", "থেকে", "জন্য", "আর",
      "কে", "তার", "আমার", "আপনার",
      // Tamil
      "மற்றும்", "ஒரு", "இந்த", "அந்த", "என்று", "உள்ள", "போது",
  };
  return kWords.count(word) > 0;
}

bool is_blank_gap(std::string_view gap) {
  return gap.find_first_not_of(" \t") == std::string_view::npos;
}

// The text from the first token's start to the last one's end, whitespace
// runs made one space.
std::string surface(std::string_view text, const Token& first, const Token& last) {
  std::string out;
  bool space = false;
  for (char c : text.substr(first.start, last.end - first.start)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string key_of(std::span<const Token> tokens, size_t begin, size_t end) {
  std::string key;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) key += ' ';
    key += tokens[i].unstemmed;
  }
  return std::string(grapheme_prefix_within_bytes(key, format::kMaxSuggestKeyBytes));
}

void add_term(Xapian::Document* xdoc, std::string_view prefix, const std::string& key,
              const std::string& text) {
  // Titles come cut to fit; a phrase this long is no completion anyone types.
  if (key.empty() || text.empty() || text.size() > format::kMaxSuggestTextBytes) return;
  std::string term(prefix);
  term += key;
  term += format::kSuggestSeparator;
  if (text != key) term += text;
  xdoc->add_boolean_term(term);
}

// The title as shown: whole, or cut after its last word that fits.
std::string title_text(std::string_view title, const std::vector<Token>& tokens) {
  std::string whole = surface(title, tokens.front(), tokens.back());
  // Keep punctuation after the last word ("... क्या करूं?").
  const size_t tail_end = title.find_last_not_of(" \t\r\n");
  if (tail_end != std::string_view::npos && tail_end + 1 > tokens.back().end) {
    whole += title.substr(tokens.back().end, tail_end + 1 - tokens.back().end);
  }
  if (whole.size() <= format::kMaxSuggestTextBytes) return whole;
  size_t last = 0;
  while (last + 1 < tokens.size() &&
         surface(title, tokens.front(), tokens[last + 1]).size() <= format::kMaxSuggestTextBytes) {
    ++last;
  }
  return std::string(grapheme_prefix_within_bytes(surface(title, tokens.front(), tokens[last]),
                                                  format::kMaxSuggestTextBytes));
}

void add_title_terms(std::string_view title, const std::vector<Token>& tokens,
                     Xapian::Document* xdoc) {
  if (tokens.empty()) return;
  const std::string text = title_text(title, tokens);
  add_term(xdoc, format::kPrefixSuggestTitle, key_of(tokens, 0, tokens.size()), text);
  // Nobody looks a title up by its "to" or "का": later words that are
  // function words get no term.
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (is_function_word(tokens[i].unstemmed)) continue;
    add_term(xdoc, format::kPrefixSuggestInner, key_of(tokens, i, tokens.size()), text);
  }
}

// Adds each phrase once per article, written as it first occurs, so that
// the termfreqs of a key's spellings add up to the articles that have it.
void add_phrase_terms(std::string_view text, std::span<const Token> tokens,
                      std::set<std::string>* seen_keys, Xapian::Document* xdoc) {
  constexpr size_t kMaxWords = 3;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_function_word(tokens[i].unstemmed)) continue;
    for (size_t n = 2; n <= kMaxWords && i + n <= tokens.size(); ++n) {
      const Token& before = tokens[i + n - 2];
      const Token& last = tokens[i + n - 1];
      if (!is_blank_gap(text.substr(before.end, last.start - before.end))) break;
      if (is_function_word(last.unstemmed)) continue;
      std::string key = key_of(tokens, i, i + n);
      if (!seen_keys->insert(key).second) continue;
      add_term(xdoc, format::kPrefixSuggestPhrase, key, surface(text, tokens[i], last));
    }
  }
}

// The words of the start of the body, cut at a space (or a grapheme
// boundary when there is none, as in Thai).
std::span<const Token> body_start(std::string_view text, const std::vector<Token>& tokens,
                                  size_t max_bytes) {
  size_t end = text.size();
  if (end > max_bytes) {
    const size_t space = text.find_last_of(" \t\n", max_bytes);
    end = space != std::string_view::npos && space > 0
              ? space
              : grapheme_prefix_within_bytes(text, max_bytes).size();
  }
  size_t count = 0;
  while (count < tokens.size() && tokens[count].end <= end) ++count;
  return std::span<const Token>(tokens).first(count);
}

}  // namespace

void add_suggestion_terms(const Document& doc, const AnalyzedFields& fields,
                          Xapian::Document* xdoc, const SuggestionTermOptions& options) {
  add_title_terms(doc.title, fields.title, xdoc);
  std::set<std::string> seen;
  add_phrase_terms(doc.title, fields.title, &seen, xdoc);
  for (size_t i = 0; i < doc.tags.size(); ++i) {
    add_phrase_terms(doc.tags[i], fields.tags[i], &seen, xdoc);
  }
  for (size_t i = 0; i < doc.steps.size(); ++i) {
    add_phrase_terms(doc.steps[i], fields.steps[i], &seen, xdoc);
  }
  add_phrase_terms(doc.text, body_start(doc.text, fields.text, options.max_body_bytes), &seen,
                   xdoc);
}

std::string typed_suggestion_key(const Analyzer& analyzer, std::string_view typed) {
  const std::vector<Token> tokens = analyzer.analyze(typed, "");
  if (tokens.empty()) return "";
  std::string key = key_of(tokens, 0, tokens.size());
  const bool next_word_begun =
      !typed.empty() && (typed.back() == ' ' || typed.back() == '\t') &&
      key.size() < format::kMaxSuggestKeyBytes;
  if (next_word_begun) key += ' ';
  return key;
}

std::optional<SuggestionTerm> parse_suggestion_term(std::string_view term) {
  const size_t sep = term.find(format::kSuggestSeparator);
  if (sep == std::string_view::npos) return std::nullopt;
  const std::string_view key = term.substr(0, sep);
  const std::string_view text = term.substr(sep + 1);
  return SuggestionTerm{key, text.empty() ? key : text};
}

}  // namespace kb
