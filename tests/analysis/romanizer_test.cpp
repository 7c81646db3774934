#include "indexer/analysis/romanizer.h"

#include <algorithm>

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(RomanizerTest, NativeWordsToKeys) {
  const std::pair<const char*, const char*> cases[] = {
      // Devanagari: inherent vowels, matras, anusvara, conjuncts, visarga.
      {"नहीं", "nhin"},      {"कितना", "kitn"},     {"रिचार्ज", "ricrj"},  {"बैलेंस", "bilins"},
      {"क्षमा", "ksm"},      {"त्रिभुज", "tribuj"}, {"ज्ञान", "gin"},     {"दुःख", "duhk"},
      {"ज़रूरी", "jruri"},   {"जरूरी", "jruri"},    {"हँसी", "hnsi"},     {"हंसी", "hnsi"},
      // Bengali: ড় is r, য় is y, অ is o, the ya-phala is silent.
      {"হচ্ছে", "hci"},      {"রিচার্জ", "ricrj"},  {"সময়", "smi"},      {"অনেক", "onik"},
      {"বাড়ি", "bri"},       {"ল্যাব", "lb"},
      // Tamil: one letter for voiced and unvoiced, ற்ற is "tr", ழ is l.
      {"ரீசார்ஜ்", "ricrc"}, {"இல்லை", "ili"},     {"மற்றும்", "mtrum"}, {"தமிழ்", "tmil"},
      // Not a keyed script.
      {"card", ""},          {"เงิน", ""},
  };
  Romanizer romanizer;
  for (const auto& [word, key] : cases) EXPECT_EQ(romanizer.key_of_native(word), key) << word;
}

// Spellings native speakers type, each of which must reach the native word.
TEST(RomanizerTest, AttestedSpellingsReachTheirWord) {
  struct Case {
    const char* native;
    Script script;
    std::vector<const char*> typed;
  };
  const Case cases[] = {
      {"नहीं", Script::kDevanagari, {"nahi", "nahin", "nhi", "nahee", "nahiin", "nahii"}},
      {"कितना", Script::kDevanagari, {"kitna", "kitana", "kithna", "kitnaa"}},
      {"बैलेंस", Script::kDevanagari, {"bailens", "bailenss", "bylens", "bailens"}},
      {"सिम", Script::kDevanagari, {"sim", "seem", "sym", "simm"}},
      {"बंद", Script::kDevanagari, {"band", "bandh", "bnd"}},
      {"गया", Script::kDevanagari, {"gaya", "gya", "gayaa"}},
      {"पैसे", Script::kDevanagari, {"paise", "pyse", "paisse"}},
      {"कार्ड", Script::kDevanagari, {"card", "kard", "kaard"}},
      {"रहा", Script::kDevanagari, {"raha", "rha", "rahaa"}},
      {"रिचार्ज", Script::kDevanagari, {"recharge", "richarj", "rechaarj"}},
      {"হচ্ছে", Script::kBengali, {"hocche", "hochche", "hoche", "hochhe"}},
      {"না", Script::kBengali, {"na", "naa", "no"}},
      {"রিচার্জ", Script::kBengali, {"richarj", "richaarj", "reecharj"}},
      {"இல்லை", Script::kTamil, {"illai", "ilai", "illay"}},
      {"ரீசார்ஜ்", Script::kTamil, {"reecharj", "richarj", "richaarj"}},
  };
  Romanizer romanizer;
  int reached = 0;
  int total = 0;
  for (const auto& c : cases) {
    const std::string key = romanizer.key_of_native(c.native);
    for (const char* typed : c.typed) {
      const auto keys = romanizer.keys_of_typed(typed, c.script);
      const bool ok = std::find(keys.begin(), keys.end(), key) != keys.end();
      reached += ok;
      ++total;
      if (!ok) ADD_FAILURE() << typed << " does not reach " << c.native << " (" << key << ")";
    }
  }
  EXPECT_EQ(reached, total);
}

TEST(RomanizerTest, DifferentWordsKeepDifferentKeys) {
  const std::pair<const char*, const char*> pairs[] = {
      {"कार्ड", "कर"}, {"बंद", "बैंक"}, {"सिम", "सम"}, {"नहीं", "नाम"}, {"পাই", "পা"}, {"இல்லை", "அல்ல"},
  };
  Romanizer romanizer;
  for (const auto& [a, b] : pairs) {
    EXPECT_NE(romanizer.key_of_native(a), romanizer.key_of_native(b)) << a << " vs " << b;
  }
}

TEST(RomanizerTest, EachRuleCanBeSwitchedOff) {
  RomanizerRules no_aspirates;
  no_aspirates.merge_aspirates = false;
  EXPECT_EQ(Romanizer().key_of_latin("khana", Script::kDevanagari), "kn");
  EXPECT_EQ(Romanizer(no_aspirates).key_of_latin("khana", Script::kDevanagari), "khn");
  RomanizerRules keep_a;
  keep_a.drop_medial_a = false;
  EXPECT_EQ(Romanizer(keep_a).key_of_latin("kitana", Script::kDevanagari), "kitana");
  RomanizerRules no_voicing;
  no_voicing.tamil_voicing = false;
  EXPECT_EQ(Romanizer().key_of_latin("gadu", Script::kTamil), "ktu");
  EXPECT_EQ(Romanizer(no_voicing).key_of_latin("gadu", Script::kTamil), "gdu");
}

}  // namespace
}  // namespace kb
