// FacetCounter: the values of the matches, most frequent first.
#include "server/search/facet_counter.h"

#include <string>
#include <vector>

#include "indexer/index/index_format.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(FacetCounterTest, MostFrequentFirstThenByValue) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  // Types first seen as video, guide, faq, apn; counted 1, 2, 2, 1.
  for (const char* type : {"video", "guide", "faq", "guide", "faq", "apn"}) {
    Xapian::Document doc;
    doc.add_value(format::kSlotType, type);
    doc.add_term("x");
    db.add_document(doc);
  }
  db.commit();

  FacetCounter counter({"type"}, FacetColumns::load(db));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("x"));
  counter.attach(enquire);
  enquire.get_mset(0, 0, 100);
  EXPECT_EQ(counter.counted(), 6u);

  const std::vector<Facet> facets = counter.facets(3, 1.0);
  ASSERT_EQ(facets.size(), 1u);
  EXPECT_EQ(facets[0].field, "type");
  std::vector<std::pair<std::string, size_t>> got;
  for (const auto& v : facets[0].values) got.emplace_back(v.value, v.count);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, size_t>>{{"faq", 2}, {"guide", 2}, {"apn", 1}}));
}

}  // namespace
}  // namespace kb
