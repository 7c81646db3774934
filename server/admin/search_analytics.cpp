#include "server/admin/search_analytics.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "indexer/common/ascii.h"
#include "indexer/common/utc_time.h"

namespace kb {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFilePrefix = "searches-";
constexpr std::string_view kFileSuffix = ".tsv";
constexpr std::time_t kDaySeconds = 24 * 60 * 60;

// The query as counted: ASCII lower-cased, runs of white space one space.
std::string normalize_query(std::string_view query) {
  std::string out;
  bool space = false;
  for (char c : ascii_lower(query)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// A store line is tab-separated; the query is the last field, with \, tab
// and line breaks escaped.
std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

std::string unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char c = text[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

bool parse_line(const std::string& line, SearchRecord* record) {
  size_t fields[5];
  size_t pos = 0;
  for (size_t& end : fields) {
    end = line.find('\t', pos);
    if (end == std::string::npos) return false;
    pos = end + 1;
  }
  try {
    record->time_ms = std::stoll(line.substr(0, fields[0]));
    record->client = line.substr(fields[0] + 1, fields[1] - fields[0] - 1);
    record->hits = std::stoul(line.substr(fields[1] + 1, fields[2] - fields[1] - 1));
    record->best_score = std::stod(line.substr(fields[2] + 1, fields[3] - fields[2] - 1));
    record->confident = line.substr(fields[3] + 1, fields[4] - fields[3] - 1) == "1";
  } catch (const std::exception&) {
    return false;  // a line cut short by a crash
  }
  record->query = unescape(std::string_view(line).substr(fields[4] + 1));
  return true;
}

// The Unix time of 00:00 UTC on `day` ("YYYY-MM-DD"), or -1 if it is not one.
std::time_t parse_day(const std::string& day) {
  std::tm tm{};
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return -1;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (day[i] < '0' || day[i] > '9') return -1;
  }
  tm.tm_year = std::stoi(day.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(day.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(day.substr(8, 2));
  const std::time_t t = timegm(&tm);
  return utc_day(t) == day ? t : -1;  // refuses 2026-02-30
}

std::vector<QueryCount> top_of(const std::map<std::string, size_t>& counts, size_t top) {
  std::vector<QueryCount> list;
  for (const auto& [query, count] : counts) list.push_back({query, count});
  std::stable_sort(list.begin(), list.end(),
                   [](const QueryCount& a, const QueryCount& b) { return a.count > b.count; });
  if (list.size() > top) list.resize(top);
  return list;
}

long file_number(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.rfind(kFilePrefix, 0) != 0 || name.size() <= kFilePrefix.size() + kFileSuffix.size()) {
    return -1;
  }
  const std::string digits =
      name.substr(kFilePrefix.size(), name.size() - kFilePrefix.size() - kFileSuffix.size());
  if (digits.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(digits);
}

std::string file_name(long number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06ld", number);
  return std::string(kFilePrefix) + buf + std::string(kFileSuffix);
}

}  // namespace

SearchRecord search_record(const SearchResults& results) {
  SearchRecord record;
  record.time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  record.client = results.client;
  record.query = results.query;
  record.hits = results.total;
  record.best_score = results.hits.empty() ? 0 : results.hits.front().score;
  record.confident = results.confident;
  return record;
}

SearchAnalytics::SearchAnalytics(SearchAnalyticsOptions options)
    : options_(std::move(options)), thread_([this] { run(); }) {}

SearchAnalytics::~SearchAnalytics() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void SearchAnalytics::record(SearchRecord record) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (queue_.size() >= options_.queue_capacity) {
      ++dropped_;
      return;
    }
    queue_.push_back(std::move(record));
    ++queued_total_;
  }
  wake_.notify_one();
}

void SearchAnalytics::flush() {
  std::unique_lock<std::mutex> lock(mutex_);
  const std::uint64_t target = queued_total_;
  written_.wait(lock, [&] { return written_total_ >= target; });
}

size_t SearchAnalytics::dropped() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return dropped_;
}

void SearchAnalytics::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, all written
    std::vector<SearchRecord> batch(std::make_move_iterator(queue_.begin()),
                                    std::make_move_iterator(queue_.end()));
    queue_.clear();
    lock.unlock();
    write(batch);
    lock.lock();
    written_total_ += batch.size();
    written_.notify_all();
  }
}

