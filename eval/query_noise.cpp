#include "eval/query_noise.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "indexer/common/utf8.h"

namespace kb::eval {

namespace {

struct WordSpan {
  size_t start = 0;
  size_t end = 0;
};

std::vector<WordSpan> split_words(std::string_view text) {
  std::vector<WordSpan> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back({start, i});
  }
  return words;
}

// The grapheme clusters of `word`, as UTF-8 strings.
std::vector<std::string> graphemes(std::string_view word) {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (U_FAILURE(status)) {
    out.emplace_back(word);
    return out;
  }
  it->setText(u);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string g;
    u.tempSubStringBetween(start, end).toUTF8String(g);
    out.push_back(std::move(g));
  }
  return out;
}

size_t pick(std::mt19937_64& rng, size_t n) {
  return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
}

}  // namespace

std::string add_typo(std::string_view text, std::mt19937_64& rng, size_t min_graphemes) {
  std::vector<WordSpan> long_words;
  for (const WordSpan& w : split_words(text)) {
    if (graphemes(text.substr(w.start, w.end - w.start)).size() >= min_graphemes) {
      long_words.push_back(w);
    }
  }
  if (long_words.empty()) return std::string(text);
  const WordSpan w = long_words[pick(rng, long_words.size())];
  const std::string_view word = text.substr(w.start, w.end - w.start);
  std::vector<std::string> g = graphemes(word);
  auto random_character = [&] {
    if (is_ascii(word)) return std::string(1, static_cast<char>('a' + pick(rng, 26)));
    return g[pick(rng, g.size())];
  };
  const size_t at = pick(rng, g.size());
  switch (pick(rng, 4)) {
    case 0:
      g.insert(g.begin() + static_cast<std::ptrdiff_t>(at), random_character());
      break;
    case 1:
      g.erase(g.begin() + static_cast<std::ptrdiff_t>(at));
      break;
    case 2: {
      std::string replacement = random_character();
      // A substitution must change something.
      for (int tries = 0; replacement == g[at] && tries < 8; ++tries) {
        replacement = random_character();
      }
      g[at] = replacement;
      break;
    }
    default:
      if (at + 1 < g.size()) {
        std::swap(g[at], g[at + 1]);
      } else {
        std::swap(g[at - 1], g[at]);
      }
  }
  std::string edited;
  for (const auto& piece : g) edited += piece;
  return std::string(text.substr(0, w.start)) + edited + std::string(text.substr(w.end));
}

std::string cut_last_word(std::string_view text, size_t count) {
  const std::vector<WordSpan> words = split_words(text);
  if (words.empty()) return std::string(text);
  const WordSpan last = words.back();
  const std::vector<std::string> g = graphemes(text.substr(last.start, last.end - last.start));
  std::string cut(text.substr(0, last.start));
  for (size_t i = 0; i < std::min(count, g.size()); ++i) cut += g[i];
  return cut;
}

}  // namespace kb::eval
