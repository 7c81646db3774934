// Vocabulary: one client's words (the kPrefixWord terms of its database)
// with their document frequencies, in memory and sorted, for what an
// agent's typing needs: completions of a half-typed word, and the words
// within a small weighted edit distance of a misspelled one (edit_cost.h).
//
// Xapian 1.4 has no edit-distance search, so corrections walk the sorted
// words as a trie, keeping one row of the edit-distance table per depth
// and skipping every branch whose row is already over the budget; a walk
// visits at most CorrectionOptions::max_nodes trie nodes.
// Memory: the words' bytes plus 8 bytes per word, and 16 per distinct first
// letter.
//
// Thread safety: immutable once built; share it between threads.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/analysis/script.h"

namespace kb {

struct CorrectionOptions {
  double max_cost = 1;      // largest total edit cost accepted
  size_t limit = 3;         // corrections returned, cheapest then most frequent first
  // Also accept words that only start with something within max_cost of the
  // word (a misspelled word still being typed).
  bool as_prefix = false;
  size_t max_nodes = 20000;  // trie nodes visited at most
};

class Vocabulary {
 public:
  // The words of `db` (Xapian errors propagate).
  static std::shared_ptr<const Vocabulary> load(const Xapian::Database& db);

  // From (word, frequency) pairs in any order; for tests and tools.
  static std::shared_ptr<const Vocabulary> from_words(
      std::vector<std::pair<std::string, uint32_t>> words);

  struct Candidate {
    std::string_view word;
    uint32_t frequency = 0;
    double cost = 0;  // 0 for completions
  };

  size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

  // Documents containing `word` exactly; 0 when it is not a word of the client.
  uint32_t frequency(std::string_view word) const;

  // Words that start with `prefix` (longer than it), most frequent first, at
  // most `limit`; of a large range only the first `max_scan` words in sort
  // order are considered, so a short prefix costs a bounded time.
  std::vector<Candidate> completions(std::string_view prefix, size_t limit,
                                     size_t max_scan = 4096) const;

  // Words other than `word` within options.max_cost of it.
  std::vector<Candidate> corrections(std::string_view word, const CorrectionOptions& options) const;

 private:
  class Walk;

  Vocabulary() = default;
  std::string_view word_at(size_t i) const {
    return std::string_view(bytes_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  size_t lower_bound(std::string_view word) const;
  void index_initials();

  std::string bytes_;                // every word, sorted bytewise (= by code point)
  std::vector<uint32_t> offsets_;    // word i is bytes_[offsets_[i], offsets_[i + 1])
  std::vector<uint32_t> frequencies_;
  // The words by first letter, in sort order: a correction starts from the
  // initials of its own script without decoding the thousands of others
  // (each Chinese character starts a run of words).
  struct Initial {
    uint32_t begin = 0;  // first word starting with it
    uint32_t code_point = 0;
    uint8_t bytes = 0;  // its UTF-8 length
    Script script = Script::kOther;
  };
  std::vector<Initial> initials_;
};

}  // namespace kb
