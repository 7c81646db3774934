#include "indexer/index/index_writer.h"

#include <xapian.h>

#include "indexer/index/client_store.h"
#include "indexer/index/index_format.h"
#include "tests/test_util.h"

namespace kb {
namespace {

ClientInfo bank() { return {"bank", "Sahyog Bank", "en", ""}; }

TEST(IndexWriterTest, BuildsAndRecordsHowTheIndexWasMade) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string()});
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us", "en"),
                                testing::make_doc("bank", "b", "कार्ड ब्लॉक", "हमें कॉल करें", "hi")};
  auto summary = writer.build_client(bank(), docs, "fp1");
  ASSERT_OK(summary);
  EXPECT_FALSE(summary->unchanged);
  EXPECT_EQ(summary->documents, 2u);
  EXPECT_EQ(summary->documents_per_language.at("en"), 1u);
  EXPECT_EQ(summary->documents_per_language.at("hi"), 1u);

  Xapian::Database db(summary->generation);
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaAnalyzer)), Analyzer::id());
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaFormatVersion)),
            std::to_string(format::kFormatVersion));
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaClientName)), "Sahyog Bank");
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaFingerprint)), "fp1");
}

TEST(IndexWriterTest, SameFingerprintWritesNothingUnlessForced) {
  testing::TempDir dir;
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us")};
  auto first = IndexWriter({.index_root = dir.path().string()}).build_client(bank(), docs, "fp");
  ASSERT_OK(first);
  auto again = IndexWriter({.index_root = dir.path().string()}).build_client(bank(), docs, "fp");
  ASSERT_OK(again);
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(again->generation, first->generation);

  auto forced = IndexWriter({.index_root = dir.path().string(), .force = true})
                    .build_client(bank(), docs, "fp");
  ASSERT_OK(forced);
  EXPECT_FALSE(forced->unchanged);
  EXPECT_NE(forced->generation, first->generation);
}

TEST(IndexWriterTest, ALockedClientIsRefusedAndItsIndexKept) {
  testing::TempDir dir;
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us")};
  auto first = IndexWriter({.index_root = dir.path().string()}).build_client(bank(), docs, "1");
  ASSERT_OK(first);
  auto held = ClientStore(dir.path().string(), "bank").lock_for_writing();
  ASSERT_OK(held);
  auto second = IndexWriter({.index_root = dir.path().string()}).build_client(bank(), docs, "2");
  ASSERT_FALSE(second.is_ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(Xapian::Database(first->generation).get_doccount(), 1u);
}

}  // namespace
}  // namespace kb
