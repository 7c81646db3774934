#include "bench/query_set.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>
#include <set>

#include "bench/split_mix.h"

namespace kb::bench {

namespace {

struct Char {
  size_t begin;
  size_t end;
  bool word;       // letter or combining mark
  bool mark;       // combining mark
  bool spaceless;  // of a script written without spaces between words
};

std::vector<Char> chars_of(std::string_view text) {
  std::vector<Char> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    Char ch{static_cast<size_t>(begin), static_cast<size_t>(i), false, false, false};
    if (c >= 0) {
      const uint32_t mask = U_GET_GC_MASK(c);
      ch.mark = (mask & U_GC_M_MASK) != 0;
      ch.word = (mask & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      ch.spaceless = U_SUCCESS(status) &&
                     (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                      script == USCRIPT_KATAKANA || script == USCRIPT_THAI ||
                      script == USCRIPT_LAO || script == USCRIPT_KHMER ||
                      script == USCRIPT_MYANMAR);
    }
    out.push_back(ch);
  }
  return out;
}

std::string_view slice(std::string_view text, const std::vector<Char>& chars, size_t from,
                       size_t to) {
  return text.substr(chars[from].begin, chars[to - 1].end - chars[from].begin);
}

constexpr size_t kSpacelessRun = 6;
constexpr size_t kSpacelessPiece = 3;

std::string with_last_word_cut(const std::vector<std::string>& words, uint64_t r) {
  std::string out;
  for (size_t i = 0; i + 1 < words.size(); ++i) out += words[i] + " ";
  const std::string& last = words.back();
  const std::vector<Char> chars = chars_of(last);
  if (chars.size() < 3) return out + last;
  // Keep 2 .. size-1 characters, not stopping before a combining mark.
  size_t keep = 2 + r % (chars.size() - 2);
  while (keep < chars.size() && chars[keep].mark) ++keep;
  return out + std::string(slice(last, chars, 0, keep));
}

}  // namespace

std::vector<std::string> text_words(std::string_view text) {
  const std::vector<Char> chars = chars_of(text);
  std::vector<std::string> words;
  size_t i = 0;
  while (i < chars.size()) {
    if (!chars[i].word || chars[i].mark) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < chars.size() && chars[end].word) ++end;
    if (chars[i].spaceless && end - i > kSpacelessRun) {
      size_t piece = i;
      while (piece < end) {
        size_t stop = std::min(end, piece + kSpacelessPiece);
        while (stop < end && chars[stop].mark) ++stop;
        words.emplace_back(slice(text, chars, piece, stop));
        piece = stop;
      }
    } else {
      words.emplace_back(slice(text, chars, i, end));
    }
    i = end;
  }
  return words;
}

std::string with_typo(std::string_view word, uint64_t r) {
  const std::vector<Char> chars = chars_of(word);
  if (chars.size() < 4) return std::string(word);
  const size_t at = 1 + (r / 3) % (chars.size() - 2);  // never the first or last character
  const std::string_view before = word.substr(0, chars[at].begin);
  const std::string_view here = slice(word, chars, at, at + 1);
  const std::string_view next = slice(word, chars, at + 1, at + 2);
  const std::string_view after = word.substr(chars[at + 1].end);
  switch (r % 3) {
    case 0:
      return std::string(before) + std::string(next) + std::string(after);
    case 1:
      return std::string(before) + std::string(here) + std::string(here) + std::string(next) +
             std::string(after);
    default:
      return std::string(before) + std::string(next) + std::string(here) + std::string(after);
  }
}

std::vector<std::string> typing_prefixes(std::string_view query, size_t min_chars) {
  const std::vector<Char> chars = chars_of(query);
  std::vector<std::string> out;
  for (size_t n = std::max<size_t>(1, min_chars); n <= chars.size(); ++n) {
    if (n < chars.size() && chars[n].mark) continue;  // a letter without its vowel sign yet
    const std::string_view prefix = slice(query, chars, 0, n);
    if (prefix.back() == ' ') continue;
    out.emplace_back(prefix);
  }
  return out;
}

std::vector<BenchQuery> make_queries(const std::vector<ScaleArticle>& articles,
                                     const QuerySetOptions& options) {
  std::vector<BenchQuery> out;
  if (articles.empty()) return out;
  std::map<std::string, std::vector<size_t>> by_language;
  for (size_t i = 0; i < articles.size(); ++i) {
    by_language[articles[i].passage.language].push_back(i);
  }
  std::vector<const std::vector<size_t>*> languages;
  for (const auto& [language, indexes] : by_language) languages.push_back(&indexes);

  SplitMix rng(options.seed);
  size_t attempts = 0;
  while (out.size() < options.count && attempts++ < options.count * 20) {
    const size_t turn = out.size();
    const std::vector<size_t>& pool = *languages[(turn / 2) % languages.size()];
    const ScaleArticle& article =
        turn % 2 == 0 ? articles[rng.below(articles.size())] : articles[pool[rng.below(pool.size())]];
    const std::vector<std::string> words = text_words(article.passage.body);
    if (words.empty()) continue;
    const size_t n = std::min<size_t>(words.size(), 1 + rng.below(options.max_words));
    const size_t start = rng.below(words.size() - n + 1);
    std::vector<std::string> picked(words.begin() + start, words.begin() + start + n);

    BenchQuery q;
    q.client = article.client;
    q.language = article.passage.language;
    const uint64_t roll = rng.below(100);
    const uint64_t r = rng.next();
    if (roll < options.typo_percent) {
      q.kind = "typo";
      std::string& word = picked[r % picked.size()];
      const std::string typo = with_typo(word, r / 7);
      if (typo == word) continue;
      word = typo;
    } else if (roll < options.typo_percent + options.prefix_percent) {
      q.kind = "prefix";
    } else {
      q.kind = "words";
    }
    if (q.kind == "prefix") {
      q.text = with_last_word_cut(picked, r);
    } else {
      for (size_t i = 0; i < picked.size(); ++i) q.text += (i ? " " : "") + picked[i];
    }
    out.push_back(std::move(q));
  }
  return out;
}

std::string queries_to_tsv(const std::vector<BenchQuery>& queries) {
  std::string out;
  for (const auto& q : queries) out += q.client + "\t" + q.language + "\t" + q.kind + "\t" + q.text + "\n";
  return out;
}

Result<std::vector<BenchQuery>> queries_from_tsv(std::string_view tsv, const std::string& where) {
  std::vector<BenchQuery> out;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.empty()) continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (int i = 0; i < 3; ++i) {
      const size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) break;
      fields.emplace_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    if (fields.size() != 3 || start >= line.size()) {
      return Status::invalid_argument(
          "expected client, language, kind and query separated by tabs",
          {where, static_cast<uint32_t>(line_number), ""});
    }
    out.push_back({fields[0], fields[1], fields[2], std::string(line.substr(start))});
  }
  return out;
}

}  // namespace kb::bench
