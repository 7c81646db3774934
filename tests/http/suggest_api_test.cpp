// Search-box suggestions over HTTP, on the sample corpus.
#include "tests/http/test_server.h"

namespace kb {
namespace {

class SuggestApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new testing::TestServer(testing::corpus_index_root()); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static nlohmann::json suggest(const std::string& client, const std::string& q,
                                const std::string& extra = "", int want_status = 200) {
    int status = 0;
    auto body = server_->get_json(
        "/v1/clients/" + client + "/suggest?q=" + testing::url_encode(q) + extra, &status);
    EXPECT_EQ(status, want_status) << q << " " << body.dump();
    return body;
  }

  static std::vector<std::string> texts(const std::string& client, const std::string& q) {
    std::vector<std::string> out;
    const auto body = suggest(client, q);
    for (const auto& s : body["suggestions"]) out.push_back(s["text"]);
    return out;
  }

  static testing::TestServer* server_;
};

testing::TestServer* SuggestApiTest::server_ = nullptr;

bool contains(const std::vector<std::string>& list, const std::string& want) {
  return std::find(list.begin(), list.end(), want) != list.end();
}

TEST_F(SuggestApiTest, CompletesTitlesInEveryScriptWhateverTheCase) {
  const struct {
    const char* client;
    const char* typed;
    const char* title;
  } cases[] = {
      {"vayu-mobile", "Rech", "Recharge failed but money was deducted"},
      {"vayu-mobile", "rech", "Recharge failed but money was deducted"},
      {"vayu-mobile", "RECH", "Recharge failed but money was deducted"},
      {"vayu-mobile", "sim", "How to activate a new SIM"},
      {"vayu-mobile", "रिचा", "रिचार्ज नहीं हो रहा, पैसे कट गए"},
      {"vayu-mobile", "রিচা", "রিচার্জ হচ্ছে না, কিন্তু টাকা কেটে নেওয়া হয়েছে"},
      {"vayu-mobile", "ரீசா", "ரீசார்ஜ் ஆகவில்லை, ஆனால் பணம் கழிக்கப்பட்டது"},
      // Thai has no spaces: the typed text is segmented as the title was.
      {"vayu-mobile", "เติมเง", "เติมเงินไม่สำเร็จแต่ถูกตัดเงินแล้ว"},
      {"vayu-mobile", "ซิม", "วิธีเปิดใช้งานซิมใหม่"},
  };
  for (const auto& c : cases) {
    const auto got = texts(c.client, c.typed);
    EXPECT_TRUE(contains(got, c.title)) << c.typed << ": " << ::testing::PrintToString(got);
  }
  EXPECT_EQ(texts("vayu-mobile", "Rech"), texts("vayu-mobile", "RECH"));
  // vayu-mobile's "Refund policy for failed recharges" is not bazaarly's.
  EXPECT_FALSE(contains(texts("bazaarly", "refund"), "Refund policy for failed recharges"));
}

TEST_F(SuggestApiTest, ResponsesHaveTheDocumentedShapeAndLimit) {
  const auto body = suggest("vayu-mobile", "r", "&limit=3");
  EXPECT_EQ(body["query"], "r");
  EXPECT_EQ(body["client"], "vayu-mobile");
  EXPECT_GE(body["took_ms"].get<double>(), 0.0);
  ASSERT_TRUE(body["suggestions"].is_array());
  EXPECT_EQ(body["suggestions"].size(), 3u);
  for (const auto& s : body["suggestions"]) {
    EXPECT_TRUE(s["text"].is_string());
    EXPECT_TRUE(s["kind"] == "title" || s["kind"] == "phrase") << s.dump();
    EXPECT_GE(s["articles"].get<int>(), 1);
  }
  EXPECT_LE(suggest("vayu-mobile", "r")["suggestions"].size(), 10u);
}

TEST_F(SuggestApiTest, BadRequestsGetTheOneErrorShape) {
  testing::expect_api_errors(
      *server_, {
                    {"/v1/clients/vayu-mobile/suggest", 400, "invalid_request", "q"},
                    {"/v1/clients/vayu-mobile/suggest?q=", 400, "invalid_request", "q"},
                    {"/v1/clients/vayu-mobile/suggest?q=%20", 400, "invalid_request", "q"},
                    {"/v1/clients/vayu-mobile/suggest?q=%FF", 400, "invalid_request", "q"},
                    {"/v1/clients/vayu-mobile/suggest?q=r&q=s", 400, "invalid_request", "q"},
                    {"/v1/clients/vayu-mobile/suggest?q=r&limit=0", 400, "invalid_request", "limit"},
                    {"/v1/clients/vayu-mobile/suggest?q=r&limit=11", 400, "invalid_request", "limit"},
                    {"/v1/clients/vayu-mobile/suggest?q=r&limit=x", 400, "invalid_request", "limit"},
                    {"/v1/clients/vayu-mobile/suggest?q=r&lang=hi", 400, "invalid_request", "lang"},
                    {"/v1/clients/nobody/suggest?q=r", 404, "not_found", "client"},
                });
}

}  // namespace
}  // namespace kb
