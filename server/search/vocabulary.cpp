#include "server/search/vocabulary.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <limits>
#include <map>

#include "indexer/analysis/script.h"
#include "indexer/index/index_format.h"
#include "server/search/edit_cost.h"

namespace kb {

namespace {

// Words longer than this many code points are not corrected or offered.
constexpr size_t kMaxWordCodePoints = 48;

// The code point at byte `pos` of `word` (its length must be > pos).
UChar32 code_point_at(std::string_view word, size_t pos, size_t* next) {
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(pos);
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  *next = static_cast<size_t>(i);
  return c;
}

std::vector<UChar32> code_points(std::string_view word) {
  std::vector<UChar32> out;
  for (size_t pos = 0; pos < word.size();) out.push_back(code_point_at(word, pos, &pos));
  return out;
}

void sort_by_cost_then_frequency(std::vector<Vocabulary::Candidate>* candidates) {
  std::sort(candidates->begin(), candidates->end(), [](const auto& a, const auto& b) {
    if (a.cost != b.cost) return a.cost < b.cost;
    if (a.frequency != b.frequency) return a.frequency > b.frequency;
    return a.word < b.word;
  });
}

}  // namespace

std::shared_ptr<const Vocabulary> Vocabulary::from_words(
    std::vector<std::pair<std::string, uint32_t>> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              words.end());
  std::shared_ptr<Vocabulary> v(new Vocabulary());
  v->offsets_.push_back(0);
  for (const auto& [word, frequency] : words) {
    if (word.empty()) continue;
    v->bytes_ += word;
    v->offsets_.push_back(static_cast<uint32_t>(v->bytes_.size()));
    v->frequencies_.push_back(frequency);
  }
  v->index_initials();
  return v;
}

std::shared_ptr<const Vocabulary> Vocabulary::load(const Xapian::Database& db) {
  std::shared_ptr<Vocabulary> v(new Vocabulary());
  v->offsets_.push_back(0);
  const std::string prefix(format::kPrefixWord);
  // Xapian returns terms sorted bytewise, which is the order the walk needs.
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    if (term.size() == prefix.size() || it.get_termfreq() == 0) continue;
    v->bytes_.append(term, prefix.size());
    v->offsets_.push_back(static_cast<uint32_t>(v->bytes_.size()));
    v->frequencies_.push_back(it.get_termfreq());
  }
  v->bytes_.shrink_to_fit();
  v->offsets_.shrink_to_fit();
  v->frequencies_.shrink_to_fit();
  v->index_initials();
  return v;
}

void Vocabulary::index_initials() {
  std::string_view initial;
  for (size_t i = 0; i < size(); ++i) {
    const std::string_view word = word_at(i);
    if (!initial.empty() && word.substr(0, initial.size()) == initial) continue;
    size_t next = 0;
    const UChar32 c = code_point_at(word, 0, &next);
    initial = word.substr(0, next);
    initials_.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(c),
                         static_cast<uint8_t>(next), script_of(static_cast<char32_t>(c))});
  }
  initials_.shrink_to_fit();
}

size_t Vocabulary::lower_bound(std::string_view word) const {
  size_t lo = 0;
  size_t hi = size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (word_at(mid) < word) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

uint32_t Vocabulary::frequency(std::string_view word) const {
  const size_t i = lower_bound(word);
  return i < size() && word_at(i) == word ? frequencies_[i] : 0;
}

std::vector<Vocabulary::Candidate> Vocabulary::completions(std::string_view prefix, size_t limit,
                                                          size_t max_scan) const {
  std::vector<Candidate> found;
  if (prefix.empty() || limit == 0) return found;
  const size_t end = std::min(size(), lower_bound(prefix) + max_scan);
  for (size_t i = lower_bound(prefix); i < end; ++i) {
    const std::string_view w = word_at(i);
    if (w.substr(0, prefix.size()) != prefix) break;
    if (w.size() > prefix.size()) found.push_back({w, frequencies_[i], 0});
  }
  const size_t keep = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(),
                    [](const Candidate& a, const Candidate& b) {
                      return a.frequency != b.frequency ? a.frequency > b.frequency
                                                        : a.word < b.word;
                    });
  found.resize(keep);
  return found;
}