std::vector<std::string> SearchAnalytics::files() const {
  std::vector<std::pair<long, std::string>> numbered;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options_.dir, ec)) {
    const long n = file_number(entry.path());
    if (n >= 0) numbered.emplace_back(n, entry.path().string());
  }
  std::sort(numbered.begin(), numbered.end());
  std::vector<std::string> paths;
  for (auto& [n, path] : numbered) paths.push_back(std::move(path));
  return paths;
}

void SearchAnalytics::write(const std::vector<SearchRecord>& records) {
  std::error_code ec;
  fs::create_directories(options_.dir, ec);
  std::vector<std::string> existing = files();
  std::string current;
  if (!existing.empty() && fs::file_size(existing.back(), ec) < options_.max_file_bytes && !ec) {
    current = existing.back();
  } else {
    const long next = existing.empty() ? 1 : file_number(existing.back()) + 1;
    current = (fs::path(options_.dir) / file_name(next)).string();
    existing.push_back(current);
  }
  // Losing analytics must never fail a search: a write error drops the batch.
  if (std::FILE* out = std::fopen(current.c_str(), "a")) {
    for (const SearchRecord& r : records) {
      std::fprintf(out, "%lld\t%s\t%zu\t%.4f\t%d\t%s\n", static_cast<long long>(r.time_ms),
                   r.client.c_str(), r.hits, r.best_score, r.confident ? 1 : 0,
                   escape(r.query).c_str());
    }
    std::fclose(out);
  }
  for (size_t i = 0; i + options_.max_files < existing.size(); ++i) fs::remove(existing[i], ec);
}

Result<AnalyticsReport> SearchAnalytics::report(const AnalyticsQuery& query) const {
  AnalyticsReport report;
  report.client = query.client;
  report.to = query.to.empty() ? utc_day(std::time(nullptr)) : query.to;
  const std::time_t to = parse_day(report.to);
  if (to < 0) {
    return Status::invalid_argument("to must be a day, YYYY-MM-DD (UTC)", {"", 0, "to"});
  }
  report.from = query.from.empty() ? utc_day(to - 6 * kDaySeconds) : query.from;
  const std::time_t from = parse_day(report.from);
  if (from < 0) {
    return Status::invalid_argument("from must be a day, YYYY-MM-DD (UTC)", {"", 0, "from"});
  }
  if (from > to) {
    return Status::invalid_argument("from is after to", {"", 0, "from"});
  }

  std::map<std::string, size_t> all, no_hits, no_confident;
  std::map<std::string, DayCount> days;
  for (const std::string& path : files()) {
    std::ifstream in(path);
    std::string line;
    SearchRecord r;
    while (std::getline(in, line)) {
      if (in.eof() || !parse_line(line, &r) || r.client != query.client) continue;
      const std::string day = utc_day(static_cast<std::time_t>(r.time_ms / 1000));
      if (day < report.from || day > report.to) continue;
      const std::string q = normalize_query(r.query);
      ++report.searches;
      ++all[q];
      DayCount& d = days[day];
      d.day = day;
      ++d.searches;
      if (r.hits == 0) {
        ++no_hits[q];
        ++d.no_hits;
      }
      if (!r.confident) {
        ++no_confident[q];
        ++d.no_confident_hit;
      }
    }
  }
  report.top_queries = top_of(all, query.top);
  report.no_hits = top_of(no_hits, query.top);
  report.no_confident_hit = top_of(no_confident, query.top);
  for (auto& [day, count] : days) report.per_day.push_back(std::move(count));
  return report;
}

}  // namespace kb
