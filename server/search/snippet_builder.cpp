#include "server/search/snippet_builder.h"

#include <algorithm>
#include <span>

#include "indexer/common/utf8.h"
#include "server/search/grapheme_index.h"

namespace kb {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

struct Passage {
  int distinct = 0;  // distinct query terms inside
  int matches = 0;   // matched words inside
  uint32_t start = 0;
  uint32_t end = 0;
  bool better_than(const Passage& o) const {
    return distinct != o.distinct ? distinct > o.distinct : matches > o.matches;
  }
};

// True when the text between two words ends a sentence: . ? ! a line break
// or the Devanagari danda (U+0964), which Hindi and Bengali use as a full stop.
bool has_sentence_end(std::string_view between) {
  return between.find_first_of(".?!\n") != std::string_view::npos ||
         between.find("\xE0\xA5\xA4") != std::string_view::npos;
}

// Best window of at most max_chars characters that starts and ends on a
// matched word. Two pointers over the matched words: linear in their number.
Passage best_passage(const std::vector<WordMatch>& words, size_t term_count,
                     const GraphemeIndex& graphemes, size_t max_chars) {
  std::vector<size_t> matched;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].term >= 0) matched.push_back(i);
  }
  std::vector<int> in_window(term_count, 0);
  Passage best;
  Passage window;
  size_t e = 0;
  for (size_t s = 0; s < matched.size(); ++s) {
    if (e < s) e = s;
    window.start = words[matched[s]].start;
    if (e == s) {
      window.end = words[matched[s]].end;  // a single word is taken even if too long
      window.matches = 1;
      window.distinct = in_window[words[matched[s]].term]++ == 0 ? 1 : 0;
      ++e;
    }
    while (e < matched.size() &&
           graphemes.chars_between(window.start, words[matched[e]].end) <= max_chars) {
      window.end = words[matched[e]].end;
      ++window.matches;
      if (in_window[words[matched[e]].term]++ == 0) ++window.distinct;
      ++e;
    }
    if (window.better_than(best)) best = window;
    --window.matches;
    if (--in_window[words[matched[s]].term] == 0) --window.distinct;
  }
  return best;
}

// Widens a passage to use the rest of the budget: back to the start of its
// sentence when that is close, then forward by whole words.
void widen(std::string_view text, const std::vector<WordMatch>& words,
           const GraphemeIndex& graphemes, size_t max_chars, Passage* p) {
  const size_t used = graphemes.chars_between(p->start, p->end);
  if (used >= max_chars) return;
  const size_t lead_budget = (max_chars - used) / 3;
  uint32_t start = p->start;
  for (auto it = std::lower_bound(words.begin(), words.end(), p->start,
                                  [](const WordMatch& w, uint32_t b) { return w.start < b; });
       it != words.begin();) {
    --it;
    if (graphemes.chars_between(it->start, p->start) > lead_budget) break;
    const std::string_view between = text.substr(it->end, start - it->end);
    if (has_sentence_end(between)) break;
    start = it->start;
  }
  // Punctuation before the first word or after the last belongs to the text.
  if (start == words.front().start) start = 0;
  p->start = start;
  for (const WordMatch& w : words) {
    if (w.start < p->end) continue;
    if (graphemes.chars_between(p->start, w.end) > max_chars) break;
    p->end = w.end;
  }
  const auto text_end = static_cast<uint32_t>(text.size());
  if (p->end == words.back().end && graphemes.chars_between(p->start, text_end) <= max_chars) {
    p->end = text_end;
  }
}

// The passage as HTML with matched words marked.
std::string render(std::string_view text, const std::vector<WordMatch>& words,
                   const Passage& p) {
  std::string out;
  out.reserve(p.end - p.start + 64);
  if (p.start > 0) out += kEllipsis;
  uint32_t pos = p.start;
  for (const WordMatch& w : words) {
    if (w.start < p.start || w.end > p.end || w.term < 0) continue;
    append_escaped_html(text.substr(pos, w.start - pos), &out);
    out += "<mark>";
    append_escaped_html(text.substr(w.start, w.end - w.start), &out);
    out += "</mark>";
    pos = w.end;
  }
  append_escaped_html(text.substr(pos, p.end - pos), &out);
  if (p.end < text.size() && text.substr(p.end).find_first_not_of(" \t\r\n.") != std::string::npos) {
    out += kEllipsis;
  }
  return out;
}

// The start of `text`, at most `max_bytes` long, cut at a space so no word
// or character is split.
std::string_view scan_prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  const size_t space = text.find_last_of(" \n\t", max_bytes);
  return text.substr(0, space == std::string_view::npos ? 0 : space);
}

}  // namespace

void append_escaped_html(std::string_view text, std::string* out) {
  // Most of a passage needs no escaping: copied a run at a time.
  size_t done = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view escaped;
    switch (text[i]) {
      case '&': escaped = "&amp;"; break;
      case '<': escaped = "&lt;"; break;
      case '>': escaped = "&gt;"; break;
      case '"': escaped = "&quot;"; break;
      case '\'': escaped = "&#39;"; break;
      case '\n':
      case '\r':
      case '\t': escaped = " "; break;
      default: continue;
    }
    out->append(text, done, i - done);
    out->append(escaped);
    done = i + 1;
  }
  out->append(text, done);
}

std::string SnippetBuilder::build(const Document& doc, const std::vector<std::string>& terms,
                                  const std::vector<WordSpan>& text_words) const {
  struct Candidate {
    std::string_view text;
    std::string label;  // "N. " for a step
    std::vector<WordMatch> words;
    Passage passage;
  };
  std::vector<Candidate> candidates;
  candidates.push_back({scan_prefix(doc.text, options_.max_scan_bytes), "", {}, {}});
  for (size_t i = 0; i < doc.steps.size(); ++i) {
    candidates.push_back({doc.steps[i], std::to_string(i + 1) + ". ", {}, {}});
  }

  Candidate* best = nullptr;
  // The body's stored words, cut to the scanned part of it.
  const auto scanned_end =
      std::find_if(text_words.begin(), text_words.end(),
                   [&](const WordSpan& w) { return w.end > candidates.front().text.size(); });
  const std::span<const WordSpan> body_words(text_words.begin(), scanned_end);
  for (auto& c : candidates) {
    c.words = &c == &candidates.front() && !text_words.empty()
                  ? analyzer_.match_terms(c.text, body_words, doc.language, terms)
                  : analyzer_.match_terms(c.text, doc.language, terms);
    if (std::none_of(c.words.begin(), c.words.end(),
                     [](const WordMatch& w) { return w.term >= 0; })) {
      continue;
    }
    const GraphemeIndex graphemes(c.text);
    c.passage = best_passage(c.words, terms.size(), graphemes, options_.max_chars);
    if (!best || c.passage.better_than(best->passage)) {
      best = &c;
      widen(c.text, c.words, graphemes, options_.max_chars, &c.passage);
    }
  }

  if (!best) {
    // No query word in the body or steps (a title match): the body's start.
    Candidate& c = candidates.front().words.empty() && candidates.size() > 1 ? candidates[1]
                                                                             : candidates.front();
    if (c.words.empty()) return {};
    const GraphemeIndex graphemes(c.text);
    Passage p{0, 0, c.words.front().start, c.words.front().end};
    widen(c.text, c.words, graphemes, options_.max_chars, &p);
    return c.label + render(c.text, c.words, p);
  }
  return best->label + render(best->text, best->words, best->passage);
}

}  // namespace kb
