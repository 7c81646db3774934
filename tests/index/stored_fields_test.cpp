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

TEST(StoredFieldsTest, EmptyFieldsAndLongTextsRoundTrip) {
  Document doc;
  doc.id = "a";
  doc.text = std::string(100000, 'x') + "\xE0\xA4\x95";  // lengths past one varint byte
  doc.steps = std::vector<std::string>(200, "");
  auto decoded = decode_stored_fields(encode_stored_fields(doc));
  ASSERT_OK(decoded);
  EXPECT_EQ(decoded->id, "a");
  EXPECT_EQ(decoded->text, doc.text);
  EXPECT_EQ(decoded->steps, doc.steps);
  EXPECT_TRUE(decoded->title.empty());
  EXPECT_TRUE(decoded->tags.empty());
}

TEST(StoredFieldsTest, TheTextsWordsRoundTrip) {
  Document doc = testing::make_doc("shop", "zh-1", "退款", "退款状态 查询", "zh");
  const std::vector<WordSpan> words = {{0, 6}, {6, 12}, {13, 19}};
  std::vector<WordSpan> decoded_words = {{1, 2}};
  auto decoded = decode_stored_fields(encode_stored_fields(doc, words), &decoded_words);
  ASSERT_OK(decoded);
  EXPECT_EQ(decoded->text, doc.text);
  ASSERT_EQ(decoded_words.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(decoded_words[i].start, words[i].start) << i;
    EXPECT_EQ(decoded_words[i].end, words[i].end) << i;
  }
  ASSERT_OK(decode_stored_fields(encode_stored_fields(doc), &decoded_words));
  EXPECT_TRUE(decoded_words.empty());
}

TEST(StoredFieldsTest, WordsOutsideTheTextAreCorruption) {
  Document doc = testing::make_doc("shop", "zh-1", "退款", "退款状态", "zh");  // 12 bytes
  const std::vector<WordSpan> bad[] = {
      {{0, 13}},          // past the text's end
      {{12, 12}},         // empty
      {{0, 6}, {6, 13}},  // the second past the end
  };
  for (const auto& words : bad) {
    auto decoded = decode_stored_fields(encode_stored_fields(doc, words));
    ASSERT_FALSE(decoded.is_ok()) << words.size();
    EXPECT_EQ(decoded.status().code(), StatusCode::kCorruption);
  }
  ASSERT_OK(decode_stored_fields(encode_stored_fields(doc, {{0, 6}, {6, 12}})));
}

TEST(StoredFieldsTest, GarbageIsCorruption) {
  Document doc = testing::make_doc("bank", "card-1", "Card blocked", "Call us");
  doc.tags = {"card"};
  const std::string good = encode_stored_fields(doc);
  const std::string cases[] = {
      "", "{", "[]", "{\"id\": 3}",                    // not this layout (JSON of format 2)
      good.substr(0, good.size() - 1),                 // cut short
      good + "x",                                      // trailing bytes
      good.substr(0, 4) + "\xFF\xFF\xFF\xFF\xFF\x0F",  // a length past the end
  };
  for (const auto& data : cases) {
    auto decoded = decode_stored_fields(data);
    ASSERT_FALSE(decoded.is_ok()) << data;
    EXPECT_EQ(decoded.status().code(), StatusCode::kCorruption) << data;
    EXPECT_NE(decoded.status().message().find("reindex"), std::string::npos);
  }
}

}  // namespace
}  // namespace kb
