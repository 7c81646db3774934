#include "indexer/index/lexicon_entries.h"

#include <algorithm>

#include "indexer/common/utf8.h"
#include "indexer/index/catalog.h"
#include "indexer/index/index_format.h"
#include "indexer/index/transliteration_lexicon.h"
#include "tests/test_util.h"

namespace kb {
namespace {

TEST(LexiconEntriesTest, KnowsEveryEntryThatHoldsANativeWord) {
  testing::TempIndex index({testing::make_doc("c", "hi", "नहीं", "रिचार्ज नहीं हुआ", "hi"),
                            testing::make_doc("c", "en", "SIM", "sim card recharge", "en")});
  Catalog catalog(index.root());
  auto opened = catalog.open("c");
  ASSERT_OK(opened);
  const auto entries = LexiconEntries::load(opened->db);
  EXPECT_TRUE(entries->has_latin());
  EXPECT_TRUE(entries->has_native());
  const std::string prefix(format::kMetaRomanKeyPrefix);
  size_t native = 0;
  size_t latin_only = 0;
  for (auto k = opened->db.metadata_keys_begin(prefix); k != opened->db.metadata_keys_end(prefix);
       ++k) {
    const auto words = TransliterationLexicon::words_of(opened->db, *k);
    const bool has_native =
        std::any_of(words.begin(), words.end(), [](const std::string& w) { return !is_ascii(w); });
    EXPECT_EQ(entries->may_have_native_words(*k), has_native) << *k;
    ++(has_native ? native : latin_only);
  }
  EXPECT_GE(native, 2u) << "नहीं and रिचार्ज";
  EXPECT_GE(latin_only, 2u) << "sim, card ... have no Hindi twin here";
  EXPECT_EQ(entries->size(), native);
  for (const char* key : {"zzq", "nahin", ""}) {
    EXPECT_FALSE(
        entries->may_have_native_words(TransliterationLexicon::entry(Script::kDevanagari, key)))
        << key;
  }
}

TEST(LexiconEntriesTest, AOneScriptClientHasOneSide) {
  testing::TempIndex index({testing::make_doc("c", "en", "Seema", "seema nahi", "en")});
  Catalog catalog(index.root());
  auto opened = catalog.open("c");
  ASSERT_OK(opened);
  const auto entries = LexiconEntries::load(opened->db);
  EXPECT_TRUE(entries->has_latin());
  EXPECT_FALSE(entries->has_native());
}

TEST(LexiconEntriesTest, CrossScriptMatchesReadOnlyTheEntriesItMayHave) {
  testing::TempIndex index({testing::make_doc("a", "hi", "नहीं", "नहीं हुआ", "hi"),
                            testing::make_doc("a", "en", "Balance", "check balance", "en"),
                            testing::make_doc("b", "hi", "सीमा", "सीमा", "hi"),
                            testing::make_doc("b", "en", "Card", "card", "en")});
  Catalog catalog(index.root());
  auto a = catalog.open("a");
  auto b = catalog.open("b");
  ASSERT_OK(a);
  ASSERT_OK(b);
  Analyzer analyzer;
  const auto token = analyzer.analyze("nahi", "en").at(0);
  const auto own = TransliterationLexicon::cross_script_matches(
      a->db, *LexiconEntries::load(a->db), analyzer, Romanizer(), token, "nahi", 8);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].word, "नहीं");
  // b's entries lack नहीं's key: a's lexicon is then not read for it.
  EXPECT_TRUE(TransliterationLexicon::cross_script_matches(a->db, *LexiconEntries::load(b->db),
                                                           analyzer, Romanizer(), token, "nahi", 8)
                  .empty());
}

}  // namespace
}  // namespace kb
