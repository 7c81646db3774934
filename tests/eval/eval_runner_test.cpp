#include "eval/eval_runner.h"

#include "tests/test_util.h"

namespace kb::eval {
namespace {

TEST(EvalRunnerTest, IndexesPerClientAndScoresEachQueryWithinItsClient) {
  testing::TempDir data;
  data.write("docs.jsonl",
             R"({"id": "a:1", "title": "Card blocked", "body": "unblock the card", "language": "en", "client": "a"})"
             "\n"
             R"({"id": "a:2", "title": "", "body": "loan interest rates", "language": "en", "client": "a"})"
             "\n"
             R"({"id": "b:1", "title": "Card offers", "body": "card card card", "language": "en", "client": "b"})"
             "\n");
  data.write("queries.jsonl",
             R"({"qid": "q1", "text": "card blocked", "language": "en", "client": "a"})"
             "\n"
             R"({"qid": "q2", "text": "interest", "language": "en", "client": "a"})"
             "\n"
             R"({"qid": "q3", "text": "card", "language": "en", "client": "b"})"
             "\n");
  data.write("qrels.tsv", "q1\ta:1\t1\nq2\ta:2\t1\nq3\ta:1\t1\n");
  testing::TempDir work;
  auto report = run_eval({.data_dir = data.path().string(), .work_dir = work.path().string()});
  ASSERT_OK(report);
  EXPECT_EQ(report->documents, 3u);
  EXPECT_EQ(report->rejected_documents, 0u) << "empty titles are accepted for evaluation sets";
  EXPECT_EQ(report->judged_queries, 3u);
  EXPECT_EQ(report->latencies_ms.size(), 3u);
  ASSERT_EQ(report->clients.size(), 2u);
  EXPECT_DOUBLE_EQ(report->clients[0].mean.reciprocal_rank, 1.0);
  // q3 is judged against a document of another client: never found.
  EXPECT_DOUBLE_EQ(report->clients[1].mean.reciprocal_rank, 0.0);
  EXPECT_NEAR(report->overall.reciprocal_rank, 2.0 / 3.0, 1e-9);
}

TEST(EvalRunnerTest, WithoutJudgmentsOnlyLatencyIsMeasured) {
  testing::TempDir data;
  data.write("docs.jsonl",
             R"({"id": "a:1", "title": "t", "body": "b", "language": "en", "client": "a"})" "\n");
  data.write("queries.jsonl", R"({"qid": "q1", "text": "b", "client": "a"})" "\n");
  testing::TempDir work;
  auto report = run_eval({.data_dir = data.path().string(), .work_dir = work.path().string()});
  ASSERT_OK(report);
  EXPECT_EQ(report->judged_queries, 0u);
  EXPECT_EQ(report->latencies_ms.size(), 1u);
}

}  // namespace
}  // namespace kb::eval
