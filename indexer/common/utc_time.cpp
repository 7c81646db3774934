#include "indexer/common/utc_time.h"

namespace kb {

namespace {

std::string format_utc(std::time_t time, const char* format) {
  std::tm tm{};
  gmtime_r(&time, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

}  // namespace

std::string utc_iso8601(std::time_t time) { return format_utc(time, "%Y-%m-%dT%H:%M:%SZ"); }

std::string utc_now_iso8601() { return utc_iso8601(std::time(nullptr)); }

std::string utc_day(std::time_t time) { return format_utc(time, "%Y-%m-%d"); }

}  // namespace kb
