// SearchAnalytics: what agents searched for and did not find, for editors
// (GET /v1/clients/{client}/analytics). Each search (first page only; the
// next pages are the same search) is recorded as client, query text, hit
// count, best score, whether a hit was confident, and time; nothing else
// about who searched.
//
// record() never blocks a search: it appends to a bounded in-memory queue
// (records beyond options.queue_capacity are dropped and counted) that a
// background thread writes to a bounded, rotating store under options.dir:
// files searches-000001.tsv, -000002 ..., a new one begun when the current
// one passes max_file_bytes, the oldest deleted beyond max_files. So the
// store holds at most about max_files * max_file_bytes (64 MiB by default,
// some 600,000 searches) and survives restarts.
//
// Thread safety: every method may be called from any thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "indexer/common/result.h"
#include "server/search/search_types.h"

namespace kb {

struct SearchRecord {
  std::int64_t time_ms = 0;  // Unix time in milliseconds
  std::string client;
  std::string query;
  size_t hits = 0;          // matches (SearchResults::total)
  double best_score = 0;    // score of the first hit; 0 without hits
  bool confident = false;   // the search's own SearchResults::confident
};

// The record of `results`, timed now. Whether a hit was confident is what
// the search itself decided (SearchResults::confident), so analytics and the
// agent's response never disagree.
SearchRecord search_record(const SearchResults& results);

struct SearchAnalyticsOptions {
  std::string dir;  // required: the store's folder, created when missing
  size_t queue_capacity = 10000;
  size_t max_file_bytes = 8u * 1024 * 1024;
  size_t max_files = 8;
};

struct QueryCount {
  std::string query;  // as normalized for counting: ASCII lower-cased, spaces collapsed
  size_t count = 0;
};

struct DayCount {
  std::string day;  // "2026-11-23", UTC
  size_t searches = 0;
  size_t no_hits = 0;
  size_t no_confident_hit = 0;  // includes those without hits
};

struct AnalyticsReport {
  std::string client;
  std::string from, to;  // the days covered, inclusive
  size_t searches = 0;
  std::vector<QueryCount> top_queries;       // most searched first
  std::vector<QueryCount> no_hits;           // most searched first, among those with no hit
  std::vector<QueryCount> no_confident_hit;  // among those without a confident hit
  std::vector<DayCount> per_day;             // every day of the range with a search, in order
};

struct AnalyticsQuery {
  std::string client;  // required
  std::string from;    // first day, "YYYY-MM-DD" (UTC), inclusive
  std::string to;      // last day, inclusive
  size_t top = 20;     // entries per list
};

class SearchAnalytics {
 public:
  explicit SearchAnalytics(SearchAnalyticsOptions options);
  ~SearchAnalytics();  // writes what is queued, then stops
  SearchAnalytics(const SearchAnalytics&) = delete;
  SearchAnalytics& operator=(const SearchAnalytics&) = delete;

  // Queues `record` for the store; O(1), never waits for the disk.
  void record(SearchRecord record);

  // Waits until every record queued before the call is in the store.
  void flush();

  // Records dropped because the queue was full, since start.
  size_t dropped() const;

  // Counts over the store. InvalidArgument ("from"/"to") for a day that is
  // not YYYY-MM-DD or a range that ends before it starts.
  Result<AnalyticsReport> report(const AnalyticsQuery& query) const;

 private:
  void run();
  void write(const std::vector<SearchRecord>& records);
  std::vector<std::string> files() const;  // the store's files, oldest first

  SearchAnalyticsOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable written_;
  std::deque<SearchRecord> queue_;
  size_t dropped_ = 0;
  std::uint64_t queued_total_ = 0;   // records ever queued
  std::uint64_t written_total_ = 0;  // records ever written (or failed to be)
  bool stop_ = false;
  std::thread thread_;  // last: started after the fields above exist
};

}  // namespace kb
