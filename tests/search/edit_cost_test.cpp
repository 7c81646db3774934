#include "server/search/edit_cost.h"

#include <gtest/gtest.h>

namespace kb {
namespace {

struct SubstitutionCase {
  UChar32 typed;
  UChar32 indexed;
  double cost;
};

TEST(EditCostTest, SubstitutionsPeopleConfuseInIndicScriptsCostLess) {
  const SubstitutionCase cases[] = {
      {'a', 'a', 0},
      {'a', 'e', 1},
      {0x093F, 0x0940, kVowelLengthCost},  // Devanagari ि / ी
      {0x0942, 0x0941, kVowelLengthCost},  // Devanagari ू / ु
      {0x0907, 0x0908, kVowelLengthCost},  // Devanagari इ / ई
      {0x09BF, 0x09C0, kVowelLengthCost},  // Bengali ি / ী
      {0x0BC6, 0x0BC7, kVowelLengthCost},  // Tamil ெ / ே
      {0x093F, 0x0947, kMarkCost},         // Devanagari ि / े: two marks, not a pair
      {0x0915, 0x0916, 1},                 // Devanagari क / ख: consonants
      {0x093F, 0x09C0, 1},                 // Devanagari ि / Bengali ী: other blocks
      {'i', 0x0940, 1},
  };
  for (const auto& c : cases) {
    EXPECT_DOUBLE_EQ(substitution_cost(c.typed, c.indexed), c.cost)
        << std::hex << c.typed << " " << c.indexed;
  }
}

TEST(EditCostTest, DroppingAVowelSignOrViramaCostsLessThanALetter) {
  EXPECT_DOUBLE_EQ(indel_cost('a'), 1);
  EXPECT_DOUBLE_EQ(indel_cost(0x0915), 1);           // क
  EXPECT_DOUBLE_EQ(indel_cost(0x093E), kMarkCost);   // ा
  EXPECT_DOUBLE_EQ(indel_cost(0x094D), kMarkCost);   // virama
  EXPECT_DOUBLE_EQ(indel_cost(0x0902), kMarkCost);   // anusvara
  EXPECT_DOUBLE_EQ(indel_cost(0x0BCD), kMarkCost);   // Tamil pulli
}

}  // namespace
}  // namespace kb
