#include "indexer/index/text_utils.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(TextUtilsTest, FilterTermsAreTrimmedAndLowerCased) {
  EXPECT_EQ(filter_term("K", " Prepaid\n"), "Kprepaid");
  EXPECT_EQ(filter_term("K", "prepaid"), filter_term("K", "PREPAID "));
  EXPECT_EQ(filter_term("XP", "  "), "XP");
}

TEST(TextUtilsTest, ANameTooLongForATermIsNamedByItsHash) {
  const std::string longest(200, 'a');
  EXPECT_EQ(bounded_term("XF", longest), "XF" + longest);
  const std::string longer = longest + "a";
  const std::string term = bounded_term("XF", longer);
  EXPECT_LE(term.size(), 245u);
  EXPECT_EQ(term.rfind("XF#", 0), 0u);
  EXPECT_EQ(term, bounded_term("XF", longer)) << "the same name, the same term";
  EXPECT_NE(term, bounded_term("XF", longest + "b"));
  // Trimmed and lower-cased first, so any spelling of a long tag agrees.
  std::string tag;
  for (int i = 0; i < 100; ++i) tag += "क";
  EXPECT_LE(filter_term("K", tag).size(), 245u);
  EXPECT_EQ(filter_term("K", tag + "X"), filter_term("K", " " + tag + "x"));
}

}  // namespace
}  // namespace kb
