#include "server/search/grapheme_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "indexer/common/utf8.h"

namespace kb {
namespace {

// The index counts, from the start, as many characters to each boundary as
// grapheme_boundaries finds before it.
void expect_counts_as_every_boundary(const std::string& text) {
  const GraphemeIndex index(text);
  const std::vector<uint32_t> boundaries = grapheme_boundaries(text);
  for (size_t k = 0; k < boundaries.size(); ++k) {
    ASSERT_EQ(index.chars_between(0, boundaries[k]), k) << text << " at byte " << boundaries[k];
  }
  ASSERT_EQ(index.chars_between(boundaries.front(), boundaries.back()), boundaries.size() - 1)
      << text;
}

TEST(GraphemeIndexTest, CountsCharactersNotBytes) {
  const GraphemeIndex ascii("reset the router");
  EXPECT_EQ(ascii.chars_between(6, 9), 3u);
  const std::string text = "कार्ड ब्लॉक";  // कार्ड: क ा र ् ड, two clusters (का, र्ड)
  const GraphemeIndex hindi(text);
  EXPECT_EQ(hindi.chars_between(0, static_cast<uint32_t>(text.find(' '))), 2u);
}

TEST(GraphemeIndexTest, AgreesWithEveryBoundaryOnTrickyTexts) {
  for (const std::string text : {
           "", "plain ascii text", "caf\u00e9 au lait", "cafe\u0301 decomposed",
           "\u0301 a mark first", "line\n\u0301 a mark after a line break", "crlf\r\nnext",
           "\r\n\u0301", "नमस्ते दुनिया", "ক্ষমা করবেন", "வணக்கம்", "mixed हिंदी and English",
           "ascii then 中文 then ascii", "a \U0001F44D\U0001F3FD emoji", "\u1100\u1161 jamo",
           "\U0001F1EE\U0001F1F3 flag", "\xff\xfe bad bytes",
       }) {
    expect_counts_as_every_boundary(text);
  }
}

TEST(GraphemeIndexTest, AgreesWithEveryBoundaryOnRandomTexts) {
  const char* pieces[] = {"a", "Z", " ", "\n", "\r", ".", "\u00e9", "\u0301", "\u0308",
                          "\u200d", "\u200c", "\u0915", "\u094d", "\u0937", "\u093e",
                          "\u0902", "\u0995", "\u09cd", "\u09b7", "\u0b95", "\u0bcd",
                          "\u0e01", "\u0e31", "\u4e2d", "\u00ad"};
  std::mt19937 random(5);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = 1 + random() % 16;
    for (size_t i = 0; i < length; ++i) text += pieces[random() % std::size(pieces)];
    expect_counts_as_every_boundary(text);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace kb
