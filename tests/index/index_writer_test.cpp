#include "indexer/index/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>

#include "indexer/index/catalog.h"
#include "indexer/index/client_store.h"
#include "indexer/index/index_format.h"
#include "indexer/index/stored_fields.h"
#include "indexer/index/transliteration_lexicon.h"
#include "tests/test_util.h"

namespace kb {
namespace {

ClientInfo bank() { return {"bank", "Sahyog Bank", "en", ""}; }

ClientSources bank_sources(std::vector<Document> docs) { return {bank(), std::move(docs), {}}; }

// The live database of `client` as a reader opens it.
Xapian::Database live(const testing::TempDir& dir, const std::string& client = "bank") {
  return Xapian::Database(*Catalog(dir.path().string()).current_generation(client));
}

std::string title_of(const Xapian::Database& db, const std::string& id) {
  Xapian::PostingIterator p = db.postlist_begin(DocumentBuilder::id_term(id));
  if (p == db.postlist_end(DocumentBuilder::id_term(id))) return "<absent>";
  return load_stored_fields(db.get_document(*p), {})->title;
}

TEST(IndexWriterTest, BuildsAndRecordsHowTheIndexWasMade) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string()});
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us", "en"),
                                testing::make_doc("bank", "b", "कार्ड ब्लॉक", "हमें कॉल करें", "hi")};
  auto summary = writer.build_client(bank_sources(docs));
  ASSERT_OK(summary);
  EXPECT_EQ(summary->mode, ClientBuildSummary::Mode::kFull);
  EXPECT_EQ(summary->documents, 2u);
  EXPECT_EQ(summary->added, 2u);
  EXPECT_EQ(summary->documents_per_language.at("en"), 1u);
  EXPECT_EQ(summary->documents_per_language.at("hi"), 1u);

  Xapian::Database db(summary->generation);
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaAnalyzer)), Analyzer::id());
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaFormatVersion)),
            std::to_string(format::kFormatVersion));
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaClientName)), "Sahyog Bank");
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaBuildSettings)),
            build_settings_hash({}, true, {}));
}

TEST(IndexWriterTest, AWordTooLongForATermDoesNotFailTheBuild) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string()});
  // Xapian refuses a term of over 245 bytes; the title repeats its words
  // under a prefix, and Latin words are keyed for the transliteration lexicon.
  const std::string blob(400, 'a');
  auto summary = writer.build_client(bank_sources(
      {testing::make_doc("bank", "a", "Token " + blob, "Paste " + blob + " here", "en")}));
  ASSERT_OK(summary);
  Xapian::Database db = live(dir);
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_termfreq("past"), 1u);
  EXPECT_EQ(title_of(db, "a"), "Token " + blob);
}

