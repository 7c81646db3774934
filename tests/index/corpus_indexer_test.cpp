#include "indexer/index/corpus_indexer.h"

#include <xapian.h>

#include <filesystem>

#include "indexer/index/catalog.h"
#include "indexer/index/stored_fields.h"
#include "tests/test_util.h"

namespace kb {
namespace {

class CorpusIndexerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("bank/client.json", R"({"name": "Sahyog Bank", "default_language": "en"})");
    corpus_.write("bank/faq.jsonl",
                  R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})"
                  "\n"
                  R"({"id": "upi", "title": "UPI failed", "body": "Money comes back in 3 days."})"
                  "\n");
    corpus_.write("shop/client.json", R"({"name": "Bazaarly", "default_language": "en"})");
    corpus_.write("shop/faq.jsonl",
                  R"({"id": "refund", "title": "Refund status", "body": "Refunds take 5 days."})"
                  "\n");
  }

  CorpusIndexerOptions options() const {
    CorpusIndexerOptions o;
    o.corpus_root = corpus_.path().string();
    o.index_root = index_.path().string();
    return o;
  }

  size_t doccount(const std::string& client) const {
    return Xapian::Database(*Catalog(index_.path().string()).current_generation(client))
        .get_doccount();
  }

  // "id=title" of every article live in `client`, sorted by id.
  std::vector<std::string> live_titles(const std::string& client) const {
    Xapian::Database db(*Catalog(index_.path().string()).current_generation(client));
    std::vector<std::string> titles;
    for (auto t = db.allterms_begin("Q"); t != db.allterms_end("Q"); ++t) {
      const Xapian::Document doc = db.get_document(*db.postlist_begin(*t));
      titles.push_back((*t).substr(1) + "=" + load_stored_fields(doc, {})->title);
    }
    return titles;
  }

  testing::TempDir corpus_;
  testing::TempDir index_;
};

TEST_F(CorpusIndexerTest, BuildsEveryClient) {
  const CorpusReport report = build_corpus(options());
  ASSERT_OK(report.failure);
  EXPECT_TRUE(report.ok());
  ASSERT_EQ(report.clients.size(), 2u);
  EXPECT_EQ(report.clients[0].client, "bank");
  EXPECT_EQ(report.clients[0].documents, 2u);
  EXPECT_EQ(doccount("bank"), 2u);
  EXPECT_EQ(doccount("shop"), 1u);
}

TEST_F(CorpusIndexerTest, ChangingOneClientLeavesTheOthersUntouched) {
  ASSERT_TRUE(build_corpus(options()).ok());
  Catalog catalog(index_.path().string());
  const std::string bank_before = *catalog.current_generation("bank");
  const std::string shop_before = *catalog.current_generation("shop");

  corpus_.write("shop/more.jsonl",
                R"({"id": "cod", "title": "Cash on delivery", "body": "Pay when it arrives."})");
  const CorpusReport report = build_corpus(options());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report.clients[0].mode, ClientBuildSummary::Mode::kUnchanged);
  EXPECT_EQ(report.clients[1].mode, ClientBuildSummary::Mode::kIncremental);
  EXPECT_EQ(report.clients[1].added, 1u);
  EXPECT_EQ(*catalog.current_generation("bank"), bank_before);
  EXPECT_EQ(*catalog.current_generation("shop"), shop_before) << "updated in place";
  EXPECT_EQ(doccount("shop"), 2u);
}

// One incremental step: what the corpus files become, and what the run must report.
struct IncrementalCase {
  const char* name;
  std::vector<std::pair<std::string, std::string>> writes;  // file under bank/ -> content ("" removes)
  size_t added, replaced, deleted, unchanged;
  std::vector<std::string> live_titles;  // "id=title" after the run, in id order
};

