#include "indexer/analysis/analyzer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <bitset>
#include <unordered_map>

#include "indexer/analysis/segmenter.h"
#include "indexer/analysis/stemmer.h"
#include "indexer/analysis/word_folder.h"
#include "indexer/common/ascii.h"
#include "indexer/common/string_hash.h"
#include "indexer/common/utf8.h"

namespace kb {

struct Analyzer::Impl {
  Segmenter segmenter;
  WordFolder folder;
  Stemmer stemmer;
  // Folded forms of non-ASCII words: ICU's normalizers cost far more than a
  // lookup, and words repeat. A word's script follows from the word, so the
  // word alone is the key. Cleared when full: at most about 1.5 MB, and the
  // server has an Analyzer per concurrent search.
  static constexpr size_t kFoldMemoLimit = 10000;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> folded;

  std::string fold(std::string_view word, Script script) {
    if (is_ascii(word)) return folder.fold(word, script);
    if (auto it = folded.find(word); it != folded.end()) return it->second;
    if (folded.size() >= kFoldMemoLimit) folded.clear();
    return folded.emplace(word, folder.fold(word, script)).first->second;
  }

  // The first code point of a word's folded form, when the word's first
  // letter alone tells it (WordFolder::folds_first_letter_alone); -1 when
  // it does not. Memoized per letter.
  std::unordered_map<UChar32, UChar32> first_letters;
  UChar32 folded_first_letter(std::string_view word, Script script) {
    if (!folder.folds_first_letter_alone(word, script)) return -1;
    int32_t end = 0;
    const UChar32 c = next_code_point(word, &end);
    if (c < 0 || !u_isalpha(c)) return -1;
    if (auto it = first_letters.find(c); it != first_letters.end()) return it->second;
    if (first_letters.size() >= kFoldMemoLimit) first_letters.clear();
    const std::string letter = folder.fold(word.substr(0, static_cast<size_t>(end)), script);
    int32_t i = 0;
    const UChar32 first = letter.empty() ? -1 : next_code_point(letter, &i);
    first_letters.emplace(c, first);
    return first;
  }
};

std::string Analyzer::id() { return std::string(kName) + "/" + std::to_string(kVersion); }

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}

Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::analyze(std::string_view text, std::string_view language) const {
  const std::vector<WordSpan> spans = impl_->segmenter.words(text);
  std::vector<Token> tokens;
  tokens.reserve(spans.size());
  for (const WordSpan& span : spans) {
    const std::string_view word = text.substr(span.start, span.end - span.start);
    if (word.size() > kMaxWordBytes) continue;
    const Script script = script_of_word(word);
    Token token;
    token.unstemmed = impl_->fold(word, script);
    if (token.unstemmed.empty() || token.unstemmed.size() > kMaxWordBytes) continue;
    token.term = impl_->stemmer.stem(token.unstemmed, script, language);
    token.start = span.start;
    token.end = span.end;
    token.position = static_cast<uint32_t>(tokens.size());
    token.script = script;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<WordMatch> Analyzer::match_terms(std::string_view text, std::string_view language,
                                             const std::vector<std::string>& terms) const {
  return match_terms(text, impl_->segmenter.words(text), language, terms);
}

std::vector<WordMatch> Analyzer::match_terms(std::string_view text,
                                             std::span<const WordSpan> words,
                                             std::string_view language,
                                             const std::vector<std::string>& terms) const {
  // A term's first bytes: one letter of the Indic scripts, three of Latin.
  constexpr size_t kStartBytes = 3;
  std::unordered_map<std::string_view, int> index_of;
  std::vector<std::string_view> starts;
  std::bitset<256> first_bytes;
  std::bitset<static_cast<size_t>(Script::kOther) + 1> scripts;
  std::vector<UChar32> first_letters;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].empty()) continue;
    index_of.emplace(terms[i], static_cast<int>(i));
    starts.push_back(std::string_view(terms[i]).substr(0, kStartBytes));
    first_bytes.set(static_cast<unsigned char>(terms[i].front()));
    scripts.set(static_cast<size_t>(script_of_word(terms[i])));
    int32_t end = 0;
    first_letters.push_back(next_code_point(terms[i], &end));
  }
  // `head`: the first kStartBytes of a word's folded form (or all of it).
  const auto may_make_a_term = [&](std::string_view head) {
    return first_bytes.test(static_cast<unsigned char>(head.front())) &&
           std::any_of(starts.begin(), starts.end(),
                       [head](std::string_view s) { return head.substr(0, s.size()) == s; });
  };

  std::vector<WordMatch> matches;
  matches.reserve(words.size());
  for (const WordSpan& span : words) {
    const std::string_view word = text.substr(span.start, span.end - span.start);
    if (word.empty() || word.size() > kMaxWordBytes) continue;
    WordMatch match{span.start, span.end, -1};
    // Folding lower-cases an ASCII first letter and keeps a digit (marks
    // after it are dropped or do not compose with it): most words are
    // rejected by their first byte alone.
    if (is_ascii_alnum(word.front()) &&
        !first_bytes.test(static_cast<unsigned char>(ascii_lower(word.front())))) {
      matches.push_back(match);
      continue;
    }
    std::string folded;
    char ascii_head[kStartBytes];
    std::string_view head;
    const bool ascii = is_ascii(word);
    Script script = Script::kOther;  // an ASCII word's is looked up only to stem it
    if (ascii) {
      // Folding ASCII is lower-casing: the head needs no copy of the word.
      const size_t n = std::min(word.size(), kStartBytes);
      for (size_t k = 0; k < n; ++k) ascii_head[k] = ascii_lower(word[k]);
      head = std::string_view(ascii_head, n);
    } else {
      script = script_of_word(word);
      // A word without letters (digits, symbols) may fold into any script.
      if (script != Script::kOther && !scripts.test(static_cast<size_t>(script))) {
        matches.push_back(match);
        continue;
      }
      const UChar32 letter = impl_->folded_first_letter(word, script);
      if (letter >= 0 &&
          std::find(first_letters.begin(), first_letters.end(), letter) == first_letters.end()) {
        matches.push_back(match);
        continue;
      }
      folded = impl_->fold(word, script);
      if (folded.empty()) continue;
      head = folded;
    }
    if (may_make_a_term(head)) {
      if (ascii) {
        folded = ascii_lower(word);
        script = script_of_word(word);
      }
      if (folded.size() > kMaxWordBytes) continue;
      const auto it = index_of.find(impl_->stemmer.stem(folded, script, language));
      if (it != index_of.end()) match.term = it->second;
    }
    matches.push_back(match);
  }
  return matches;
}

std::string Analyzer::term_of(std::string_view word, std::string_view language) const {
  std::string out;
  for (const auto& token : analyze(word, language)) out += token.term;
  return out;
}

}  // namespace kb