// One correction search: a depth-first walk over the sorted words as a
// trie. rows_[d] is the edit-distance row after the first d code points of
// the current branch: rows_[d][j] = cost of turning those into the first j
// code points of the typed word. A whole grapheme cluster costs at most
// kClusterCost to insert, delete or replace, so the budget counts clusters.
class Vocabulary::Walk {
 public:
  Walk(const Vocabulary& vocabulary, std::string_view typed, const CorrectionOptions& options)
      : v_(vocabulary),
        typed_(code_points(typed)),
        typed_script_(typed_.empty() ? Script::kOther : script_of(static_cast<char32_t>(typed_[0]))),
        options_(options) {}

  std::vector<Candidate> run(std::string_view typed_word) {
    const size_t m = typed_.size();
    typed_cluster_start_.assign(m + 1, 0);
    for (size_t j = 1; j <= m; ++j) {
      typed_cluster_start_[j] =
          j >= 2 && extends_cluster(typed_[j - 1]) ? typed_cluster_start_[j - 1] : j - 1;
    }
    typed_indel_.assign(m, 0);
    typed_has_marks_ = false;
    typed_costs_whole_edits_ = true;
    for (size_t j = 0; j < m; ++j) {
      typed_indel_[j] = indel_cost(typed_[j]);
      typed_has_marks_ = typed_has_marks_ || extends_cluster(typed_[j]);
      typed_costs_whole_edits_ = typed_costs_whole_edits_ && costs_whole_edits(typed_[j]);
    }
    rows_.assign(1, std::vector<double>(m + 1, 0));
    for (size_t j = 1; j <= m; ++j) {
      rows_[0][j] = std::min(rows_[0][j - 1] + typed_indel_[j - 1],
                             rows_[0][typed_cluster_start_[j]] + kClusterCost);
    }
    // One row per depth, made once: references to rows stay valid.
    rows_.resize(kMaxWordCodePoints + 2);
    branch_.clear();
    cluster_start_.clear();
    branch_marks_.clear();
    visit(0, v_.size(), 0);
    std::vector<Candidate> found;
    for (const auto& [index, cost] : best_) {
      const std::string_view w = v_.word_at(index);
      if (w != typed_word) found.push_back({w, v_.frequencies_[index], cost});
    }
    sort_by_cost_then_frequency(&found);
    if (found.size() > options_.limit) found.resize(options_.limit);
    return found;
  }

 private:
  void offer(size_t index, double cost) {
    auto [it, inserted] = best_.emplace(index, cost);
    if (!inserted) it->second = std::min(it->second, cost);
  }

