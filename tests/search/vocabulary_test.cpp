#include "server/search/vocabulary.h"

#include "server/search/edit_cost.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace kb {
namespace {

std::shared_ptr<const Vocabulary> sample() {
  return Vocabulary::from_words({{"recharge", 40},
                                 {"recharged", 5},
                                 {"recharging", 2},
                                 {"receipt", 9},
                                 {"balance", 30},
                                 {"balances", 3},
                                 {"band", 2},
                                 {"and", 90},
                                 {"रिचार्ज", 12},
                                 {"रिफंड", 4},
                                 {"রিচার্জ", 7},
                                 {"portability", 3}});
}

std::vector<std::string> words_of(const std::vector<Vocabulary::Candidate>& candidates) {
  std::vector<std::string> out;
  for (const auto& c : candidates) out.emplace_back(c.word);
  return out;
}

TEST(VocabularyTest, KnowsFrequencies) {
  auto v = sample();
  EXPECT_EQ(v->size(), 12u);
  EXPECT_EQ(v->frequency("recharge"), 40u);
  EXPECT_EQ(v->frequency("recharg"), 0u);
  EXPECT_EQ(v->frequency("zzz"), 0u);
}

TEST(VocabularyTest, CompletionsAreLongerWordsMostFrequentFirst) {
  auto v = sample();
  EXPECT_EQ(words_of(v->completions("rech", 10)),
            (std::vector<std::string>{"recharge", "recharged", "recharging"}));
  EXPECT_EQ(words_of(v->completions("rech", 2)), (std::vector<std::string>{"recharge", "recharged"}));
  EXPECT_EQ(words_of(v->completions("recharge", 10)),
            (std::vector<std::string>{"recharged"}));
  EXPECT_EQ(words_of(v->completions("रि", 10)), (std::vector<std::string>{"रिचार्ज", "रिफंड"}));
  EXPECT_TRUE(v->completions("x", 10).empty());
  // Only the first max_scan words of a range are looked at.
  EXPECT_EQ(v->completions("re", 10, 1).size(), 1u);
}

struct CorrectionCase {
  const char* typed;
  double max_cost;
  bool as_prefix;
  const char* expected_first;  // "" = no correction
};

TEST(VocabularyTest, CorrectionsWithinTheBudget) {
  auto v = sample();
  const CorrectionCase cases[] = {
      {"rechargw", 1, false, "recharge"},     // substitution
      {"recharj", 1, false, ""},              // two edits (j for g, no e), budget one
      {"rechrage", 1, false, "recharge"},     // transposition
      {"rechage", 1, false, "recharge"},      // deletion
      {"reccharge", 1, false, "recharge"},    // insertion
      {"rcharg", 1, false, ""},               // two edits, budget one
      {"rcharg", 2, false, "recharge"},       // two edits, budget two
      {"balanse", 1, false, "balance"},
      {"रीचार्ज", 0.5, false, "रिचार्ज"},        // ी for ि costs less than a letter
      {"रचार्ज", 0.5, false, "रिचार्ज"},         // a dropped vowel sign
      {"রিচর্জ", 0.5, false, "রিচার্জ"},         // Bengali: a dropped vowel sign
      {"recha", 0.5, false, ""},
      {"rechx", 1, true, "recharge"},         // a misspelled word still being typed
      {"portabilty", 1, false, "portability"},
  };
  for (const auto& c : cases) {
    const auto found = v->corrections(
        c.typed, {.max_cost = c.max_cost, .limit = 3, .as_prefix = c.as_prefix});
    if (std::string(c.expected_first).empty()) {
      EXPECT_TRUE(found.empty()) << c.typed << " -> " << (found.empty() ? "" : found[0].word);
    } else {
      ASSERT_FALSE(found.empty()) << "no correction of " << c.typed;
      EXPECT_EQ(found[0].word, c.expected_first) << c.typed;
      EXPECT_LE(found[0].cost, c.max_cost) << c.typed;
    }
  }
}

// Corrections start from the first letters of the typed word's script, in
// any order of the words' bytes; digits and symbols go with every script.
TEST(VocabularyTest, ACorrectionStaysInItsScript) {
  auto v = Vocabulary::from_words({{"sim", 9},
                                   {"सिम", 8},
                                   {"4g", 7},
                                   {"中文", 6},
                                   {"écran", 5},
                                   {"ècran", 4},
                                   {"zzz", 3}});
  const CorrectionOptions one{.max_cost = 1, .limit = 10};
  EXPECT_EQ(words_of(v->corrections("sin", one)), std::vector<std::string>{"sim"});
  EXPECT_EQ(words_of(v->corrections("सिन", one)), std::vector<std::string>{"सिम"});
  EXPECT_EQ(words_of(v->corrections("ecran", one)), (std::vector<std::string>{"écran", "ècran"}));
  EXPECT_EQ(words_of(v->corrections("zzy", one)), std::vector<std::string>{"zzz"});
  // A typed word without letters may be meant as any word.
  EXPECT_EQ(words_of(v->corrections("5g", one)), std::vector<std::string>{"4g"});
  EXPECT_EQ(words_of(v->corrections("中", one)), std::vector<std::string>{"中文"});
}

// A consonant with its vowel sign is one letter to the reader: inserting,
// dropping or replacing it costs one edit, as a Latin letter does, not one
// per code point (1.5 here).
TEST(VocabularyTest, AWholeIndicClusterCostsOneEdit) {
  auto v = Vocabulary::from_words({{"जानकारी", 3}, {"கட்டணம்", 2}, {"রিচার্জ", 1}});
  const CorrectionCase cases[] = {
      {"जानकिकारी", 1, false, "जानकारी"},  // the cluster कि inserted
      {"जानगिरी", 1, false, "जानकारी"},    // का replaced by गि
      {"जारी", 1, false, ""},             // two clusters dropped
      {"जानगिगी", 1, false, ""},          // two clusters replaced
      {"கடுட்டணம்", 1, false, "கட்டணம்"},  // Tamil: the cluster டு inserted
      {"রিচজ", 1, false, ""},             // Bengali: two clusters dropped
      {"রিচাজ", 1, false, "রিচার্জ"},      // Bengali: the cluster র্ dropped
  };
  for (const auto& c : cases) {
    const auto found = v->corrections(c.typed, {.max_cost = c.max_cost, .limit = 3});
    if (std::string(c.expected_first).empty()) {
      EXPECT_TRUE(found.empty()) << c.typed << " -> " << (found.empty() ? "" : found[0].word);
    } else {
      ASSERT_FALSE(found.empty()) << "no correction of " << c.typed;
      EXPECT_EQ(found[0].word, c.expected_first) << c.typed;
      EXPECT_LE(found[0].cost, kClusterCost) << c.typed;
    }
  }
}

TEST(VocabularyTest, CheaperCorrectionsComeFirstThenMoreFrequentOnes) {
  auto v = sample();
  const auto found = v->corrections("bnd", {.max_cost = 1, .limit = 5});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].word, "and");  // one edit each: the more frequent first
  EXPECT_EQ(found[1].word, "band");
  // The word itself is not its own correction.
  for (const auto& c : v->corrections("balance", {.max_cost = 1, .limit = 5})) {
    EXPECT_NE(c.word, "balance");
  }
}

