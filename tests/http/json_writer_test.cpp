#include "server/http/json_writer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

#include "tests/test_util.h"

namespace kb::http {
namespace {

using nlohmann::json;

TEST(JsonWriterTest, SeparatesMembersAndNestsContainers) {
  JsonWriter w;
  w.begin_object();
  w.key("a").value(size_t{1});
  w.key("list").begin_array().value("x").begin_object().end_object().begin_array().end_array();
  w.value(true).null().end_array();
  w.key("empty").begin_object().end_object();
  w.key("b").value(false);
  const std::string text = w.end_object().take();
  EXPECT_EQ(text, R"({"a":1,"list":["x",{},[],true,null],"empty":{},"b":false})");
}

TEST(JsonWriterTest, EscapesWhatJsonRequiresAndKeepsUnicode) {
  const std::string s = "say \"hi\"\\ <mark>नमस्ते</mark>\n\t\r\b\f\x01\x1f é 中文 🙂";
  JsonWriter w;
  const std::string text = w.value(s).take();
  EXPECT_EQ(text.find('\n'), std::string::npos);
  EXPECT_NE(text.find("\\u0001"), std::string::npos) << text;
  EXPECT_NE(text.find("\\u001f"), std::string::npos) << text;
  EXPECT_NE(text.find("<mark>नमस्ते</mark>"), std::string::npos) << text;
  EXPECT_EQ(json::parse(text).get<std::string>(), s);
}

TEST(JsonWriterTest, ReplacesInvalidUtf8SoTheTextStaysValid) {
  struct Case {
    std::string in;
    std::string want;
  };
  const std::vector<Case> cases = {
      // One U+FFFD per maximal bad subsequence, as Unicode recommends.
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},                        // a byte no UTF-8 starts with
      {"\xC3", "\xEF\xBF\xBD"},                                    // truncated at the end
      {"\xC3(", "\xEF\xBF\xBD("},                                  // lead byte without its trail
      {"\xE4\xB8!", "\xEF\xBF\xBD!"},                                // 中 cut after two bytes
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},                    // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate
  };
  for (const auto& c : cases) {
    JsonWriter w;
    const std::string text = w.value(c.in).take();
    EXPECT_EQ(json::parse(text).get<std::string>(), c.want);  // parse throws on invalid UTF-8
  }
}

TEST(JsonWriterTest, WritesNumbersThatRoundTrip) {
  const std::vector<double> doubles = {0.0, 2.0, -1.5, 0.1, 1.0 / 3.0, 0.42426004567088554,
                                       1e-9, 123456789.125, 1e21};
  for (double d : doubles) {
    JsonWriter w;
    const json parsed = json::parse(w.value(d).take());
    EXPECT_TRUE(parsed.is_number_float()) << d;
    EXPECT_EQ(parsed.get<double>(), d);
  }
  JsonWriter w;
  EXPECT_EQ(w.value(2.0).take(), "2.0");
  EXPECT_EQ(w.value(std::numeric_limits<double>::quiet_NaN()).take(), "null");
  EXPECT_EQ(w.value(std::numeric_limits<double>::infinity()).take(), "null");
  EXPECT_EQ(w.value(std::numeric_limits<size_t>::max()).take(), "18446744073709551615");
}

TEST(JsonWriterTest, WritesAnEmptyOptionalAsNull) {
  JsonWriter w;
  w.begin_array().optional("").optional("x").strings({"a", "b"}).end_array();
  EXPECT_EQ(w.take(), R"([null,"x",["a","b"]])");
}

}  // namespace
}  // namespace kb::http
