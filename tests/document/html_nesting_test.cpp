#include "indexer/document/html_nesting.h"

#include <gtest/gtest.h>

#include <string>

namespace kb {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct NestingCase {
  const char* name;
  std::string html;
  size_t depth;
};

const NestingCase kNestingCases[] = {
    {"empty", "", 0},
    {"flat page", "<html><head><title>T</title></head><body><p>a<p>b</body></html>", 0},
    {"nested divs", "<div><div><span>x</span></div></div>", 3},
    {"closed runs stay shallow", repeat("<div><b>x</b></div>", 1000), 2},
    {"unclosed formatting", repeat("<b>", 40), 40},
    {"stray end tags do not close", repeat("<b></i>", 30), 30},
    {"end tag closes what is inside", "<div><b><i></div><span><span>", 3},
    {"end tag closes what is inside, then deeper", "<div><b><i></div>" + repeat("<span>", 4), 4},
    {"void and self-closing", "<div><br><img src=x><input/><svg/></div>", 1},
    {"optional end tags",
     "<ul>" + repeat("<li>item", 100) + "</ul><table>" + repeat("<tr><td>a<td>b", 50) + "</table>",
     1},
    {"attributes with >", "<div title=\"a>b\" data-x='<c>'><span>", 2},
    {"comment and doctype", "<!doctype html><!-- <div><div> --><div>", 1},
    {"script contents skipped", "<script>if (a<b) { s = '<div><div>'; }</script><div>", 1},
    {"upper case names", "<DIV><Div></div></DIV><div>", 2},
    {"truncated tag", "<div><span class=\"x", 2},
    {"lone <", "a < b <", 0},
};

TEST(DocumentHtmlNestingTest, Depth) {
  for (const NestingCase& c : kNestingCases) {
    EXPECT_EQ(html_nesting(c.html).depth, c.depth) << c.name;
  }
}

TEST(DocumentHtmlNestingTest, StopsPastTheLimitAndSaysWhere) {
  const std::string html = "<body>" + repeat("<div>", 100);
  const HtmlNesting nesting = html_nesting(html, 10);
  EXPECT_EQ(nesting.depth, 11u);
  EXPECT_EQ(nesting.offset, 6u + 10 * 5);
}

}  // namespace
}  // namespace kb