TEST(VocabularyTest, TheWalkIsBounded) {
  std::vector<std::pair<std::string, uint32_t>> words;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      for (char c = 'a'; c <= 'z'; ++c) words.push_back({std::string{a, b, c, 'x'}, 1});
    }
  }
  auto v = Vocabulary::from_words(words);
  const auto unbounded = v->corrections("abcx", {.max_cost = 2, .limit = 100000});
  const auto bounded =
      v->corrections("abcx", {.max_cost = 2, .limit = 100000, .max_nodes = 50});
  EXPECT_GT(unbounded.size(), bounded.size());
}

// Optimal string alignment distance: insert, delete, replace and swap of
// neighbours, each 1: what the walk computes for words without marks.
double osa_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<double>> d(a.size() + 1, std::vector<double>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<double>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<double>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i >= 2 && j >= 2 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// A word of 1 to 9 letters from "abcde" (few letters: many near misses).
std::string random_word(std::mt19937& random) {
  std::string w;
  const size_t length = 1 + random() % 9;
  for (size_t i = 0; i < length; ++i) w += "abcde"[random() % 5];
  return w;
}

TEST(VocabularyTest, CorrectionsAreExactlyTheWordsWithinTheBudget) {
  std::mt19937 random(3);
  auto random_word = [&] { return kb::random_word(random); };
  std::vector<std::pair<std::string, uint32_t>> words;
  for (int i = 0; i < 3000; ++i) words.push_back({random_word(), 1});
  auto v = Vocabulary::from_words(words);
  for (int n = 0; n < 200; ++n) {
    const std::string typed = random_word();
    for (double budget : {1.0, 2.0}) {
      std::map<std::string, double> expected;
      for (const auto& [word, frequency] : words) {
        const double d = osa_distance(word, typed);
        if (word != typed && d <= budget) expected[word] = d;
      }
      std::map<std::string, double> found;
      for (const auto& c : v->corrections(typed, {.max_cost = budget, .limit = 100000,
                                                  .max_nodes = 1000000})) {
        found[std::string(c.word)] = c.cost;
      }
      ASSERT_EQ(found, expected) << typed << " within " << budget;
    }
  }
}

// As typed so far: a word matches when one of its prefixes is within the
// budget, at the cost of the cheapest.
TEST(VocabularyTest, PrefixCorrectionsAreTheWordsThatStartWithinTheBudget) {
  std::mt19937 random(5);
  std::vector<std::pair<std::string, uint32_t>> words;
  // Fewer words than one branch may offer (256), so none is left out.
  for (int i = 0; i < 200; ++i) words.push_back({random_word(random), 1});
  auto v = Vocabulary::from_words(words);
  for (int n = 0; n < 300; ++n) {
    const std::string typed = random_word(random);
    for (double budget : {1.0, 2.0}) {
      std::map<std::string, double> expected;
      for (const auto& [word, frequency] : words) {
        double d = budget + 1;
        for (size_t k = 1; k <= word.size(); ++k) {
          d = std::min(d, osa_distance(word.substr(0, k), typed));
        }
        if (word != typed && d <= budget) expected[word] = d;
      }
      std::map<std::string, double> found;
      for (const auto& c : v->corrections(typed, {.max_cost = budget, .limit = 100000,
                                                  .as_prefix = true, .max_nodes = 1000000})) {
        found[std::string(c.word)] = c.cost;
      }
      ASSERT_EQ(found, expected) << typed << " within " << budget;
    }
  }
}

}  // namespace
}  // namespace kb