uintmax_t folder_bytes(const std::filesystem::path& dir) {
  uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

// Each commit of the staging database leaves the blocks it touched half
// full; here it commits every 20 articles.
TEST(IndexWriterTest, AFullBuildPublishesACompactedGenerationAndNoStagingFolder) {
  testing::TempDir dir;
  std::vector<Document> docs;
  for (int i = 0; i < 1000; ++i) {
    const std::string n = std::to_string(i);
    docs.push_back(testing::make_doc("bank", "a" + n, "Card " + n + " blocked",
                                     "Call us about card " + n + " and account " + n));
  }
  auto summary = IndexWriter({.index_root = dir.path().string(), .full_build_batch = 20})
                     .build_client(bank_sources(docs));
  ASSERT_OK(summary);
  EXPECT_FALSE(std::filesystem::exists(ClientStore::staging_path(summary->generation)));

  const std::string again = (dir.path() / "compacted-again").string();
  Xapian::Database(summary->generation)
      .compact(again, Xapian::DBCOMPACT_NO_RENUMBER, kPublishedBlockSize);
  EXPECT_GT(folder_bytes(again), folder_bytes(summary->generation) * 9 / 10)
      << "compacting the published generation again shrank it: it was not compacted";
  Xapian::Database db(summary->generation);
  EXPECT_EQ(db.get_doccount(), 1000u);
  EXPECT_EQ(title_of(db, "a999"), "Card 999 blocked");
  // The batches' articles are numbered on, in the corpus's order.
  EXPECT_EQ(*db.postlist_begin(DocumentBuilder::id_term("a0")), 1u);
  EXPECT_EQ(*db.postlist_begin(DocumentBuilder::id_term("a999")), 1000u);
  EXPECT_EQ(db.get_termfreq("card"), 1000u);
}

// A Xapian table file is a row of equal blocks; a small index has few, so
// with Xapian's 8 KiB blocks some file would be an odd multiple of 8 KiB.
TEST(IndexWriterTest, APublishedGenerationHasTheChosenBlockSize) {
  testing::TempDir dir;
  auto summary = IndexWriter({.index_root = dir.path().string()})
                     .build_client(bank_sources({testing::make_doc("bank", "a", "Card blocked",
                                                                   "Call us", "en")}));
  ASSERT_OK(summary);
  size_t tables = 0;
  for (const auto& entry : std::filesystem::directory_iterator(summary->generation)) {
    if (entry.path().extension() != ".glass") continue;
    ++tables;
    EXPECT_GT(entry.file_size(), 0u) << entry.path();
    EXPECT_EQ(entry.file_size() % kPublishedBlockSize, 0u) << entry.path();
  }
  EXPECT_GE(tables, 3u);
}

TEST(IndexWriterTest, SameSourcesWriteNothingUnlessForced) {
  testing::TempDir dir;
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us")};
  auto first = IndexWriter({.index_root = dir.path().string()}).build_client(bank_sources(docs));
  ASSERT_OK(first);
  const std::string revision_file = first->generation + "/iamglass";
  const auto written = std::filesystem::last_write_time(revision_file);
  auto again = IndexWriter({.index_root = dir.path().string()}).build_client(bank_sources(docs));
  ASSERT_OK(again);
  EXPECT_EQ(again->mode, ClientBuildSummary::Mode::kUnchanged);
  EXPECT_EQ(again->generation, first->generation);
  EXPECT_EQ(std::filesystem::last_write_time(revision_file), written) << "nothing may be written";

  auto forced = IndexWriter({.index_root = dir.path().string(), .force = true})
                    .build_client(bank_sources(docs));
  ASSERT_OK(forced);
  EXPECT_EQ(forced->mode, ClientBuildSummary::Mode::kFull);
  EXPECT_EQ(forced->unchanged, 1u);
  EXPECT_NE(forced->generation, first->generation);
}

TEST(IndexWriterTest, OtherBuildSettingsRebuildEverything) {
  testing::TempDir dir;
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us")};
  auto first = IndexWriter({.index_root = dir.path().string()}).build_client(bank_sources(docs));
  ASSERT_OK(first);
  IndexWriterOptions other{.index_root = dir.path().string()};
  other.weights.title = 7;
  auto rebuilt = IndexWriter(other).build_client(bank_sources(docs));
  ASSERT_OK(rebuilt);
  EXPECT_EQ(rebuilt->mode, ClientBuildSummary::Mode::kFull);
  EXPECT_NE(rebuilt->generation, first->generation);
}

TEST(IndexWriterTest, ALockedClientIsRefusedNamingTheHolderAndItsIndexKept) {
  testing::TempDir dir;
  std::vector<Document> docs = {testing::make_doc("bank", "a", "Card blocked", "Call us")};
  auto first = IndexWriter({.index_root = dir.path().string()}).build_client(bank_sources(docs));
  ASSERT_OK(first);
  auto held = ClientStore(dir.path().string(), "bank").lock_for_writing({.holder = "test holder"});
  ASSERT_OK(held);
  docs.push_back(testing::make_doc("bank", "b", "UPI", "Wait"));
  auto second = IndexWriter({.index_root = dir.path().string()}).build_client(bank_sources(docs));
  ASSERT_FALSE(second.is_ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(second.status().message().find("'bank'"), std::string::npos);
  EXPECT_NE(second.status().message().find("test holder (pid "), std::string::npos)
      << second.status().message();
  EXPECT_EQ(live(dir).get_doccount(), 1u);
}

TEST(IndexWriterTest, ChangesApplyInPlaceInOneCommitWithAnOutcomeEach) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string()});
  auto built = writer.build_client(bank_sources({testing::make_doc("bank", "a", "Card", "Call"),
                                                 testing::make_doc("bank", "b", "UPI", "Wait")}));
  ASSERT_OK(built);
  Xapian::Database reader = live(dir);
  const Xapian::rev revision = reader.get_revision();

  auto outcomes = writer.apply_changes(
      "bank", {ArticleChange::upsert(testing::make_doc("bank", "a", "Card blocked", "Call us")),
               ArticleChange::upsert(testing::make_doc("bank", "b", "UPI", "Wait")),
               ArticleChange::upsert(testing::make_doc("bank", "c", "New", "Text")),
               ArticleChange::remove("b"), ArticleChange::remove("zz")});
  ASSERT_OK(outcomes);
  const std::vector<ChangeStatus> expected = {ChangeStatus::kReplaced, ChangeStatus::kUnchanged,
                                              ChangeStatus::kAdded, ChangeStatus::kDeleted,
                                              ChangeStatus::kNotFound};
  ASSERT_EQ(outcomes->size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(change_status_name((*outcomes)[i].status), change_status_name(expected[i])) << i;
  }
  EXPECT_EQ(*Catalog(dir.path().string()).current_generation("bank"), built->generation)
      << "changes go into the live generation";
  EXPECT_EQ(reader.get_revision(), revision) << "an open reader keeps its snapshot";
  ASSERT_TRUE(reader.reopen());
  EXPECT_EQ(reader.get_revision(), revision + 1) << "one commit for all changes";
  EXPECT_EQ(title_of(reader, "a"), "Card blocked");
  EXPECT_EQ(title_of(reader, "b"), "<absent>");
  EXPECT_EQ(title_of(reader, "c"), "New");
}

