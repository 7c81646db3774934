#include "indexer/index/documents_ahead.h"

#include <xapian.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "indexer/index/index_writer.h"
#include "tests/test_util.h"

namespace kb {
namespace {

// Every term of `doc` with its wdf, and its values: what a writer stores.
std::string describe(const Xapian::Document& doc) {
  std::string out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + ":" + std::to_string(t.get_wdf()) + " ";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
    out += std::to_string(v.get_valueno()) + "=" + *v + " ";
  }
  return out;
}

// More changes than may wait, deletes among them.
std::vector<ArticleChange> many_changes() {
  std::vector<ArticleChange> changes;
  for (int i = 0; i < 3 * static_cast<int>(DocumentsAhead::kMaxWaiting); ++i) {
    const std::string id = "a" + std::to_string(i);
    if (i % 10 == 3) {
      changes.push_back(ArticleChange::remove(id));
      continue;
    }
    changes.push_back(ArticleChange::upsert(
        testing::make_doc("bank", id, "Card " + id, "Block card number " + id, i % 2 ? "en" : "hi"),
        "faq.jsonl"));
  }
  return changes;
}

TEST(DocumentsAheadTest, HandsOutEachUpsertsDocumentInOrderAsBuiltHere) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const std::vector<ArticleChange> changes = many_changes();
  TransliterationLexicon ahead_lexicon;
  std::vector<std::string> got;
  {
    DocumentsAhead ahead(builder, changes, &ahead_lexicon);
    for (const ArticleChange& change : changes) {
      if (change.kind == ChangeKind::kUpsert) got.push_back(describe(ahead.next()));
    }
    EXPECT_THROW(ahead.next(), std::logic_error);
  }
  Analyzer here_analyzer;
  DocumentBuilder here(here_analyzer);
  TransliterationLexicon here_lexicon;
  size_t i = 0;
  for (const ArticleChange& change : changes) {
    if (change.kind != ChangeKind::kUpsert) continue;
    ASSERT_LT(i, got.size());
    EXPECT_EQ(got[i++], describe(here.build(change.document, &here_lexicon, change.source)));
  }
  EXPECT_EQ(i, got.size());
}

TEST(DocumentsAheadTest, AWriterThatStopsEarlyLeavesNoThreadBehind) {
  Analyzer analyzer;
  DocumentBuilder builder(analyzer);
  const std::vector<ArticleChange> changes = many_changes();
  for (int taken : {0, 1, 5}) {
    DocumentsAhead ahead(builder, changes, nullptr);
    for (int k = 0; k < taken; ++k) EXPECT_FALSE(describe(ahead.next()).empty());
    // Time to fill the queue: the destructor must also stop a thread that
    // waits for room (a hang fails under ctest --timeout).
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

TEST(DocumentsAheadTest, AFullBuildIsTheSameWithOrWithoutIt) {
  std::vector<Document> docs;
  for (const ArticleChange& change : many_changes()) {
    if (change.kind == ChangeKind::kUpsert) docs.push_back(change.document);
  }
  std::vector<std::string> built[2];
  std::string lexicons[2];
  for (int ahead = 0; ahead < 2; ++ahead) {
    testing::TempDir dir;
    IndexWriter writer({.index_root = dir.path().string(), .build_ahead = ahead == 1});
    auto summary = writer.build_client({{"bank", "Bank", "en", ""}, docs, {}});
    ASSERT_OK(summary);
    Xapian::Database db(summary->generation);
    for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
      built[ahead].push_back(describe(db.get_document(id)));
    }
    lexicons[ahead] = testing::lexicon_entries(summary->generation);
  }
  ASSERT_EQ(built[0].size(), docs.size());
  EXPECT_EQ(built[0], built[1]);
  EXPECT_FALSE(lexicons[0].empty());
  EXPECT_EQ(lexicons[0], lexicons[1]);
}

}  // namespace
}  // namespace kb
