// SHA-256 (FIPS 180-4), used to store API keys as hashes instead of secrets.
// Written here so that kbsearch needs no crypto library for one hash; the
// standard's test vectors are in tests/access/sha256_test.cpp.
//
// Thread safety: a Sha256 object is used by one thread; the free functions
// are pure.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kb {

using Sha256Digest = std::array<uint8_t, 32>;

// Incremental hashing: update() any number of times, then finish() once.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  Sha256Digest finish();

 private:
  void compress(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

Sha256Digest sha256(std::string_view data);

// The digest as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

// Lower-case hex of any bytes.
std::string to_hex(const uint8_t* bytes, size_t size);

}  // namespace kb
