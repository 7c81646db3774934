#include "indexer/index/stored_fields.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(StoredFieldsTest, RoundTripsEveryDisplayFieldButTheBody) {
  Document doc = testing::make_doc("bank", "card-1", "Card <blocked>", "text \"quoted\"", "hi");
  doc.body = "# Body\nमेरा कार्ड";
  doc.type = "guide";
  doc.product = "debit";
  doc.tags = {"card", "कार्ड"};
  doc.steps = {"Call us", "Wait"};
  doc.url = "https://x.example/a";
  doc.updated_at = "2026-01-02";

  auto decoded = decode_stored_fields(encode_stored_fields(doc));
  ASSERT_OK(decoded);
  EXPECT_EQ(decoded->id, doc.id);
  EXPECT_EQ(decoded->client, doc.client);
  EXPECT_EQ(decoded->title, doc.title);
  EXPECT_TRUE(decoded->body.empty()) << "the body is stored in a value slot";
  EXPECT_EQ(decoded->text, doc.text);
  EXPECT_EQ(decoded->language, doc.language);
  EXPECT_EQ(decoded->type, doc.type);
  EXPECT_EQ(decoded->product, doc.product);
  EXPECT_EQ(decoded->tags, doc.tags);
  EXPECT_EQ(decoded->steps, doc.steps);
  EXPECT_EQ(decoded->url, doc.url);
  EXPECT_EQ(decoded->updated_at, doc.updated_at);
}

TEST(StoredFieldsTest, GarbageIsCorruption) {
  for (const char* data : {"", "{", "[]", "{\"id\": 3}"}) {
    auto decoded = decode_stored_fields(data);
    ASSERT_FALSE(decoded.is_ok()) << data;
    EXPECT_EQ(decoded.status().code(), StatusCode::kCorruption) << data;
    EXPECT_NE(decoded.status().message().find("reindex"), std::string::npos);
  }
}

}  // namespace
}  // namespace kb
