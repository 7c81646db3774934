#include "bench/roff_text.h"

#include <gtest/gtest.h>

namespace kb::bench {
namespace {

TEST(RoffLineText, EscapesBecomeTheirCharacters) {
  const struct {
    const char* line;
    const char* text;
  } cases[] = {
      {R"(\fBls\fR lists files)", "ls lists files"},
      {R"(\f(CWcode\fP and \f[B]bold\f[])", "code and bold"},
      {R"(use \-\-all)", "use --all"},
      {R"(it\(aqs \(lqquoted\(rq)", "it's \"quoted\""},
      {R"(back\eslash and \\ too)", "back\\slash and \\ too"},
      {R"(\&.dotfile\| and\~space)", ".dotfile and space"},
      {R"(\s-1SMALL\s0 \s+2big\s0)", "SMALL big"},
      {R"(\*(Tmname \*[lq])", "name "},
      {R"(\h'1i'moved \v'-1'up)", "moved up"},
      {R"(text \" a comment)", "text"},
      {R"(\[em] dash \(bu bullet \(xx unknown)", "- dash - bullet  unknown"},
      {"नमस्ते \\fBदुनिया\\fR", "नमस्ते दुनिया"},
      {"caf\\é \\(éx \\*é", "café x "},  // never a broken character
  };
  for (const auto& c : cases) EXPECT_EQ(roff_line_text(c.line), c.text) << c.line;
}

TEST(ParseManPage, SplitsSectionsAndKeepsMacroWords) {
  const char* source = R"(.\" a comment line
.TH LS 1 "2024" "GNU" "User Commands"
.SH NAME
ls \- list directory contents
.SH SYNOPSIS
.B ls
[\fIOPTION\fR]... [\fIFILE\fR]...
.SH DESCRIPTION
List information about the FILEs.
Sort entries alphabetically.
.PP
Mandatory arguments:
.TP
.BR \-a ", " \-\-all
do not ignore entries
.SS "Exit status"
0 if OK.
.de XX
.B hidden macro body
..
.TS
tab(;);
l l.
a;b
.TE
.SH "SEE ALSO"
.BR dir (1)
)";
  const ManPage page = parse_man_page(source);
  EXPECT_EQ(page.summary, "list directory contents");
  ASSERT_EQ(page.sections.size(), 4u);
  EXPECT_EQ(page.sections[0].heading, "NAME");
  EXPECT_EQ(page.sections[1].heading, "SYNOPSIS");
  EXPECT_EQ(page.sections[1].text, "ls [OPTION]... [FILE]...");
  EXPECT_EQ(page.sections[2].heading, "DESCRIPTION");
  EXPECT_EQ(page.sections[2].text,
            "List information about the FILEs. Sort entries alphabetically.\n\n"
            "Mandatory arguments:\n\n-a, --all do not ignore entries\n\nExit status\n\n0 if OK. "
            "a;b");
  EXPECT_EQ(page.sections[3].heading, "SEE ALSO");
  EXPECT_EQ(page.sections[3].text, "dir(1)");
}

TEST(ParseManPage, ReadsMdocAndHeadingsOnTheNextLine) {
  const char* source = R"(.Dd March 1, 2024
.Dt CAT 1
.Sh NAME
.Nm cat
.Nd concatenate files
.SH
BESCHREIBUNG
.Nm
reads
.Fl u
and
.Ar file .
)";
  const ManPage page = parse_man_page(source);
  ASSERT_EQ(page.sections.size(), 2u);
  EXPECT_EQ(page.sections[0].text, "cat concatenate files");
  EXPECT_EQ(page.sections[1].heading, "BESCHREIBUNG");
  EXPECT_EQ(page.sections[1].text, "reads -u and file .");
}

TEST(ParseManPage, TextBeforeAnySectionAndEmptyInputGiveNothing) {
  EXPECT_TRUE(parse_man_page("").sections.empty());
  EXPECT_TRUE(parse_man_page("just text\n.PP\nmore\n").sections.empty());
}

}  // namespace
}  // namespace kb::bench
