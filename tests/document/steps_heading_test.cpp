#include "indexer/document/steps_heading.h"

#include <gtest/gtest.h>

namespace kb {
namespace {

struct HeadingCase {
  const char* heading;
  bool is_steps;
};

const HeadingCase kHeadingCases[] = {
    {"Steps", true},
    {"steps", true},
    {"STEPS", true},
    {"Steps:", true},
    {"Steps to fix", true},
    {"  Steps  ", true},
    {"Stepsister", false},
    {"Next steps", false},
    {"Step", false},
    {"चरण", true},  // Hindi
    {"चरण:", true},
    {"चरण जो अपनाएं", true},
    {"ধাপ", true},  // Bengali
    {"ধাপসমূহ", true},
    {"படிகள்", true},  // Tamil
    {"படிகள்: சிம் செயல்படுத்த", true},
    {"ขั้นตอน", true},             // Thai
    {"ขั้นตอนการเปิดใช้งาน", true},  // Thai: the next word touches the name
    {"Ｓｔｅｐｓ", true},        // full-width letters fold to ASCII
    {"How to pay", false},
    {"", false},
};

TEST(DocumentStepsHeadingTest, NamesInEveryCorpusLanguage) {
  for (const HeadingCase& c : kHeadingCases) {
    EXPECT_EQ(is_steps_heading(c.heading), c.is_steps) << "heading: '" << c.heading << "'";
  }
}

}  // namespace
}  // namespace kb
