#include "indexer/index/stored_fields.h"

#include "indexer/index/index_format.h"
#include "tests/test_util.h"

namespace kb {
namespace {

Xapian::Document stored(const Document& doc, const std::vector<WordSpan>& words = {}) {
  Xapian::Document xdoc;
  store_fields(doc, words, &xdoc);
  return xdoc;
}

TEST(StoredFieldsTest, RoundTripsEveryDisplayField) {
  Document doc = testing::make_doc("bank", "card-1", "Card <blocked>", "text \"quoted\"", "hi");
  doc.body = "# Body\nमेरा कार्ड";
  doc.type = "guide";
  doc.product = "debit";
  doc.tags = {"card", "कार्ड"};
  doc.steps = {"Call us", "Wait"};
  doc.url = "https://x.example/a";
  doc.updated_at = "2026-01-02";

  auto loaded = load_stored_fields(stored(doc), {.text = true, .body = true});
  ASSERT_OK(loaded);
  EXPECT_EQ(loaded->id, doc.id);
  EXPECT_EQ(loaded->client, doc.client);
  EXPECT_EQ(loaded->title, doc.title);
  EXPECT_EQ(loaded->body, doc.body);
  EXPECT_EQ(loaded->text, doc.text);
  EXPECT_EQ(loaded->language, doc.language);
  EXPECT_EQ(loaded->type, doc.type);
  EXPECT_EQ(loaded->product, doc.product);
  EXPECT_EQ(loaded->tags, doc.tags);
  EXPECT_EQ(loaded->steps, doc.steps);
  EXPECT_EQ(loaded->url, doc.url);
  EXPECT_EQ(loaded->updated_at, doc.updated_at);
}

// A hit's fields and text are one value, so one B-tree lookup; the body is
// read only by those who ask for it.
TEST(StoredFieldsTest, TheTextIsWithTheFieldsAndTheBodyApart) {
  Document doc = testing::make_doc("bank", "card-1", "Card blocked", "Call us to unblock it");
  doc.body = "Call **us** to unblock it";
  const Xapian::Document xdoc = stored(doc);
  EXPECT_NE(xdoc.get_value(format::kSlotFields).find(doc.text), std::string::npos);
  EXPECT_EQ(xdoc.get_value(format::kSlotFields).find("**"), std::string::npos);
  EXPECT_EQ(xdoc.get_value(format::kSlotBody), doc.body);
  EXPECT_TRUE(xdoc.get_data().empty()) << "Xapian compresses document data";

  auto bare = load_stored_fields(xdoc, {});
  ASSERT_OK(bare);
  EXPECT_EQ(bare->title, doc.title);
  EXPECT_TRUE(bare->text.empty());
  EXPECT_TRUE(bare->body.empty());
  auto text = load_stored_fields(xdoc, {.text = true});
  ASSERT_OK(text);
  EXPECT_EQ(text->text, doc.text);
  EXPECT_TRUE(text->body.empty());
}

TEST(StoredFieldsTest, EmptyFieldsAndLongTextsRoundTrip) {
  Document doc;
  doc.id = "a";
  doc.text = std::string(100000, 'x') + "\xE0\xA4\x95";  // lengths past one varint byte
  doc.steps = std::vector<std::string>(200, "");
  doc.steps.back() = std::string(300, 'y');
  auto loaded = load_stored_fields(stored(doc), {.text = true});
  ASSERT_OK(loaded);
  EXPECT_EQ(loaded->id, "a");
  EXPECT_EQ(loaded->text, doc.text);
  EXPECT_EQ(loaded->steps, doc.steps);
  EXPECT_TRUE(loaded->title.empty());
  EXPECT_TRUE(loaded->tags.empty());
}

TEST(StoredFieldsTest, TheTextsWordsRoundTripWithTheText) {
  Document doc = testing::make_doc("shop", "zh-1", "退款", "退款状态 查询", "zh");
  const std::vector<WordSpan> words = {{0, 6}, {6, 12}, {13, 19}};
  std::vector<WordSpan> loaded_words = {{1, 2}};
  auto loaded = load_stored_fields(stored(doc, words), {.text = true}, &loaded_words);
  ASSERT_OK(loaded);
  EXPECT_EQ(loaded->text, doc.text);
  ASSERT_EQ(loaded_words.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(loaded_words[i].start, words[i].start) << i;
    EXPECT_EQ(loaded_words[i].end, words[i].end) << i;
  }
  ASSERT_OK(load_stored_fields(stored(doc, words), {}, &loaded_words));
  EXPECT_TRUE(loaded_words.empty()) << "no words without their text";
  loaded_words = {{1, 2}};
  ASSERT_OK(load_stored_fields(stored(doc), {.text = true}, &loaded_words));
  EXPECT_TRUE(loaded_words.empty());
}

TEST(StoredFieldsTest, WordsOutsideTheTextAreCorruption) {
  Document doc = testing::make_doc("shop", "zh-1", "退款", "退款状态", "zh");  // 12 bytes
  const std::vector<WordSpan> bad[] = {
      {{0, 13}},          // past the text's end
      {{12, 12}},         // empty
      {{0, 6}, {6, 13}},  // the second past the end
  };
  for (const auto& words : bad) {
    auto loaded = load_stored_fields(stored(doc, words), {.text = true});
    ASSERT_FALSE(loaded.is_ok()) << words.size();
    EXPECT_EQ(loaded.status().code(), StatusCode::kCorruption);
  }
  ASSERT_OK(load_stored_fields(stored(doc, {{0, 6}, {6, 12}}), {.text = true}));
}

TEST(StoredFieldsTest, GarbageIsCorruption) {
  Document doc = testing::make_doc("bank", "card-1", "Card blocked", "Call us");
  doc.tags = {"card"};
  const std::string good = encode_stored_fields(doc);
  const std::string cases[] = {
      "", "{", "[]", "{\"id\": 3}",                    // not this layout (JSON of format 2)
      "kb1\n" + good.substr(4),                        // format 4's magic: the text was in it
      "kb2\n" + good.substr(4),                        // format 6's: the text was not
      good.substr(0, good.size() - 1),                 // cut short
      good + "x",                                      // trailing bytes
      good.substr(0, 4) + "\xFF\xFF\xFF\xFF\xFF\x0F",  // a length past the end
  };
  for (const auto& data : cases) {
    Xapian::Document xdoc;
    xdoc.add_value(format::kSlotFields, data);
    auto loaded = load_stored_fields(xdoc, {.text = true});
    ASSERT_FALSE(loaded.is_ok()) << data;
    EXPECT_EQ(loaded.status().code(), StatusCode::kCorruption) << data;
    EXPECT_NE(loaded.status().message().find("reindex"), std::string::npos);
  }
}

}  // namespace
}  // namespace kb