TEST_F(CorpusIndexerTest, IncrementalRunsApplyOnlyWhatChanged) {
  const std::string card = R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})";
  const std::string upi = R"({"id": "upi", "title": "UPI failed", "body": "Money comes back in 3 days."})";
  const IncrementalCase cases[] = {
      {"nothing changed", {}, 0, 0, 0, 2, {"card=Card blocked", "upi=UPI failed"}},
      {"a new file", {{"guides/pin.json", R"({"id": "pin", "title": "PIN reset", "body": "Go to settings."})"}},
       1, 0, 0, 2, {"card=Card blocked", "pin=PIN reset", "upi=UPI failed"}},
      {"a record changed",
       {{"faq.jsonl", card + "\n" + R"({"id": "upi", "title": "UPI failed again", "body": "Wait."})" "\n"}},
       0, 1, 0, 2, {"card=Card blocked", "pin=PIN reset", "upi=UPI failed again"}},
      {"a record removed", {{"faq.jsonl", card + "\n"}}, 0, 0, 1, 2,
       {"card=Card blocked", "pin=PIN reset"}},
      {"a file removed", {{"guides/pin.json", ""}}, 0, 0, 1, 1, {"card=Card blocked"}},
      {"a record moved to another file", {{"faq.jsonl", "\n"}, {"more.jsonl", card + "\n" + upi}},
       1, 1, 0, 0, {"card=Card blocked", "upi=UPI failed"}},
  };
  ASSERT_TRUE(build_corpus(options()).ok());
  const std::string generation = *Catalog(index_.path().string()).current_generation("bank");
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    for (const auto& [file, content] : c.writes) {
      if (content.empty()) {
        std::filesystem::remove(corpus_.path() / "bank" / file);
      } else {
        corpus_.write("bank/" + file, content);
      }
    }
    const CorpusReport report = build_corpus(options());
    ASSERT_TRUE(report.ok()) << report.failure.to_string();
    const ClientBuildSummary& bank = report.clients[0];
    EXPECT_EQ(bank.mode, c.writes.empty() ? ClientBuildSummary::Mode::kUnchanged
                                          : ClientBuildSummary::Mode::kIncremental);
    EXPECT_EQ(bank.added, c.added);
    EXPECT_EQ(bank.replaced, c.replaced);
    EXPECT_EQ(bank.deleted, c.deleted);
    EXPECT_EQ(bank.unchanged, c.unchanged);
    EXPECT_EQ(live_titles("bank"), c.live_titles);
    EXPECT_EQ(*Catalog(index_.path().string()).current_generation("bank"), generation);
  }
}

TEST_F(CorpusIndexerTest, ARejectedRecordKeepsItsLiveVersionAndDeletesNothing) {
  ASSERT_TRUE(build_corpus(options()).ok());
  // upi's new version is invalid (no body), card is changed, and a record
  // was dropped from the file: only card's change may be applied.
  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked now", "body": "Call the helpline."})"
                "\n"
                R"({"id": "upi", "title": "UPI failed, new"})"
                "\n");
  CorpusReport report = build_corpus(options());
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.clients[0].replaced, 1u);
  EXPECT_EQ(report.clients[0].deleted, 0u);
  EXPECT_EQ(live_titles("bank"),
            (std::vector<std::string>{"card=Card blocked now", "upi=UPI failed"}));

  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked now", "body": "Call the helpline."})"
                "\n");
  report = build_corpus(options());
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.clients[0].deleted, 1u) << "once the file is valid its removals apply";
  EXPECT_EQ(live_titles("bank"), (std::vector<std::string>{"card=Card blocked now"}));
}

TEST_F(CorpusIndexerTest, AFullBuildAlsoKeepsTheLiveVersionOfARejectedRecord) {
  ASSERT_TRUE(build_corpus(options()).ok());
  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked now", "body": "Call the helpline."})"
                "\n"
                R"({"id": "upi", "title": "UPI failed, new"})"
                "\n");
  CorpusIndexerOptions full = options();
  full.force = true;
  CorpusReport report = build_corpus(full);
  ASSERT_EQ(report.rejected.size(), 1u);
  const ClientBuildSummary& bank = report.clients[0];
  EXPECT_EQ(bank.mode, ClientBuildSummary::Mode::kFull);
  EXPECT_EQ(bank.replaced, 1u);
  EXPECT_EQ(bank.unchanged, 1u) << "upi is copied from the live index as it was";
  EXPECT_EQ(bank.deleted, 0u);
  EXPECT_EQ(bank.documents, 2u);
  EXPECT_EQ(live_titles("bank"),
            (std::vector<std::string>{"card=Card blocked now", "upi=UPI failed"}));

  // The kept article still belongs to its file: once the file is valid, the
  // next run (incremental) deletes it as the file no longer holds it.
  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked now", "body": "Call the helpline."})"
                "\n");
  report = build_corpus(options());
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.clients[0].deleted, 1u);
  EXPECT_EQ(live_titles("bank"), (std::vector<std::string>{"card=Card blocked now"}));
}

TEST_F(CorpusIndexerTest, AFullBuildDropsWhatAValidFileNoLongerHolds) {
  ASSERT_TRUE(build_corpus(options()).ok());
  corpus_.write("bank/faq.jsonl",
                R"({"id": "card", "title": "Card blocked", "body": "Call the helpline."})" "\n");
  corpus_.write("bank/bad.jsonl", R"({"id": "x", "title": "No body"})" "\n");
  CorpusIndexerOptions full = options();
  full.force = true;
  const CorpusReport report = build_corpus(full);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.clients[0].deleted, 1u) << "upi's file is valid: only a rejected file keeps";
  EXPECT_EQ(live_titles("bank"), std::vector<std::string>{"card=Card blocked"});
}

