#include "bench/corpus_maker.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace kb::bench {
namespace {

using kb::testing::TempDir;

TEST(ParseCount, SuffixesAndLimits) {
  const struct {
    const char* text;
    size_t count;  // 0 = an error
  } cases[] = {
      {"10000", 10000}, {"10k", 10000}, {"100K", 100000}, {"1m", 1000000}, {"2M", 2000000},
      {"", 0},          {"0", 0},       {"k", 0},         {"-5", 0},       {"1.5k", 0},
      {"10x", 0},       {"101m", 0},    {"9999999999", 0},
  };
  for (const auto& c : cases) {
    auto got = parse_count(c.text);
    if (c.count == 0) {
      EXPECT_FALSE(got.is_ok()) << c.text;
    } else {
      ASSERT_OK(got);
      EXPECT_EQ(*got, c.count) << c.text;
    }
  }
}

TEST(MakeCorpusFolder, WritesCorpusAndQueriesFromPackagedText) {
  TempDir dir;
  std::string page = ".SH NAME\nping \\- send ICMP ECHO_REQUEST to network hosts\n.SH DESCRIPTION\n";
  for (int i = 0; i < 8; ++i) page += "ping uses the ICMP protocol to elicit a response from a host.\n";
  dir.write("man/man8/ping.8", page);
  dir.write("man/fr/man8/ping.8", page);
  CorpusMakerOptions options;
  options.out_dir = (dir.path() / "out").string();
  options.passages.man_root = (dir.path() / "man").string();
  options.passages.locale_root = (dir.path() / "locale").string();
  options.passages.min_bytes = 100;  // leaves the NAME sections out
  options.corpus.articles = 7;
  options.queries.count = 25;
  auto summary = make_corpus_folder(options);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->passages, 2u);
  EXPECT_EQ(summary->articles, 7u);
  EXPECT_EQ(summary->articles_per_language.size(), 2u);

  auto queries = read_query_file((dir.path() / "out/queries.tsv").string());
  ASSERT_OK(queries);
  EXPECT_EQ(queries->size(), 25u);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out/scale-telecom/client.json"));

  auto missing = read_query_file((dir.path() / "nope.tsv").string());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace kb::bench