TEST(IndexWriterTest, ChangesToAnUnknownClientAreNotFound) {
  testing::TempDir dir;
  auto outcomes = IndexWriter({.index_root = dir.path().string()})
                      .apply_changes("nobody", {ArticleChange::remove("a")});
  ASSERT_FALSE(outcomes.is_ok());
  EXPECT_EQ(outcomes.status().code(), StatusCode::kNotFound);
}

TEST(IndexWriterTest, ChangesNeedTheSettingsTheIndexWasBuiltWith) {
  testing::TempDir dir;
  ASSERT_OK(IndexWriter({.index_root = dir.path().string()})
                .build_client(bank_sources({testing::make_doc("bank", "a", "Card", "Call")})));
  IndexWriterOptions other{.index_root = dir.path().string()};
  other.weights.body = 5;
  auto outcomes = IndexWriter(other).apply_changes("bank", {ArticleChange::remove("a")});
  ASSERT_FALSE(outcomes.is_ok());
  EXPECT_EQ(outcomes.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(live(dir).get_doccount(), 1u);
}

TEST(IndexWriterTest, AFullRebuildKeepsArticlesWrittenOverHttp) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string(), .force = true});
  const auto corpus = bank_sources({testing::make_doc("bank", "a", "Card", "Call")});
  ASSERT_OK(writer.build_client(corpus));
  Document posted = testing::make_doc("bank", "posted", "Posted", "Only over HTTP");
  posted.body = "Only **over** HTTP";
  ASSERT_OK(writer.apply_changes("bank", {ArticleChange::upsert(posted)}));
  auto rebuilt = writer.build_client(corpus);
  ASSERT_OK(rebuilt);
  EXPECT_EQ(rebuilt->documents, 2u);
  EXPECT_EQ(rebuilt->deleted, 0u);
  Xapian::Database db = live(dir);
  EXPECT_EQ(title_of(db, "posted"), "Posted");
  Xapian::PostingIterator p = db.postlist_begin(DocumentBuilder::id_term("posted"));
  EXPECT_EQ(db.get_document(*p).get_value(format::kSlotBody), "Only **over** HTTP");
}

TEST(IndexWriterTest, AddedWordsExtendTheTransliterationLexicon) {
  testing::TempDir dir;
  IndexWriter writer({.index_root = dir.path().string()});
  ASSERT_OK(writer.build_client(bank_sources({testing::make_doc("bank", "a", "Card", "Call")})));
  EXPECT_EQ(live(dir).get_metadata(std::string(format::kMetaLexiconScripts)), "latin");
  ASSERT_OK(writer.apply_changes(
      "bank", {ArticleChange::upsert(testing::make_doc("bank", "b", "कार्ड", "कॉल करें", "hi"))}));
  Xapian::Database db = live(dir);
  EXPECT_EQ(db.get_metadata(std::string(format::kMetaLexiconScripts)), "latin,native");
  // Each key once, its words merged: the Latin word of the first run stays.
  const std::string prefix(format::kMetaRomanKeyPrefix);
  std::vector<std::string> keys_of_card;
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    const auto words = TransliterationLexicon::words_of(db, *k);
    if (std::count(words.begin(), words.end(), "कार्ड")) keys_of_card.push_back(*k);
  }
  ASSERT_EQ(keys_of_card.size(), 1u);
  EXPECT_EQ(TransliterationLexicon::words_of(db, keys_of_card[0]),
            (std::vector<std::string>{"card", "कार्ड"}));
}

