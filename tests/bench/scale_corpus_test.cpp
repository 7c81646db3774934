#include "bench/scale_corpus.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "indexer/document/corpus.h"
#include "tests/test_util.h"

namespace kb::bench {
namespace {

using kb::testing::TempDir;

std::vector<SourcePassage> sample_passages() {
  std::vector<SourcePassage> out;
  const char* languages[] = {"en", "de", "hi", "ja", "pt-BR", "zh-CN"};
  for (int i = 0; i < 12; ++i) {
    SourcePassage p;
    p.title = "page" + std::to_string(i) + "(1): DESCRIPTION";
    p.body = "First paragraph " + std::to_string(i) + " with some words.\n\nSecond \"quoted\" *paragraph*.";
    p.language = languages[i % 6];
    p.type = i % 2 ? "guide" : "faq";
    p.product = "man1";
    p.tag = "page" + std::to_string(i);
    out.push_back(p);
  }
  return out;
}

TEST(MakeScaleArticles, DeterministicSpreadOverClientsWithUniqueIds) {
  ScaleCorpusOptions options;
  options.articles = 30;  // more than the 12 passages: three rounds
  const auto passages = sample_passages();
  const auto articles = make_scale_articles(passages, options);
  ASSERT_EQ(articles.size(), 30u);

  std::string lines, again;
  for (const auto& a : articles) lines += article_json_line(a) + "\n";
  for (const auto& a : make_scale_articles(passages, options)) again += article_json_line(a) + "\n";
  EXPECT_EQ(lines, again);

  std::set<std::string> ids, bodies;
  std::map<std::string, size_t> per_client;
  for (const auto& a : articles) {
    ids.insert(a.id);
    bodies.insert(a.passage.title + a.passage.body);
    ++per_client[a.client];
  }
  EXPECT_EQ(ids.size(), 30u);
  EXPECT_EQ(bodies.size(), 30u);  // rounds after the first are not copies
  EXPECT_EQ(per_client.size(), 5u);
  for (const auto& [client, n] : per_client) EXPECT_EQ(n, 6u) << client;
  EXPECT_EQ(articles[0].id, "a0000000");
  EXPECT_NE(articles[12].passage.title.find("(2)"), std::string::npos);

  options.seed = 8;
  std::string other;
  for (const auto& a : make_scale_articles(passages, options)) other += article_json_line(a) + "\n";
  EXPECT_NE(lines, other);
}

TEST(WriteScaleCorpus, TheLoaderReadsItWithoutErrors) {
  TempDir dir;
  ScaleCorpusOptions options;
  options.articles = 40;
  options.articles_per_file = 3;
  const auto articles = make_scale_articles(sample_passages(), options);
  const std::string out = (dir.path() / "corpus").string();
  ASSERT_OK(write_scale_corpus(articles, out, options));

  auto clients = list_clients(out);
  ASSERT_OK(clients);
  ASSERT_EQ(clients->size(), 5u);
  size_t loaded = 0;
  std::set<std::string> languages;
  for (const auto& client : *clients) {
    EXPECT_EQ(client.default_language, "en");
    EXPECT_EQ(list_article_files(client).size(), 3u);  // 8 articles, 3 per file
    LoadResult result = load_client(client);
    for (const auto& e : result.errors) ADD_FAILURE() << e.to_string();
    loaded += result.documents.size();
    for (const auto& d : result.documents) languages.insert(d.language);
  }
  EXPECT_EQ(loaded, 40u);
  EXPECT_EQ(languages.size(), 6u);
}

TEST(WriteScaleCorpus, RefusesAFolderThatIsNotEmpty) {
  TempDir dir;
  dir.write("corpus/keep.txt", "precious");
  ScaleCorpusOptions options;
  options.articles = 5;
  const Status s = write_scale_corpus(make_scale_articles(sample_passages(), options),
                                      (dir.path() / "corpus").string(), options);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  std::ifstream in(dir.path() / "corpus/keep.txt");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), "precious");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "corpus/scale-bank"));
}

}  // namespace
}  // namespace kb::bench