TEST_F(CorpusIndexerTest, AnArticleChangedOverHttpStaysUntilItsFileChanges) {
  ASSERT_TRUE(build_corpus(options()).ok());
  IndexWriter writer({.index_root = index_.path().string()});
  ASSERT_OK(writer.apply_changes(
      "bank", {ArticleChange::upsert(testing::make_doc("bank", "card", "Edited online", "x"))}));
  corpus_.write("bank/other.jsonl", R"({"id": "new", "title": "New", "body": "y"})");
  ASSERT_TRUE(build_corpus(options()).ok());
  EXPECT_EQ(live_titles("bank"), (std::vector<std::string>{"card=Edited online", "new=New",
                                                           "upi=UPI failed"}));
  CorpusIndexerOptions full = options();
  full.force = true;
  ASSERT_TRUE(build_corpus(full).ok());
  EXPECT_EQ(live_titles("bank"), (std::vector<std::string>{"card=Card blocked", "new=New",
                                                           "upi=UPI failed"}))
      << "a full build takes the corpus version";
}

TEST_F(CorpusIndexerTest, OnlyTheNamedClientsAreBuilt) {
  CorpusIndexerOptions o = options();
  o.only_clients = {"shop"};
  const CorpusReport report = build_corpus(o);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Catalog(index_.path().string()).client_names(), std::vector<std::string>{"shop"});
  o.only_clients = {"nobody"};
  EXPECT_EQ(build_corpus(o).failure.code(), StatusCode::kNotFound);
}

TEST_F(CorpusIndexerTest, BadRecordsAreReportedAndTheRestIndexed) {
  corpus_.write("bank/bad.jsonl", R"({"id": "x", "title": "No body"})"
                                  "\n"
                                  R"({"id": "y", "title": "Ok", "body": "fine"})"
                                  "\n");
  const CorpusReport report = build_corpus(options());
  ASSERT_OK(report.failure);
  EXPECT_FALSE(report.ok());
  ASSERT_EQ(report.rejected.size(), 1u);
  const std::string line = report.rejected[0].to_string();
  EXPECT_NE(line.find("bad.jsonl:1:"), std::string::npos) << line;
  EXPECT_NE(line.find("body"), std::string::npos) << line;
  EXPECT_EQ(doccount("bank"), 3u);
}

TEST_F(CorpusIndexerTest, ClientsReadOnParallelThreadsReportInClientOrder) {
  corpus_.write("bank/bad.json", R"({"id": "x", "title": "t"})");
  corpus_.write("shop/bad.json", R"({"id": "y", "title": "t"})");
  for (unsigned jobs : {1u, 2u, 4u}) {
    for (bool strict : {false, true}) {
      IndexProgress progress;
      CorpusIndexerOptions o = options();
      o.jobs = jobs;
      o.strict = strict;
      o.force = true;
      o.progress = &progress;
      const CorpusReport report = build_corpus(o);
      ASSERT_OK(report.failure);
      ASSERT_EQ(report.rejected.size(), 2u);
      EXPECT_NE(report.rejected[0].to_string().find("bank"), std::string::npos) << jobs;
      EXPECT_NE(report.rejected[1].to_string().find("shop"), std::string::npos) << jobs;
      EXPECT_EQ(report.published_nothing_strict, strict);
      EXPECT_EQ(progress.total, 3u) << "the valid articles of both clients";
      EXPECT_EQ(report.clients.size(), strict ? 0u : 2u);
    }
  }
  EXPECT_EQ(live_titles("bank"), (std::vector<std::string>{"card=Card blocked", "upi=UPI failed"}));
  EXPECT_EQ(live_titles("shop"), (std::vector<std::string>{"refund=Refund status"}));
}

TEST_F(CorpusIndexerTest, StrictPublishesNothingWhenAFileFails) {
  ASSERT_TRUE(build_corpus(options()).ok());
  corpus_.write("shop/more.jsonl",
                R"({"id": "cod", "title": "Cash on delivery", "body": "Pay on arrival."})");
  corpus_.write("bank/bad.json", R"({"id": "x", "title": "t", "body": "b", "colour": "red"})");
  CorpusIndexerOptions strict = options();
  strict.strict = true;
  const CorpusReport report = build_corpus(strict);
  EXPECT_TRUE(report.published_nothing_strict);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_NE(report.rejected[0].to_string().find("colour"), std::string::npos);
  EXPECT_EQ(doccount("shop"), 1u) << "the good change to shop must not be published either";
}

