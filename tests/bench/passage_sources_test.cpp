#include "bench/passage_sources.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "tests/test_util.h"

namespace kb::bench {
namespace {

using kb::testing::TempDir;

// "word word ... word", `n` times.
std::string words(int n) {
  std::string out = "word";
  for (int i = 1; i < n; ++i) out += " word";
  return out;
}

TEST(ManFolderLanguage, MapsLocaleFoldersToBcp47) {
  const struct {
    const char* folder;
    const char* language;
  } cases[] = {
      {"de", "de"},       {"pt_BR", "pt-BR"}, {"zh_CN", "zh-CN"}, {"man1", ""},
      {"man", ""},        {"sr@latin", ""},   {"x", ""},          {"pt_br", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(man_folder_language(c.folder), c.language) << c.folder;
}

TEST(PackParagraphs, PacksUpToTheTargetAndCutsLongParagraphs) {
  PassageOptions options;
  options.target_bytes = 10;
  options.max_bytes = 16;
  const struct {
    std::vector<std::string> paragraphs;
    std::vector<std::string> chunks;
  } cases[] = {
      {{"abc", "def", "ghijkl"}, {"abc\n\ndef\n\nghijkl"}},
      {{"abcdefghijk", "xy"}, {"abcdefghijk", "xy"}},
      {{"one two three four five"}, {"one two three", "four five"}},
      {{"aaaaaaaaaaaaaaaaaaaa"}, {"aaaaaaaaaaaaaaaa", "aaaa"}},
      {{"अअअअअअ"}, {"अअअअअ", "अ"}},  // 18 bytes: cut on a character boundary
      {{}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(pack_paragraphs(c.paragraphs, options), c.chunks);
}

TEST(WithoutOverlongWords, DropsTokensWithALongAsciiRun) {
  const std::string hex(70, 'f');
  const struct {
    std::string text;
    std::string kept;
  } cases[] = {
      {"sha512 " + hex + " ok", "sha512 ok"},
      {"a\n\n" + hex + "\nb", "a\n\nb"},
      {"path/" + std::string(40, 'a') + "/" + std::string(40, 'b'), "path/" + std::string(40, 'a') + "/" + std::string(40, 'b')},
      {"रिचार्ज" + std::string(30, 'x') + " " + std::string(65, '1'), "रिचार्ज" + std::string(30, 'x') + " "},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(without_overlong_words(c.text, 64), c.kept) << c.text;
}

TEST(ManPagePassages, OnePassagePerSectionWithTitleTypeAndProduct) {
  ManPage page;
  page.summary = "list directory contents";
  page.sections = {{"NAME", "ls - list directory contents"},
                   {"DESCRIPTION", words(60)}};
  PassageOptions options;
  const auto passages = man_page_passages(page, "ls", "1", "en", options);
  ASSERT_EQ(passages.size(), 1u);  // NAME is under min_bytes
  EXPECT_EQ(passages[0].title, "ls(1): DESCRIPTION - list directory contents");
  EXPECT_EQ(passages[0].type, "guide");
  EXPECT_EQ(passages[0].product, "man1");
  EXPECT_EQ(passages[0].tag, "ls");
  EXPECT_EQ(passages[0].language, "en");
  EXPECT_EQ(man_page_passages(page, "passwd", "5", "de", options)[0].type, "policy");
  EXPECT_EQ(man_page_passages(page, "printf", "3", "de", options)[0].type, "faq");
}

TEST(MessagePassages, TranslationsBecomeParagraphs) {
  PassageOptions options;
  options.min_bytes = 10;
  const auto passages = message_passages({"फ़ाइल खोलें", "सहेजें"}, "gtk20", "hi", options);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].title, "gtk20 1: फ़ाइल खोलें");
  EXPECT_EQ(passages[0].body, "फ़ाइल खोलें\n\nसहेजें");
  EXPECT_EQ(passages[0].language, "hi");
  EXPECT_EQ(passages[0].product, "messages");
}

TEST(CollectPassages, ReadsPlainAndGzippedPagesInEveryLanguageSorted) {
  TempDir dir;
  const std::string body = words(50);
  const std::string page = ".SH NAME\ntool \\- does things\n.SH DESCRIPTION\n" + body + "\n";
  dir.write("man/man1/zeta.1", page);
  dir.write("man/de/man1/alpha.1", page);
  dir.write("man/man1/notes.txt", "not a manual page: no sections\n");
  const std::string gz = (dir.path() / "man/man8/beta.8.gz").string();
  std::filesystem::create_directories(dir.path() / "man/man8");
  gzFile f = gzopen(gz.c_str(), "wb");
  gzwrite(f, page.data(), static_cast<unsigned>(page.size()));
  gzclose(f);
  std::filesystem::create_symlink(dir.path() / "man/man1/zeta.1", dir.path() / "man/man1/alias.1");

  PassageOptions options;
  options.man_root = (dir.path() / "man").string();
  options.locale_root = (dir.path() / "locale").string();
  auto passages = collect_passages(options);
  ASSERT_OK(passages);
  ASSERT_EQ(passages->size(), 3u);  // the symbolic link is an alias, not read
  EXPECT_EQ((*passages)[0].title, "alpha(1): DESCRIPTION - does things");
  EXPECT_EQ((*passages)[0].language, "de");
  EXPECT_EQ((*passages)[1].title, "zeta(1): DESCRIPTION - does things");
  EXPECT_EQ((*passages)[2].title, "beta(8): DESCRIPTION - does things");
  EXPECT_EQ((*passages)[2].body, body);
}

TEST(CollectPassages, NothingToReadIsNotFound) {
  TempDir dir;
  PassageOptions options;
  options.man_root = (dir.path() / "none").string();
  options.locale_root = (dir.path() / "none").string();
  auto passages = collect_passages(options);
  ASSERT_FALSE(passages.is_ok());
  EXPECT_NE(passages.status().message().find("install-deps"), std::string::npos);
}

}  // namespace
}  // namespace kb::bench