// A full build keys the Latin words it wrote from the index at the end; an
// incremental run keys each article's words as it writes them.
TEST(IndexWriterTest, AFullBuildsLexiconIsTheOneMadeArticleByArticle) {
  const std::vector<Document> docs = {
      testing::make_doc("bank", "a", "SIM Card blocked", "Call us: recharge nahi hua", "en"),
      testing::make_doc("bank", "b", "कार्ड ब्लॉक", "रिचार्ज नहीं हुआ, कॉल करें", "hi"),
      testing::make_doc("bank", "c", "Naya SIM", "Sim card kaise le? 4G, *121#", "en")};
  testing::TempDir full_dir;
  ASSERT_OK(IndexWriter({.index_root = full_dir.path().string()}).build_client(bank_sources(docs)));

  testing::TempDir each_dir;
  IndexWriter each({.index_root = each_dir.path().string()});
  // An article with no word to key, then the articles one change each.
  ASSERT_OK(each.build_client(bank_sources({testing::make_doc("bank", "z", "42", "1800")})));
  for (const Document& doc : docs) {
    ASSERT_OK(each.apply_changes("bank", {ArticleChange::upsert(doc)}));
  }
  const Catalog full(full_dir.path().string());
  const Catalog each_run(each_dir.path().string());
  const std::string lexicon = testing::lexicon_entries(*full.current_generation("bank"));
  EXPECT_NE(lexicon.find("sim"), std::string::npos) << lexicon;
  EXPECT_EQ(lexicon, testing::lexicon_entries(*each_run.current_generation("bank")));
}

// Every article of the database at `path` with its docid and terms (wdf,
// positions), and all its metadata but the times of the build (the
// lexicon and client data included): what readers can tell of how it was
// built.
std::string everything_in(const std::string& path) {
  const Xapian::Database db(path);
  std::string out = "documents " + std::to_string(db.get_doccount()) + "\n";
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    out += "docid " + std::to_string(id) + ":";
    for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
      out += " " + *t + "/" + std::to_string(t.get_wdf());
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
        out += "," + std::to_string(*p);
      }
    }
    out += "\n";
  }
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
    if (*k == format::kMetaBuiltAt || *k == format::kMetaUpdatedAt) continue;
    out += *k + "=" + db.get_metadata(*k) + "\n";
  }
  return out;
}

TEST(IndexWriterTest, AFullBuildSplitAmongWritersIsTheIndexOneWriterMakes) {
  std::vector<Document> docs;
  for (int i = 0; i < 13; ++i) {
    const std::string n = std::to_string(i);
    docs.push_back(i % 2 ? testing::make_doc("bank", "h" + n, "कार्ड " + n + " ब्लॉक",
                                             "रिचार्ज नहीं हुआ " + n, "hi")
                         : testing::make_doc("bank", "e" + n, "SIM card " + n + " blocked",
                                             "Recharge nahi hua, call " + n, "en"));
  }
  testing::TempDir one_dir;
  auto one = IndexWriter({.index_root = one_dir.path().string(), .full_build_batch = 4})
                 .build_client(bank_sources(docs));
  ASSERT_OK(one);
  testing::TempDir split_dir;
  auto split = IndexWriter({.index_root = split_dir.path().string(),
                            .full_build_batch = 4,
                            .full_build_writers = 5})
                   .build_client(bank_sources(docs));
  ASSERT_OK(split);

  EXPECT_EQ(one->writers, 1u);
  EXPECT_EQ(split->writers, 3u) << "13 articles make 3 parts of at least 4";
  EXPECT_EQ(split->documents, 13u);
  EXPECT_FALSE(std::filesystem::exists(ClientStore::staging_path(split->generation)));
  const std::string built = everything_in(split->generation);
  EXPECT_NE(built.find("kb.client_name=Sahyog Bank"), std::string::npos) << built;
  EXPECT_EQ(built, everything_in(one->generation));
  EXPECT_EQ(title_of(Xapian::Database(split->generation), "e12"), "SIM card 12 blocked");
}

}  // namespace
}  // namespace kb
