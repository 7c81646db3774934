#include "indexer/index/catalog.h"

#include <xapian.h>

#include "indexer/index/index_format.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(CatalogTest, ListsPublishedClientsAndOpensThem) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text"),
                            testing::make_doc("shop", "b", "Order", "text")});
  Catalog catalog(index.root());
  EXPECT_EQ(catalog.client_names(), (std::vector<std::string>{"bank", "shop"}));
  auto opened = catalog.open("shop");
  ASSERT_OK(opened);
  EXPECT_EQ(opened->db.get_doccount(), 1u);
}

TEST(CatalogTest, UnknownAndMalformedClientsAreNotFound) {
  testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
  Catalog catalog(index.root());
  for (const char* name : {"telecom", "../bank", "", "Bank", "bank/..", "/etc"}) {
    auto opened = catalog.open(name);
    ASSERT_FALSE(opened.is_ok()) << name;
    EXPECT_EQ(opened.status().code(), StatusCode::kNotFound) << name;
  }
}

TEST(CatalogTest, RefusesAnIndexBuiltByAnotherAnalyzerOrFormat) {
  for (const auto& [key, value] :
       std::vector<std::pair<std::string_view, std::string>>{{format::kMetaAnalyzer, "kb-icu/0"},
                                                             {format::kMetaFormatVersion, "0"}}) {
    testing::TempIndex index({testing::make_doc("bank", "a", "Card", "text")});
    Catalog catalog(index.root());
    {
      Xapian::WritableDatabase db(*catalog.current_generation("bank"), Xapian::DB_OPEN);
      db.set_metadata(std::string(key), value);
      db.commit();
    }
    auto opened = catalog.open("bank");
    ASSERT_FALSE(opened.is_ok());
    EXPECT_EQ(opened.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_NE(opened.status().message().find("kb-indexer build"), std::string::npos);
  }
}

}  // namespace
}  // namespace kb
