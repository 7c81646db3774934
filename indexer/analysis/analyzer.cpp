#include "indexer/analysis/analyzer.h"

#include "indexer/analysis/segmenter.h"
#include "indexer/analysis/stemmer.h"
#include "indexer/analysis/word_folder.h"

namespace kb {

struct Analyzer::Impl {
  Segmenter segmenter;
  WordFolder folder;
  Stemmer stemmer;
};

std::string Analyzer::id() { return std::string(kName) + "/" + std::to_string(kVersion); }

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}

Analyzer::~Analyzer() = default;

std::vector<Token> Analyzer::analyze(std::string_view text, std::string_view language,
                                     const StemFilter& stem_if) const {
  std::vector<Token> tokens;
  const std::vector<WordSpan> spans = impl_->segmenter.words(text);
  tokens.reserve(spans.size());
  for (const WordSpan& span : spans) {
    const std::string_view word = text.substr(span.start, span.end - span.start);
    const Script script = script_of_word(word);
    Token token;
    token.unstemmed = impl_->folder.fold(word, script);
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

std::string Analyzer::term_of(std::string_view word, std::string_view language) const {
  std::string out;
  for (const auto& token : analyze(word, language)) out += token.term;
  return out;
}

}  // namespace kb
