#include "server/access/secret.h"

#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "server/access/sha256.h"

namespace kb {

Result<std::string> generate_secret() {
  std::array<uint8_t, kSecretBytes> bytes{};
  size_t filled = 0;
  while (filled < bytes.size()) {
    const ssize_t got = getrandom(bytes.data() + filled, bytes.size() - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::io_error(std::string("getrandom failed: ") + std::strerror(errno));
    }
    filled += static_cast<size_t>(got);
  }
  return "kb_" + to_hex(bytes.data(), bytes.size());
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Every byte of the longer string is looked at, whatever the contents.
  const size_t n = std::max(a.size(), b.size());
  uint8_t difference = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t x = i < a.size() ? static_cast<uint8_t>(a[i]) : 0;
    const uint8_t y = i < b.size() ? static_cast<uint8_t>(b[i]) : 0;
    difference |= x ^ y;
  }
  // volatile keeps the compiler from turning the loop into an early exit.
  volatile uint8_t result = difference;
  return result == 0;
}

}  // namespace kb
