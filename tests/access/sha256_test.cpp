#include "server/access/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace kb {
namespace {

struct Vector {
  std::string input;
  const char* digest;
};

// FIPS 180-4 examples (NIST "SHA256.pdf", "SHA2_Additional.pdf") and the
// padding boundaries around one 64-byte block (55, 56, 63, 64, 119 bytes).
TEST(Sha256Test, MatchesTheStandardsTestVectors) {
  const Vector vectors[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlm"
       "nopqrsmnopqrstnopqrstu",
       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
      {std::string(55, 'a'), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {std::string(56, 'a'), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {std::string(63, 'a'), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {std::string(119, 'a'), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
  };
  for (const Vector& v : vectors) {
    EXPECT_EQ(sha256_hex(v.input), v.digest) << "input of " << v.input.size() << " bytes";
  }
}

TEST(Sha256Test, PiecewiseUpdatesGiveTheSameDigest) {
  const std::string text = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnop"
                           "jklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  for (size_t piece : {1u, 3u, 63u, 64u, 65u}) {
    Sha256 hash;
    for (size_t pos = 0; pos < text.size(); pos += piece) hash.update(text.substr(pos, piece));
    const Sha256Digest digest = hash.finish();
    EXPECT_EQ(to_hex(digest.data(), digest.size()), sha256_hex(text)) << "pieces of " << piece;
  }
}

}  // namespace
}  // namespace kb
