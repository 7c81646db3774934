#include "server/search/snippet_builder.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <unordered_set>

namespace kb {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// Byte offsets of every grapheme boundary in a text, to count characters
// between two byte offsets.
class GraphemeIndex {
 public:
  explicit GraphemeIndex(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_SUCCESS(status)) it->setText(ut, status);
    if (U_SUCCESS(status)) {
      for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) {
        boundaries_.push_back(static_cast<uint32_t>(b));
      }
    } else {
      for (uint32_t b = 0; b <= text.size(); ++b) boundaries_.push_back(b);
    }
    utext_close(ut);
  }

  // Characters between two byte offsets that lie on boundaries.
  size_t chars_between(uint32_t from, uint32_t to) const { return index_of(to) - index_of(from); }

 private:
  size_t index_of(uint32_t byte) const {
    return static_cast<size_t>(std::lower_bound(boundaries_.begin(), boundaries_.end(), byte) -
                               boundaries_.begin());
  }
  std::vector<uint32_t> boundaries_;
};

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

// Best window of `text` of at most max_chars characters, cut at token edges.
Passage best_passage(const std::vector<Token>& tokens,
                     const std::vector<bool>& matched, const GraphemeIndex& graphemes,
                     size_t max_chars) {
  Passage best;
  for (size_t s = 0; s < tokens.size(); ++s) {
    if (!matched[s]) continue;
    Passage p;
    p.start = tokens[s].start;
    std::unordered_set<std::string_view> seen;
    for (size_t e = s; e < tokens.size(); ++e) {
      if (graphemes.chars_between(p.start, tokens[e].end) > max_chars) break;
      p.end = tokens[e].end;
      if (matched[e]) {
        ++p.matches;
        seen.insert(tokens[e].term);
      }
    }
    p.distinct = static_cast<int>(seen.size());
    if (p.end == 0) p.end = tokens[s].end;  // a single word longer than the budget
    if (p.better_than(best)) best = p;
  }
  return best;
}

// Widens a passage to use the rest of the budget: back to the start of its
// sentence when that is close, then forward by whole words.
void widen(std::string_view text, const std::vector<Token>& tokens, const GraphemeIndex& graphemes,
           size_t max_chars, Passage* p) {
  const size_t used = graphemes.chars_between(p->start, p->end);
  if (used >= max_chars) return;
  const size_t lead_budget = (max_chars - used) / 3;
  uint32_t start = p->start;
  for (auto it = std::lower_bound(tokens.begin(), tokens.end(), p->start,
                                  [](const Token& t, uint32_t b) { return t.start < b; });
       it != tokens.begin();) {
    --it;
    if (graphemes.chars_between(it->start, p->start) > lead_budget) break;
    const std::string_view between = text.substr(it->end, start - it->end);
    if (has_sentence_end(between)) break;
    start = it->start;
  }
  p->start = start;
  for (const Token& t : tokens) {
    if (t.start < p->end) continue;
    if (graphemes.chars_between(p->start, t.end) > max_chars) break;
    p->end = t.end;
  }
}

// The passage as HTML with matched words marked.
std::string render(std::string_view text, const std::vector<Token>& tokens,
                   const std::vector<bool>& matched, const Passage& p) {
  std::string out;
  if (p.start > 0) out += kEllipsis;
  uint32_t pos = p.start;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.start < p.start || t.end > p.end || !matched[i]) continue;
    out += escape_html(text.substr(pos, t.start - pos));
    out += "<mark>";
    out += escape_html(text.substr(t.start, t.end - t.start));
    out += "</mark>";
    pos = t.end;
  }
  out += escape_html(text.substr(pos, p.end - pos));
  if (p.end < text.size() && text.substr(p.end).find_first_not_of(" \t\r\n.") != std::string::npos) {
    out += kEllipsis;
  }
  return out;
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n':
      case '\r':
      case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

std::string SnippetBuilder::build(const Document& doc, const std::vector<std::string>& terms) const {
  const std::unordered_set<std::string_view> wanted(terms.begin(), terms.end());
  struct Candidate {
    std::string_view text;
    std::string label;  // "N. " for a step
    std::vector<Token> tokens;
    std::vector<bool> matched;
    Passage passage;
  };
  std::vector<Candidate> candidates;
  candidates.push_back({doc.text, "", {}, {}, {}});
  for (size_t i = 0; i < doc.steps.size(); ++i) {
    candidates.push_back({doc.steps[i], std::to_string(i + 1) + ". ", {}, {}, {}});
  }

  Candidate* best = nullptr;
  for (auto& c : candidates) {
    c.tokens = analyzer_.analyze(c.text, doc.language);
    c.matched.resize(c.tokens.size());
    bool any = false;
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      c.matched[i] = wanted.count(c.tokens[i].term) > 0;
      any = any || c.matched[i];
    }
    if (!any) continue;
    const GraphemeIndex graphemes(c.text);
    c.passage = best_passage(c.tokens, c.matched, graphemes, options_.max_chars);
    if (!best || c.passage.better_than(best->passage)) best = &c;
    if (best == &c) widen(c.text, c.tokens, graphemes, options_.max_chars, &c.passage);
  }

  if (!best) {
    // No query word in the body or steps (a title match): the body's start.
    Candidate& c = candidates.front().tokens.empty() && candidates.size() > 1 ? candidates[1]
                                                                              : candidates.front();
    if (c.tokens.empty()) return {};
    const GraphemeIndex graphemes(c.text);
    Passage p{0, 0, c.tokens.front().start, c.tokens.front().end};
    widen(c.text, c.tokens, graphemes, options_.max_chars, &p);
    p.start = 0;
    return c.label + render(c.text, c.tokens, c.matched, p);
  }
  return best->label + render(best->text, best->tokens, best->matched, best->passage);
}

}  // namespace kb