  // Words [lo, hi) share their first `pos` bytes (the current branch).
  void visit(size_t lo, size_t hi, size_t pos) {
    if (++nodes_ > options_.max_nodes) return;
    const size_t depth = branch_.size();
    const std::vector<double>& row = rows_[depth];
    const double end_cost = row.back();
    if (depth > 0 && end_cost <= options_.max_cost) {
      if (options_.as_prefix) {
        // Every word below this branch starts like the typed word.
        for (size_t i = lo; i < hi && i < lo + kMaxPrefixWords; ++i) offer(i, end_cost);
        if (end_cost == 0) return;  // nothing below can be cheaper
      } else if (v_.word_at(lo).size() == pos) {
        offer(lo, end_cost);
      }
    }
    // A later mark may still replace the whole current cluster by a typed
    // one (push_row), so the branch is hopeless only when that cannot get
    // under budget either. When no typed cluster has marks, replacing a
    // whole cluster costs no less than editing its first letter, which the
    // row holds already.
    double lowest = *std::min_element(row.begin(), row.end());
    if (lowest > options_.max_cost && typed_has_marks_) {
      const std::vector<double>& before_cluster = rows_[depth > 0 ? cluster_start_.back() : 0];
      lowest = *std::min_element(before_cluster.begin(), before_cluster.end()) + kClusterCost;
    }
    if (lowest > options_.max_cost) return;
    if (depth >= kMaxWordCodePoints) return;
    if (depth == 0) {
      for (size_t k = 0; k < v_.initials_.size(); ++k) {
        const Initial& initial = v_.initials_[k];
        if (!same_script(initial.script)) continue;
        push_row(static_cast<UChar32>(initial.code_point));
        visit(initial.begin, k + 1 < v_.initials_.size() ? v_.initials_[k + 1].begin : hi,
              initial.bytes);
        pop_row();
        if (nodes_ > options_.max_nodes) return;
      }
      return;
    }
    // With no edit left to spend, only a child that continues the typed
    // word (or may cost less than a whole edit) can stay within budget.
    const bool spent = lowest + 1 > options_.max_cost && typed_costs_whole_edits_;
    size_t i = lo;
    if (i < hi && v_.word_at(i).size() == pos) ++i;  // the word that ends here
    while (i < hi) {
      size_t next_pos = 0;
      const UChar32 c = code_point_at(v_.word_at(i), pos, &next_pos);
      // The words whose next code point is c form one child branch.
      const size_t a = child_end(i, hi, pos, v_.word_at(i).substr(pos, next_pos - pos));
      if (spent && costs_whole_edits(c) &&
          std::find(typed_.begin(), typed_.end(), c) == typed_.end()) {
        // Rejected as its visit would reject it, and counted as a node alike.
        if (++nodes_ > options_.max_nodes) return;
        i = a;
        continue;
      }
      push_row(c);
      visit(i, a, next_pos);
      pop_row();
      if (nodes_ > options_.max_nodes) return;
      i = a;
    }
  }

  // The end of the run of words from `i` (below `hi`) that have the bytes
  // `next` at `pos` (the words of [i, hi) share their first `pos` bytes).
  // Galloping, then bisecting: most runs are short.
  size_t child_end(size_t i, size_t hi, size_t pos, std::string_view next) const {
    auto starts = [&](size_t k) {
      const std::string_view w = v_.word_at(k);
      if (w.size() < pos + next.size() || w[pos] != next[0]) return false;
      return next.size() == 1 || w.compare(pos, next.size(), next) == 0;
    };
    size_t in = i;  // known to start with it
    size_t out = hi;
    for (size_t step = 1; in + step < hi; step *= 2) {
      if (!starts(in + step)) {
        out = in + step;
        break;
      }
      in += step;
    }
    size_t a = in + 1;
    while (a < out) {
      const size_t mid = a + (out - a) / 2;
      if (starts(mid)) {
        a = mid + 1;
      } else {
        out = mid;
      }
    }
    return a;
  }

  // Whether a word whose first letter is in script `s` can be a
  // misspelling's target: a word is corrected within its own script (digits
  // and symbols go with any).
  bool same_script(Script s) const {
    return s == typed_script_ || s == Script::kOther || typed_script_ == Script::kOther;
  }

  // Whether every edit involving `c` costs a whole 1: no cheaper Indic
  // confusion, no mark joining a cluster.
  static bool costs_whole_edits(UChar32 c) { return !has_cheap_edits(c) && !extends_cluster(c); }

