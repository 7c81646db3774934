#include "indexer/analysis/language_table.h"

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(LanguageTableTest, ScriptFirstThenLanguage) {
  using Kind = StemmerChoice::Kind;
  struct Case {
    Script script;
    const char* language;
    Kind kind;
    const char* snowball;
  };
  const Case cases[] = {
      {Script::kLatin, "en", Kind::kSnowball, "english"},
      {Script::kLatin, "en-IN", Kind::kSnowball, "english"},
      {Script::kLatin, "FR", Kind::kSnowball, "french"},
      {Script::kLatin, "hi", Kind::kSnowball, "english"},
      {Script::kLatin, "", Kind::kSnowball, "english"},
      {Script::kDevanagari, "en", Kind::kHindiSuffixes, ""},
      {Script::kBengali, "bn-IN", Kind::kBengaliSuffixes, ""},
      {Script::kTamil, "ta", Kind::kSnowball, "tamil"},
      {Script::kThai, "th", Kind::kNone, ""},
      {Script::kHan, "zh", Kind::kNone, ""},
  };
  for (const auto& c : cases) {
    const StemmerChoice choice = stemmer_for(c.script, c.language);
    EXPECT_EQ(choice.kind, c.kind) << script_name(c.script) << " " << c.language;
    EXPECT_EQ(choice.snowball, c.snowball) << script_name(c.script) << " " << c.language;
  }
}

}  // namespace
}  // namespace kb
