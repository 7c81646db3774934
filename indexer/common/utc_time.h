// UTC timestamps as the index and the API write them (ISO 8601, "Z").
// Thread-safe (gmtime_r).
#pragma once

#include <ctime>
#include <string>

namespace kb {

// "2026-11-23T22:31:05Z".
std::string utc_iso8601(std::time_t time);
std::string utc_now_iso8601();

// "2026-11-23".
std::string utc_day(std::time_t time);

}  // namespace kb
