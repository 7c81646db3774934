#include "indexer/analysis/script.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(ScriptTest, ScriptOfWords) {
  const std::pair<const char*, Script> cases[] = {
      {"card", Script::kLatin},       {"कार्ड", Script::kDevanagari}, {"কার্ড", Script::kBengali},
      {"கார்டு", Script::kTamil},     {"บัตร", Script::kThai},        {"退款", Script::kHan},
      {"カード", Script::kKatakana},  {"카드", Script::kHangul},       {"Ελλάδα", Script::kGreek},
      {"карта", Script::kCyrillic},   {"123", Script::kOther},        {"", Script::kOther},
      {"4g", Script::kLatin},         {"4कार्ड", Script::kDevanagari}, {"_Zed", Script::kLatin},
      {"@_1", Script::kOther},
  };
  for (const auto& [word, script] : cases) {
    EXPECT_EQ(script_of_word(word), script) << word;
  }
  EXPECT_EQ(script_name(Script::kDevanagari), "devanagari");
}

TEST(ScriptTest, DetectsTheLanguageWhereTheScriptTellsIt) {
  const std::pair<const char*, const char*> cases[] = {
      {"मेरा रिचार्ज नहीं हो रहा", "hi"},
      {"मेरा SIM card ब्लॉक हो गया है, please help", "hi"},
      {"আমার রিচার্জ হচ্ছে না", "bn"},
      {"ரீசார்ஜ் ஆகவில்லை", "ta"},
      {"เติมเงินไม่สำเร็จ", "th"},
      {"退款状态查询", "zh"},
      {"返金の状態を確認する", "ja"},
      {"My recharge failed", "fallback"},
      {"1234 !!", "fallback"},
  };
  for (const auto& [text, language] : cases) {
    EXPECT_EQ(detect_language(text, "fallback"), language) << text;
  }
}

}  // namespace
}  // namespace kb