TEST_F(CorpusIndexerTest, CheckValidatesWithoutWriting) {
  corpus_.write("bank/bad.json", R"({"id": "x", "title": "t"})");
  const CorpusReport report = check_corpus(options());
  EXPECT_EQ(report.rejected.size(), 1u);
  EXPECT_TRUE(Catalog(index_.path().string()).client_names().empty());
}

TEST_F(CorpusIndexerTest, AMissingCorpusFailsWithItsPath) {
  CorpusIndexerOptions o = options();
  o.corpus_root = "/nonexistent/corpus";
  const CorpusReport report = build_corpus(o);
  ASSERT_FALSE(report.failure.is_ok());
  EXPECT_NE(report.failure.to_string().find("/nonexistent/corpus"), std::string::npos);
}

TEST_F(CorpusIndexerTest, TheLargestClientIsBuiltFirstAndReportedInNameOrder) {
  std::string body;
  for (int i = 0; i < 200; ++i) body += "Returns are picked up within 7 days. ";
  corpus_.write("shop/guide.jsonl",
                R"({"id": "returns", "title": "Returns", "body": ")" + body + "\"}\n");
  CorpusIndexerOptions o = options();
  o.jobs = 1;
  const CorpusReport report = build_corpus(o);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report.clients.size(), 2u);
  EXPECT_EQ(report.clients[0].client, "bank");
  EXPECT_EQ(report.clients[0].documents, 2u);
  EXPECT_EQ(report.clients[1].client, "shop");
  EXPECT_EQ(report.clients[1].documents, 2u);
  EXPECT_EQ(doccount("shop"), 2u);
}

TEST(BuildPlanTest, ClientsAreTakenLargestFirst) {
  const BuildPlan plan = plan_build({10, 30, 20, 30}, 1);
  EXPECT_EQ(plan.order, (std::vector<size_t>{1, 3, 2, 0})) << "ties keep name order";
  EXPECT_EQ(plan.writers, (std::vector<size_t>{1, 1, 1, 1})) << "one thread, one writer";
}

TEST(BuildPlanTest, TheLastSmallerRoundOfClientsSplitsTheThreads) {
  // 5 clients of one size on 2 threads: two rounds of one writer each,
  // then the fifth client alone gets both threads.
  const BuildPlan plan = plan_build({10, 10, 10, 10, 10}, 2);
  EXPECT_EQ(plan.order, (std::vector<size_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(plan.writers, (std::vector<size_t>{1, 1, 1, 1, 2}));
  EXPECT_EQ(plan_build({10}, 2).writers, (std::vector<size_t>{2})) << "one client, every thread";
  EXPECT_EQ(plan_build({10, 10, 10, 10}, 4).writers, (std::vector<size_t>{1, 1, 1, 1}));
  // 3 clients on 4 threads: 2 each, rounded up, so that no core idles.
  EXPECT_EQ(plan_build({10, 10, 10}, 4).writers, (std::vector<size_t>{2, 2, 2}));
}

TEST(BuildPlanTest, AClientHoldingMostOfTheArticlesGetsAWriterPerShare) {
  // 90% of the bytes on 2 threads: both; built on one, it would finish
  // long after the small ones, the other core idle.
  const BuildPlan two = plan_build({5, 90, 5}, 2);
  EXPECT_EQ(two.order.front(), 1u);
  EXPECT_EQ(two.writers[1], 2u);
  EXPECT_EQ(two.writers[0], 1u);
  // Half of the bytes on 4 threads: 2 writers, never more than the threads.
  EXPECT_EQ(plan_build({50, 10, 10, 10, 10, 10}, 4).writers[0], 2u);
  EXPECT_EQ(plan_build({100, 1}, 2).writers, (std::vector<size_t>{2, 1}));
  // 71% of the bytes: on one writer the run would take 71% of the work's time, not 50%.
  EXPECT_EQ(plan_build({20, 2, 2, 2, 2}, 2).writers[0], 2u);
  // Near a share, one writer each: a second shard would cost more than it saves.
  EXPECT_EQ(plan_build({60, 40}, 2).writers, (std::vector<size_t>{1, 1}));
  EXPECT_EQ(plan_build({51, 49}, 2).writers, (std::vector<size_t>{1, 1}));
}

TEST(BuildPlanTest, EmptyClientsAndNoThreadsPlanOneWriterEach) {
  EXPECT_EQ(plan_build({0, 0}, 2).writers, (std::vector<size_t>{1, 1}));
  EXPECT_EQ(plan_build({10}, 0).writers, (std::vector<size_t>{1})) << "no threads counts as one";
  EXPECT_TRUE(plan_build({}, 2).order.empty());
}

}  // namespace
}  // namespace kb
