#include "bench/query_set.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/test_util.h"

namespace kb::bench {
namespace {

TEST(TextWords, LettersAndMarksMakeWords) {
  const struct {
    const char* text;
    std::vector<std::string> words;
  } cases[] = {
      {"List the FILEs, 2 times: ls -la", {"List", "the", "FILEs", "times", "ls", "la"}},
      {"रिचार्ज नहीं हो रहा।", {"रिचार्ज", "नहीं", "हो", "रहा"}},
      {"ইউপিআই পেমেন্ট", {"ইউপিআই", "পেমেন্ট"}},
      {"显示目录内容列表", {"显示目", "录内容", "列表"}},  // a run over 6 characters is cut in 3s
      {"显示目录", {"显示目录"}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(text_words(c.text), c.words) << c.text;
}

TEST(TextWords, SpacelessRunsAreCutNeverBeforeAVowelSign) {
  const std::string thai = "ขั้นตอนการตั้งค่า";
  const auto words = text_words(thai);
  ASSERT_GT(words.size(), 1u);
  std::string joined;
  for (const auto& w : words) {
    joined += w;
    EXPECT_NE(w.substr(0, 3), "\u0E31") << w;  // MAI HAN-AKAT
    EXPECT_NE(w.substr(0, 3), "\u0E49") << w;  // MAI THO
    EXPECT_NE(w.substr(0, 3), "\u0E48") << w;  // MAI EK
  }
  EXPECT_EQ(joined, thai);
}

TEST(WithTypo, OneEditInsideTheWord) {
  EXPECT_EQ(with_typo("network", 0), "ntwork");    // a character deleted
  EXPECT_EQ(with_typo("network", 1), "neetwork");  // a character doubled
  EXPECT_EQ(with_typo("network", 2), "ntework");   // swapped with the next
  EXPECT_EQ(with_typo("net", 5), "net");           // too short to touch
  EXPECT_NE(with_typo("रिचार्ज", 4), "रिचार्ज");
}

TEST(TypingPrefixes, EveryPrefixFromTwoCharactersNotSplittingAVowelSign) {
  EXPECT_EQ(typing_prefixes("ab cd"),
            (std::vector<std::string>{"ab", "ab c", "ab cd"}));
  EXPECT_EQ(typing_prefixes("हो रहा"), (std::vector<std::string>{"हो", "हो र", "हो रहा"}));
  EXPECT_EQ(typing_prefixes("a", 1), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(typing_prefixes("").empty());
}

std::vector<ScaleArticle> sample_articles() {
  std::vector<ScaleArticle> articles;
  const struct {
    const char* language;
    const char* body;
  } rows[] = {
      {"en", "the network signal drops when roaming abroad with a prepaid connection"},
      {"de", "die Verbindung bricht ab wenn das Netzwerk überlastet ist"},
      {"hi", "रिचार्ज नहीं हो रहा और पैसे कट गए हैं कृपया मदद करें"},
      {"zh-CN", "显示目录内容列表并且排序输出结果"},
  };
  int i = 0;
  for (const auto& row : rows) {
    ScaleArticle a;
    a.client = i % 2 ? "c-two" : "c-one";
    a.id = "a" + std::to_string(i++);
    a.passage.language = row.language;
    a.passage.body = row.body;
    articles.push_back(a);
  }
  return articles;
}

TEST(MakeQueries, DeterministicEveryLanguageEveryKind) {
  QuerySetOptions options;
  options.count = 400;
  const auto articles = sample_articles();
  const auto queries = make_queries(articles, options);
  ASSERT_EQ(queries.size(), 400u);
  EXPECT_EQ(queries_to_tsv(queries), queries_to_tsv(make_queries(articles, options)));
  options.seed = 12;
  EXPECT_NE(queries_to_tsv(queries), queries_to_tsv(make_queries(articles, options)));

  std::set<std::string> languages, kinds;
  for (const auto& q : queries) {
    languages.insert(q.language);
    kinds.insert(q.kind);
    EXPECT_FALSE(q.text.empty());
    EXPECT_EQ(q.text.find('\t'), std::string::npos);
    EXPECT_LE(text_words(q.text).size(), 4u + (q.language == "zh-CN" ? 4u : 0u)) << q.text;
    EXPECT_TRUE(q.client == "c-one" || q.client == "c-two");
  }
  EXPECT_EQ(languages, (std::set<std::string>{"de", "en", "hi", "zh-CN"}));
  EXPECT_EQ(kinds, (std::set<std::string>{"prefix", "typo", "words"}));
}

TEST(QueriesTsv, RoundTripsAndNamesABadLine) {
  const std::vector<BenchQuery> queries = {{"c-one", "en", "words", "net signal"},
                                           {"c-two", "hi", "prefix", "रिचा"}};
  auto back = queries_from_tsv(queries_to_tsv(queries), "q.tsv");
  ASSERT_OK(back);
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ((*back)[1].text, "रिचा");
  EXPECT_EQ((*back)[1].kind, "prefix");

  auto bad = queries_from_tsv("c\ten\twords\tok\nc\ten\tmissing\n", "q.tsv");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().to_string().find("q.tsv:2"), std::string::npos) << bad.status().to_string();
}

}  // namespace
}  // namespace kb::bench
