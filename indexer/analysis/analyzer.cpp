#include "indexer/analysis/analyzer.h"

#include <unordered_map>

#include "indexer/analysis/segmenter.h"
#include "indexer/analysis/stemmer.h"
#include "indexer/analysis/word_folder.h"
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
};

std::string Analyzer::id() { return std::string(kName) + "/" + std::to_string(kVersion); }

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}

Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::analyze(std::string_view text, std::string_view language,
                                     const StemFilter& stem_if) const {
  return analyze_words(text, impl_->segmenter.words(text), language, stem_if);
}

std::vector<Token> Analyzer::analyze_words(std::string_view text,
                                           const std::vector<WordSpan>& words,
                                           std::string_view language,
                                           const StemFilter& stem_if) const {
  std::vector<Token> tokens;
  tokens.reserve(words.size());
  for (const WordSpan& span : words) {
    const std::string_view word = text.substr(span.start, span.end - span.start);
    const Script script = script_of_word(word);
    Token token;
    token.unstemmed = impl_->fold(word, script);
    if (token.unstemmed.empty()) continue;
    token.term = !stem_if || stem_if(token.unstemmed)
                     ? impl_->stemmer.stem(token.unstemmed, script, language)
                     : token.unstemmed;
    token.start = span.start;
    token.end = span.end;
    token.position = static_cast<uint32_t>(tokens.size());
    token.script = script;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool Analyzer::needs_iterator(std::string_view text) const {
  return impl_->segmenter.needs_iterator(text);
}

std::string Analyzer::term_of(std::string_view word, std::string_view language) const {
  std::string out;
  for (const auto& token : analyze(word, language)) out += token.term;
  return out;
}

}  // namespace kb
