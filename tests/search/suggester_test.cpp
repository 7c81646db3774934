#include "server/search/suggester.h"

#include <set>

#include "indexer/index/document_builder.h"
#include "tests/test_util.h"

namespace kb {
namespace {

using testing::make_doc;

std::vector<Document> telecom_articles() {
  Document steps = make_doc("telecom", "recharge-steps", "Recharge steps", "Open the app.");
  steps.steps = {"Recharge failed? Try again", "Check the recharge failed message"};
  return {
      make_doc("telecom", "sim-activation", "How to activate a new SIM",
               "Insert the SIM card and wait. Recharge failed messages come later."),
      make_doc("telecom", "sim-replace", "Replace a lost SIM card", "Visit a store."),
      make_doc("telecom", "recharge-failed", "Recharge failed but money was deducted",
               "A recharge failed when the bank timed out."),
      make_doc("telecom", "recharge-offers", "Recharge offers", "Offers change every week."),
      steps,
      make_doc("telecom", "recharge-hi", "रिचार्ज नहीं हो रहा, पैसे कट गए", "रिचार्ज नहीं हुआ।", "hi"),
      make_doc("telecom", "recharge-bn", "রিচার্জ হচ্ছে না", "টাকা কেটে নেওয়া হয়েছে।", "bn"),
      make_doc("telecom", "recharge-ta", "ரீசார்ஜ் ஆகவில்லை", "பணம் கழிக்கப்பட்டது.", "ta"),
      make_doc("bank", "recharge-card", "Recharge your forex card", "Top up the card."),
  };
}

class SuggesterTest : public ::testing::Test {
 protected:
  SuggesterTest() : index_(telecom_articles()), catalog_(index_.root()), handles_(catalog_) {}

  Result<Suggestions> suggest(const std::string& q, size_t limit = 10,
                              const std::string& client = "telecom",
                              SuggesterOptions options = {}) {
    Suggester suggester(handles_, analyzer_, options);
    return suggester.suggest({client, q, limit});
  }

  std::vector<std::string> texts(const std::string& q, size_t limit = 10,
                                 SuggesterOptions options = {}) {
    auto got = suggest(q, limit, "telecom", options);
    EXPECT_OK(got);
    std::vector<std::string> out;
    if (got.is_ok()) {
      for (const auto& s : got->suggestions) out.push_back(s.text);
    }
    return out;
  }