  void push_row(UChar32 c) {
    const size_t depth = branch_.size();
    const size_t m = typed_.size();
    // Rows are reused between branches: no allocation per trie node.
    std::vector<double>& row = rows_[depth + 1];
    row.resize(m + 1);
    const std::vector<double>& up = rows_[depth];
    // The row before the cluster `c` belongs to: from there, the whole
    // cluster is one insertion or one substitution (kClusterCost).
    const bool mark = extends_cluster(c);
    const size_t start = depth > 0 && mark ? cluster_start_.back() : depth;
    const std::vector<double>& before = rows_[start];
    const double c_indel = indel_cost(c);
    const bool cheap = has_cheap_edits(c);
    row[0] = std::min(up[0] + c_indel, before[0] + kClusterCost);
    // Swapping two letters: the cost two rows up, plus one.
    const auto transposed = [&](size_t j, UChar32 typed, double cost) {
      if (depth >= 1 && j >= 2 && c == typed_[j - 2] && branch_.back() == typed) {
        return std::min(cost, rows_[depth - 1][j - 2] + kTranspositionCost);
      }
      return cost;
    };
    if (!typed_has_marks_ && !mark && (branch_marks_.empty() || branch_marks_.back() == 0)) {
      // With no mark on either side every cluster is one code point and
      // every insertion or deletion costs 1, so cell j costs at least
      // |depth + 1 - j|: only a band along the diagonal can be within budget.
      // The cells outside only need to be over it.
      const auto band = static_cast<size_t>(options_.max_cost);
      const size_t d = depth + 1;
      const size_t first = d > band ? d - band : 1;
      const size_t last = std::min(m, d + band);
      for (size_t j = 1; j <= m && j < first; ++j) row[j] = options_.max_cost + 1;
      for (size_t j = std::max(first, last + 1); j <= m; ++j) row[j] = options_.max_cost + 1;
      for (size_t j = first; j <= last; ++j) {
        const UChar32 typed = typed_[j - 1];
        const double substitution = cheap ? substitution_cost(typed, c) : (typed == c ? 0.0 : 1.0);
        row[j] =
            transposed(j, typed, std::min({up[j] + 1, row[j - 1] + 1, up[j - 1] + substitution}));
      }
    } else {
      for (size_t j = 1; j <= m; ++j) {
        const size_t t = typed_cluster_start_[j];
        const UChar32 typed = typed_[j - 1];
        const double substitution = cheap ? substitution_cost(typed, c) : (typed == c ? 0.0 : 1.0);
        double cost = std::min(up[j] + c_indel, row[j - 1] + typed_indel_[j - 1]);
        cost = std::min(cost, up[j - 1] + substitution);
        cost = std::min({cost, before[j] + kClusterCost, row[t] + kClusterCost,
                         before[t] + kClusterCost});
        row[j] = transposed(j, typed, cost);
      }
    }
    branch_.push_back(c);
    cluster_start_.push_back(start);
    branch_marks_.push_back((branch_marks_.empty() ? 0 : branch_marks_.back()) + (mark ? 1 : 0));
  }

  void pop_row() {
    branch_.pop_back();
    cluster_start_.pop_back();
    branch_marks_.pop_back();
  }

  static constexpr size_t kMaxPrefixWords = 256;  // words taken from one matching branch

  const Vocabulary& v_;
  std::vector<UChar32> typed_;
  Script typed_script_;  // of its first code point
  CorrectionOptions options_;
  std::vector<std::vector<double>> rows_;
  std::vector<UChar32> branch_;
  std::vector<size_t> cluster_start_;        // per depth: the depth its cluster began at
  std::vector<size_t> typed_cluster_start_;  // per typed position j: where its cluster began
  std::vector<double> typed_indel_;          // indel_cost of each typed code point
  bool typed_has_marks_ = false;             // a typed code point extends a cluster
  bool typed_costs_whole_edits_ = true;      // every typed code point does (costs_whole_edits)
  std::vector<size_t> branch_marks_;         // per depth: marks in the branch so far
  std::map<size_t, double> best_;  // word index -> cheapest cost found
  size_t nodes_ = 0;
};

std::vector<Vocabulary::Candidate> Vocabulary::corrections(std::string_view word,
                                                          const CorrectionOptions& options) const {
  if (word.empty() || size() == 0) return {};
  if (code_points(word).size() > kMaxWordCodePoints) return {};
  Walk walk(*this, word, options);
  return walk.run(word);
}

}  // namespace kb
