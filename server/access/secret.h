// API key secrets: making new ones and comparing them without leaking, by
// timing, how much of a guess was right.
//
// Thread safety: all functions may be called from any thread.
#pragma once

#include <string>
#include <string_view>

#include "indexer/common/result.h"

namespace kb {

// Bytes of randomness in a new secret (256 bits).
inline constexpr size_t kSecretBytes = 32;

// "kb_" and 64 hex digits from getrandom(2). IoError when the kernel gives
// no randomness (never retried with a weaker source).
Result<std::string> generate_secret();

// True when a and b are equal. The time taken depends only on the lengths,
// never on where the first difference is.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace kb
