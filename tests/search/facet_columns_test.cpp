// FacetColumns: the facet values of every article by document id, and
// RevisionCache reloading them when the database changes.
#include "server/search/facet_columns.h"

#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "indexer/index/index_format.h"
#include "server/search/revision_cache.h"
#include "tests/test_util.h"

namespace kb {
namespace {

Xapian::Document article(const std::string& type, const std::string& tags) {
  Xapian::Document doc;
  if (!type.empty()) doc.add_value(format::kSlotType, type);
  doc.add_value(format::kSlotLanguage, "hi");
  if (!tags.empty()) doc.add_value(format::kSlotTags, tags);
  doc.add_term("x");
  return doc;
}

std::vector<std::string> values(const FacetColumns& columns, FacetColumns::Field field,
                                Xapian::docid doc) {
  std::vector<std::string> out;
  for (uint32_t id : columns.ids(field, doc)) out.push_back(columns.value(field, id));
  return out;
}

TEST(FacetColumnsTest, EachDocumentHasItsValuesAndTagsAreSplit) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  const std::string sep(1, format::kTagSeparator);
  db.add_document(article("faq", "refund" + sep + "upi"));
  db.add_document(article("", ""));
  db.add_document(article("guide", "upi"));
  db.commit();

  const auto columns = FacetColumns::load(db);
  using V = std::vector<std::string>;
  EXPECT_EQ(values(*columns, FacetColumns::kType, 1), V{"faq"});
  EXPECT_EQ(values(*columns, FacetColumns::kType, 2), V{});
  EXPECT_EQ(values(*columns, FacetColumns::kType, 3), V{"guide"});
  EXPECT_EQ(values(*columns, FacetColumns::kTag, 1), (V{"refund", "upi"}));
  EXPECT_EQ(values(*columns, FacetColumns::kTag, 3), V{"upi"});
  EXPECT_EQ(values(*columns, FacetColumns::kLanguage, 2), V{"hi"});
  EXPECT_EQ(values(*columns, FacetColumns::kProduct, 1), V{});
  // Each distinct value is kept once.
  EXPECT_EQ(columns->value_count(FacetColumns::kTag), 2u);
  // Ids past the last document have nothing.
  EXPECT_TRUE(columns->ids(FacetColumns::kType, 4).empty());
  EXPECT_TRUE(columns->ids(FacetColumns::kType, 1000).empty());
}

TEST(FacetColumnsTest, IdsFollowTheValuesOrder) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  const std::string sep(1, format::kTagSeparator);
  // First seen in another order than their own.
  db.add_document(article("video", "wifi" + sep + "apn"));
  db.add_document(article("faq", "sim" + sep + "wifi"));
  db.add_document(article("guide", "apn"));
  db.commit();

  const auto columns = FacetColumns::load(db);
  for (const auto field : {FacetColumns::kType, FacetColumns::kTag}) {
    for (uint32_t id = 1; id < columns->value_count(field); ++id) {
      EXPECT_LT(columns->value(field, id - 1), columns->value(field, id)) << field;
    }
  }
  using V = std::vector<std::string>;
  EXPECT_EQ(values(*columns, FacetColumns::kType, 1), V{"video"});
  EXPECT_EQ(values(*columns, FacetColumns::kTag, 1), (V{"wifi", "apn"}));
  EXPECT_EQ(values(*columns, FacetColumns::kTag, 2), (V{"sim", "wifi"}));
  EXPECT_EQ(values(*columns, FacetColumns::kTag, 3), V{"apn"});
}

TEST(FacetColumnsTest, FieldsAreNamedAsTheApiNamesThem) {
  EXPECT_EQ(FacetColumns::field_named("type"), FacetColumns::kType);
  EXPECT_EQ(FacetColumns::field_named("language"), FacetColumns::kLanguage);
  EXPECT_EQ(FacetColumns::field_named("product"), FacetColumns::kProduct);
  EXPECT_EQ(FacetColumns::field_named("tag"), FacetColumns::kTag);
  EXPECT_EQ(FacetColumns::field_named("tags"), FacetColumns::kFieldCount);
}

// A database at `path` with one committed FAQ, open for more writes.
Xapian::WritableDatabase one_faq(const std::string& path) {
  Xapian::WritableDatabase writer(path, Xapian::DB_CREATE);
  writer.add_document(article("faq", ""));
  writer.commit();
  return writer;
}

TEST(RevisionCacheTest, ATableIsLoadedOncePerRevision) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase writer = one_faq(path);

  RevisionCache<FacetColumns> cache;
  Xapian::Database reader(path);
  const auto first = cache.get("tel", reader);
  EXPECT_EQ(cache.get("tel", reader), first);  // same revision: the same table
  EXPECT_NE(cache.get("bank", reader), first);  // another client: its own

  writer.add_document(article("guide", ""));
  writer.commit();
  reader.reopen();
  const auto second = cache.get("tel", reader);
  EXPECT_NE(second, first);
  EXPECT_EQ(values(*second, FacetColumns::kType, 2), std::vector<std::string>{"guide"});
}

// A table whose loads wait for the test to let them finish.
struct GatedTable {
  static std::shared_ptr<const GatedTable> load(const Xapian::Database&) {
    ++loads;
    gate.wait();
    if (fail) throw Xapian::DatabaseError("cannot read");
    return std::make_shared<GatedTable>();
  }
  static inline std::atomic<int> loads{0};
  static inline std::shared_future<void> gate;
  static inline bool fail = false;
};

TEST(RevisionCacheTest, ThreadsWantingARevisionWhileItLoadsShareThatLoad) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  const Xapian::WritableDatabase writer = one_faq(path);

  for (const bool fail : {false, true}) {
    GatedTable::loads = 0;
    GatedTable::fail = fail;
    std::promise<void> open;
    GatedTable::gate = open.get_future().share();
    RevisionCache<GatedTable> cache;
    auto get = [&] {
      Xapian::Database reader(path);  // a handle per thread, as Searchers have
      try {
        return cache.get("tel", reader);
      } catch (const Xapian::DatabaseError&) {
        return std::shared_ptr<const GatedTable>();
      }
    };
    auto first = std::async(std::launch::async, get);
    while (GatedTable::loads == 0) std::this_thread::yield();
    auto second = std::async(std::launch::async, get);
    // A second load would start within this time.
    for (int i = 0; i < 50 && GatedTable::loads < 2; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    open.set_value();
    const auto a = first.get();
    const auto b = second.get();
    EXPECT_EQ(GatedTable::loads, 1) << fail;
    EXPECT_EQ(a, b) << fail;
    EXPECT_EQ(a == nullptr, fail);
    if (fail) {
      // A failed load is not kept: the next get loads again.
      GatedTable::fail = false;
      EXPECT_NE(get(), nullptr);
      EXPECT_EQ(GatedTable::loads, 2);
    }
  }
}

}  // namespace
}  // namespace kb
