#include "indexer/document/markdown_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kb {
namespace {

struct MarkdownCase {
  const char* name;
  std::string markdown;
  std::string text;
  std::vector<std::string> steps;
  uint32_t steps_heading_line;
};

const MarkdownCase kMarkdownCases[] = {
    {"paragraphs",
     "First *para*\ngoes on.\n\nSecond **one**.",
     "First para goes on.\nSecond one.",
     {},
     0},
    {"link text kept, url dropped",
     "See [the app](https://x.example/app) or <https://y.example>.",
     "See the app or https://y.example.",
     {},
     0},
    {"image alt kept", "![SIM tray](sim.png) here", "SIM tray here", {}, 0},
    {"code kept",
     "Dial `*121#` now.\n\n```\nline one\nline two\n```\n",
     "Dial *121# now.\nline one\nline two",
     {},
     0},
    {"raw html dropped",
     "<div class=\"note\">\n\n</div>\n\nText <b>bold</b>.",
     "Text bold.",
     {},
     0},
    {"headings and lists", "# Title\n\n- one\n- two\n\n> quoted", "Title\none\ntwo\nquoted", {}, 0},
    {"table rows",
     "| Plan | Price |\n|---|---|\n| Basic | 199 |\n",
     "Plan Price\nBasic 199",
     {},
     0},
    {"english steps",
     "Intro.\n\n## Steps\n\n1. Insert the SIM.\n2. Restart the **phone**.\n\nAfter.",
     "Intro.\nAfter.",
     {"Insert the SIM.", "Restart the phone."},
     3},
    {"steps with more words and paragraph first",
     "# Guide\n\n## Steps to fix:\n\nDo this:\n\n1. One\n2. Two\n\n## Other\n\n1. not steps\n",
     "Guide\nDo this:\nOther\nnot steps",
     {"One", "Two"},
     3},
    {"hindi steps", "## चरण\n\n1. सिम डालें\n2. फ़ोन चालू करें\n", "", {"सिम डालें", "फ़ोन चालू करें"}, 1},
    {"bengali steps", "### ধাপসমূহ\n1. কার্ড ব্লক করুন\n", "", {"কার্ড ব্লক করুন"}, 1},
    {"tamil steps", "## படிகள்\n1. ஒன்று\n", "", {"ஒன்று"}, 1},
    {"thai steps", "## ขั้นตอนการเปิดใช้งาน\n1. ใส่ซิม\n", "", {"ใส่ซิม"}, 1},
    {"bullet list is not steps", "## Steps\n\n- a\n- b\n", "Steps\na\nb", {}, 0},
    {"list after the next heading is not steps",
     "## Steps\n\n## Then\n\n1. a\n",
     "Steps\nThen\na",
     {},
     0},
    {"multi-paragraph step on one line",
     "## Steps\n\n1. First line\n\n   more text\n2. Second\n",
     "",
     {"First line more text", "Second"},
     1},
    {"empty", "", "", {}, 0},
};

TEST(DocumentMarkdownReaderTest, TextAndSteps) {
  for (const MarkdownCase& c : kMarkdownCases) {
    const MarkdownText read = read_markdown(c.markdown);
    EXPECT_EQ(read.text, c.text) << c.name;
    EXPECT_EQ(read.steps, c.steps) << c.name;
    EXPECT_EQ(read.steps_heading_line, c.steps_heading_line) << c.name;
  }
}

TEST(DocumentMarkdownReaderTest, DeepNestingDoesNotCrash) {
  const std::string markdown = std::string(100000, '>') + " deep";
  EXPECT_EQ(read_markdown(markdown).text, "deep");
}

}  // namespace
}  // namespace kb