  testing::TempIndex index_;
  Catalog catalog_;
  IndexHandles handles_;
  Analyzer analyzer_;
};

TEST_F(SuggesterTest, CaseDoesNotChangeCompletionsWhichAreShownAsWritten) {
  const auto lower = texts("rech");
  EXPECT_EQ(texts("Rech"), lower);
  EXPECT_EQ(texts("RECH"), lower);
  ASSERT_FALSE(lower.empty());
  EXPECT_NE(std::find(lower.begin(), lower.end(), "Recharge failed but money was deducted"),
            lower.end());
  EXPECT_NE(std::find(lower.begin(), lower.end(), "Recharge offers"), lower.end());
}

TEST_F(SuggesterTest, MorePopularFirstThenLaterWordsOfTitles) {
  auto got = suggest("rec");
  ASSERT_OK(got);
  ASSERT_GE(got->suggestions.size(), 2u);
  // "recharge failed" is in three articles (a title, steps, a body): first,
  // written as most articles write it.
  EXPECT_EQ(got->suggestions[0].text, "Recharge failed");
  EXPECT_EQ(got->suggestions[0].kind, "phrase");
  EXPECT_EQ(got->suggestions[0].articles, 3u);
  for (size_t i = 1; i < got->suggestions.size(); ++i) {
    EXPECT_LE(got->suggestions[i].articles, got->suggestions[i - 1].articles);
  }

  // "SIM card" starts with "sim" (a phrase of two articles); then the titles
  // with a later word "sim...", the shorter first.
  const auto sim = texts("sim");
  EXPECT_EQ(sim, (std::vector<std::string>{"SIM card", "Replace a lost SIM card",
                                           "How to activate a new SIM"}));
  EXPECT_EQ(texts("how to act"), (std::vector<std::string>{"How to activate a new SIM"}));
}

TEST_F(SuggesterTest, ATrailingSpaceCompletesTheNextWord) {
  const auto got = texts("recharge ");
  EXPECT_NE(std::find(got.begin(), got.end(), "Recharge steps"), got.end());
  const auto whole = texts("recharge  f");
  EXPECT_EQ(whole.front(), "Recharge failed");
}

TEST_F(SuggesterTest, RarePhrasesAreNotOfferedFrequentOnesAre) {
  // "insert the sim" occurs once, "recharge failed" four times.
  EXPECT_TRUE(texts("insert").empty());
  auto opts = SuggesterOptions{};
  opts.min_phrase_articles = 1;
  EXPECT_FALSE(texts("insert", 10, opts).empty());
}

TEST_F(SuggesterTest, IndicPrefixesComplete) {
  const std::pair<const char*, const char*> cases[] = {
      {"रिचा", "रिचार्ज नहीं हो रहा, पैसे कट गए"},
      {"र", "रिचार्ज नहीं हो रहा, पैसे कट गए"},
      {"রিচা", "রিচার্জ হচ্ছে না"},
      {"ரீசா", "ரீசார்ஜ் ஆகவில்லை"},
      {"पैसे", "रिचार्ज नहीं हो रहा, पैसे कट गए"},  // a later word
  };
  for (const auto& [typed, title] : cases) {
    const auto got = texts(typed);
    EXPECT_NE(std::find(got.begin(), got.end(), title), got.end())
        << typed << ": " << ::testing::PrintToString(got);
  }
}

TEST_F(SuggesterTest, LimitIsHonouredAndNothingRepeats) {
  for (size_t limit : {1, 2, 3, 10}) {
    const auto got = texts("r", limit);
    EXPECT_LE(got.size(), limit);
    EXPECT_EQ(std::set<std::string>(got.begin(), got.end()).size(), got.size());
  }
  EXPECT_EQ(texts("r", 1).size(), 1u);
}

TEST_F(SuggesterTest, NeverOffersAnotherClientsTitles) {
  for (const char* typed : {"rech", "recharge your", "forex"}) {
    for (const auto& text : texts(typed)) EXPECT_EQ(text.find("forex"), std::string::npos) << text;
  }
  auto bank = suggest("rech", 10, "bank");
  ASSERT_OK(bank);
  ASSERT_EQ(bank->suggestions.size(), 1u);
  EXPECT_EQ(bank->suggestions[0].text, "Recharge your forex card");
}

TEST_F(SuggesterTest, ScanIsBoundedPerFamily) {
  // With room for one term per family, "r" sees only the first key of each
  // family in folded order; a long prefix is not limited by it.
  SuggesterOptions opts;
  opts.max_scanned_terms = 1;
  opts.min_phrase_articles = 1;
  const auto got = texts("r", 10, opts);
  EXPECT_LE(got.size(), 3u);
  EXPECT_FALSE(got.empty());
  EXPECT_EQ(texts("recharge offers", 10, opts), (std::vector<std::string>{"Recharge offers"}));
}

TEST_F(SuggesterTest, PunctuationOnlyGivesNothing) { EXPECT_TRUE(texts("?!").empty()); }

TEST_F(SuggesterTest, BadRequestsNameTheirField) {
  const struct {
    std::string client;
    std::string q;
    size_t limit;
    StatusCode code;
    std::string field;
  } cases[] = {
      {"telecom", "", 10, StatusCode::kInvalidArgument, "q"},
      {"telecom", "   ", 10, StatusCode::kInvalidArgument, "q"},
      {"telecom", std::string(300, 'a'), 10, StatusCode::kInvalidArgument, "q"},
      {"telecom", "\xff", 10, StatusCode::kInvalidArgument, "q"},
      {"telecom", "rech", 0, StatusCode::kInvalidArgument, "limit"},
      {"telecom", "rech", 11, StatusCode::kInvalidArgument, "limit"},
      {"nosuch", "rech", 10, StatusCode::kNotFound, ""},
  };
  for (const auto& c : cases) {
    auto got = suggest(c.q, c.limit, c.client);
    ASSERT_FALSE(got.is_ok()) << c.q;
    EXPECT_EQ(got.status().code(), c.code) << c.q;
    if (!c.field.empty()) {
      EXPECT_EQ(got.status().where().field, c.field);
    }
  }
}

TEST_F(SuggesterTest, FollowsArticlesAddedReplacedAndDeletedInPlace) {
  auto generation = catalog_.current_generation("telecom");
  ASSERT_OK(generation);
  {
    Xapian::WritableDatabase db(*generation, Xapian::DB_OPEN);
    Analyzer analyzer;
    DocumentBuilder builder(analyzer);
    db.replace_document(DocumentBuilder::id_term("recharge-offers"),
                        builder.build(make_doc("telecom", "recharge-offers", "Roaming packs", "x")));
    db.add_document(builder.build(make_doc("telecom", "new", "Recharge failed twice", "x")));
    db.delete_document(DocumentBuilder::id_term("recharge-failed"));
    db.commit();
  }
  IndexHandles fresh(catalog_);
  Suggester suggester(fresh, analyzer_);
  auto got = suggester.suggest({"telecom", "rec", 10});
  ASSERT_OK(got);
  std::set<std::string> shown;
  for (const auto& s : got->suggestions) {
    shown.insert(s.text);
    if (s.text == "Recharge failed") {
      EXPECT_EQ(s.articles, 3u);  // one deleted, one added
    }
  }
  EXPECT_TRUE(shown.count("Recharge failed twice"));
  EXPECT_FALSE(shown.count("Recharge offers"));
  EXPECT_FALSE(shown.count("Recharge failed but money was deducted"));
  EXPECT_TRUE(shown.count("Recharge failed"));
  auto roaming = suggester.suggest({"telecom", "roam", 10});
  ASSERT_OK(roaming);
  ASSERT_EQ(roaming->suggestions.size(), 1u);
  EXPECT_EQ(roaming->suggestions[0].text, "Roaming packs");
}

}  // namespace
}  // namespace kb
