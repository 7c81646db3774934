// What every file kind shares: extensions, size limit, BOM, UTF-8, reading
// files, language detection.
#include "indexer/document/loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "indexer/document/article_kind.h"
#include "tests/document/load_test_util.h"
#include "tests/test_util.h"

namespace kb {
namespace {

using testing::expect_load;
using testing::test_client;

const std::string kMarkdown = "---\nid: a1\ntitle: T\n---\nBody\n";
const std::string kJson = R"({"id": "a1", "title": "T", "body": "Body"})";
const std::string kHtml = "<title>T</title><body>Body</body>";

struct KindCase {
  const char* path;
  std::optional<ArticleKind> kind;
};

const KindCase kKindCases[] = {
    {"a.md", ArticleKind::kMarkdown}, {"dir.x/A.MD", ArticleKind::kMarkdown},
    {"a.json", ArticleKind::kJson},   {"a.jsonl", ArticleKind::kJsonLines},
    {"a.html", ArticleKind::kHtml},   {"a.htm", ArticleKind::kHtml},
    {"a.txt", std::nullopt},          {"a.md.bak", std::nullopt},
    {"README", std::nullopt},         {".md", std::nullopt},
    {"dir.md/file", std::nullopt},
};

TEST(DocumentLoaderTest, KindFromExtension) {
  for (const KindCase& c : kKindCases) EXPECT_EQ(article_kind_of(c.path), c.kind) << c.path;
}

struct TextCase {
  const char* name;
  const char* path;
  std::string text;
  std::string error_prefix;
  std::string message_part;
};

const std::string kBom = "\xEF\xBB\xBF";

const TextCase kTextCases[] = {
    {"unknown extension", "notes.txt", "hello", "notes.txt:1: ", "not an article file ('.txt')"},
    {"bom markdown", "a.md", kBom + kMarkdown, "", ""},
    {"bom json", "a.json", kBom + kJson, "", ""},
    {"bom html", "a.html", kBom + kHtml, "", ""},
    {"bom jsonl", "a.jsonl", kBom + kJson + "\n", "", ""},
    {"invalid utf-8 in markdown body", "a.md", "---\nid: a1\ntitle: T\n---\nBo\xFFy\n",
     "a.md:5: ", "invalid UTF-8 (byte 3 of the line)"},
    {"invalid utf-8 in front matter", "a.md", "---\nid: a1\ntitle: \xC0\x80\n---\nBody\n",
     "a.md:3: ", "invalid UTF-8"},
    {"surrogate in json", "a.json",
     "{\"id\": \"a1\",\n\"title\": \"\xED\xA0\x80\", \"body\": \"B\"}",
     "a.json:2: ", "invalid UTF-8"},
    {"truncated sequence in html", "a.html", "<title>T</title>\n\n<body>\xE0\xA4</body>",
     "a.html:3: ", "invalid UTF-8"},
    {"nul byte in json", "a.json", kJson + std::string(1, '\0') + "garbage",
     "a.json:1: ", "a NUL byte (byte 43 of the line)"},
    {"nul byte in markdown", "a.md", "---\nid: a1\ntitle: T\n---\nB" + std::string(1, '\0'),
     "a.md:5: ", "a NUL byte"},
};

TEST(DocumentLoaderTest, TextOfEveryKind) {
  for (const TextCase& c : kTextCases) {
    expect_load(load_article_text(c.text, c.path, test_client()), c.name, c.error_prefix,
                c.message_part);
  }
}

TEST(DocumentLoaderTest, TooLarge) {
  const std::string big(16 * 1024 * 1024 + 1, ' ');
  expect_load(load_article_text(big, "big.md", test_client()), "too large",
              "big.md:1: ", "at most 16777216 bytes (16 MiB)");
}

TEST(DocumentLoaderTest, TooLargeFileIsNotRead) {
  testing::TempDir dir;
  const auto path = dir.write("big.json", "");
  std::filesystem::resize_file(path, 16 * 1024 * 1024 + 1);
  expect_load(load_article_file(path.string(), test_client()), "too large file",
              path.string() + ":1: ", "16777217 bytes");
}

TEST(DocumentLoaderTest, Files) {
  testing::TempDir dir;
  const auto md = dir.write("a.md", kMarkdown);
  expect_load(load_article_file(md.string(), test_client()), "markdown file", "", "");
  const auto txt = dir.write("a.txt", "x");
  expect_load(load_article_file(txt.string(), test_client()), "txt file",
              txt.string() + ":1: ", "not an article file");
  const std::string missing = (dir.path() / "missing.md").string();
  const LoadResult gone = load_article_file(missing, test_client());
  ASSERT_EQ(gone.errors.size(), 1u);
  EXPECT_EQ(gone.errors[0].code(), StatusCode::kNotFound);
  EXPECT_EQ(gone.errors[0].to_string(), missing + ": no such file");
  std::filesystem::create_directory(dir.path() / "folder.md");
  const LoadResult folder = load_article_file((dir.path() / "folder.md").string(), test_client());
  ASSERT_EQ(folder.errors.size(), 1u);
  EXPECT_EQ(folder.errors[0].code(), StatusCode::kIoError);
  const auto empty = dir.write("empty.md", "");
  expect_load(load_article_file(empty.string(), test_client()), "empty file",
              empty.string() + ":1: ", "no front matter");
}

TEST(DocumentLoaderTest, SourceLocation) {
  const LoadResult result =
      load_article_text(kJson + "\n\n" + R"({"id": "a2", "title": "T", "body": "Body"})" + "\n",
                        "c/x.jsonl", test_client());
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].source.file, "c/x.jsonl");
  EXPECT_EQ(result.documents[0].source.line, 1u);
  EXPECT_EQ(result.documents[1].id, "a2");
  EXPECT_EQ(result.documents[1].source.line, 3u);
}

struct LanguageCase {
  const char* name;
  std::string article;  // a .json article without "language" unless given
  std::string default_language;
  std::string expected;
};

const LanguageCase kLanguageCases[] = {
    {"given wins", R"({"id": "a", "title": "सिम", "body": "सिम", "language": "en"})", "en", "en"},
    {"latin falls back to the client default",
     R"({"id": "a", "title": "SIM", "body": "Insert it"})", "en", "en"},
    {"hinglish falls back to hi default", R"({"id": "a", "title": "sim kaise", "body": "daalein"})",
     "hi", "hi"},
    {"devanagari detected", R"({"id": "a", "title": "नया सिम", "body": "सिम डालें"})", "en", "hi"},
    {"bengali detected", R"({"id": "a", "title": "নতুন সিম", "body": "সিম দিন"})", "en", "bn"},
    {"tamil detected", R"({"id": "a", "title": "புதிய சிம்", "body": "சிம்"})", "en", "ta"},
    {"thai detected", R"({"id": "a", "title": "ซิมใหม่", "body": "ใส่ซิม"})", "en", "th"},
};

TEST(DocumentLoaderTest, LanguageDetectionAndFallback) {
  for (const LanguageCase& c : kLanguageCases) {
    ClientInfo client = test_client();
    client.default_language = c.default_language;
    const LoadResult result = load_article_text(c.article, "a.json", client);
    ASSERT_EQ(result.documents.size(), 1u) << c.name;
    EXPECT_EQ(result.documents[0].language, c.expected) << c.name;
  }
}

}  // namespace
}  // namespace kb
