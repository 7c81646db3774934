#include "indexer/document/field_patterns.h"

#include <gtest/gtest.h>

#include <string>

namespace kb {
namespace {

struct PatternCase {
  bool (*matches)(std::string_view);
  const char* pattern;  // for the failure message
  std::string value;
  bool expected;
};

const PatternCase kPatternCases[] = {
    {matches_id_pattern, "id", "sim-activation-en", true},
    {matches_id_pattern, "id", "faq:upi.limits_2", true},
    {matches_id_pattern, "id", "", false},
    {matches_id_pattern, "id", "has space", false},
    {matches_id_pattern, "id", "slash/in", false},
    {matches_id_pattern, "id", "नमस्ते", false},
    {matches_id_pattern, "id", "abc\n",
     false},  // ECMA-262 '$' does not match before a final newline
    {matches_client_pattern, "client", "vayu-mobile", true},
    {matches_client_pattern, "client", "0bank_2", true},
    {matches_client_pattern, "client", "-bank", false},
    {matches_client_pattern, "client", "Bank", false},
    {matches_client_pattern, "client", "", false},
    {matches_language_pattern, "language", "en", true},
    {matches_language_pattern, "language", "bn-IN", true},
    {matches_language_pattern, "language", "zh-Hant-TW", true},
    {matches_language_pattern, "language", "fil", true},
    {matches_language_pattern, "language", "e", false},
    {matches_language_pattern, "language", "engl", false},
    {matches_language_pattern, "language", "en-", false},
    {matches_language_pattern, "language", "en-x", false},
    {matches_language_pattern, "language", "en-abcdefghi", false},
    {matches_language_pattern, "language", "en_IN", false},
    {is_article_type, "type", "faq", true},
    {is_article_type, "type", "guide", true},
    {is_article_type, "type", "policy", true},
    {is_article_type, "type", "FAQ", false},
    {is_article_type, "type", "howto", false},
    {matches_url_pattern, "url", "https://help.vayu.example/sim", true},
    {matches_url_pattern, "url", "http://x", true},
    {matches_url_pattern, "url", "/help/sim", true},
    {matches_url_pattern, "url", "/", true},
    {matches_url_pattern, "url", "https://x.example/खोज", true},
    {matches_url_pattern, "url", "www.example.com", false},
    {matches_url_pattern, "url", "ftp://x", false},
    {matches_url_pattern, "url", "https://x.example/a b", false},
    {matches_url_pattern, "url",
     "https://x.example/a\xC2\xA0"
     "b",
     false},  // no-break space
    {matches_url_pattern, "url",
     "https://x.example/a\xE3\x80\x80"
     "b",
     false},  // ideographic space
    {matches_date_pattern, "updated_at", "2026-05-01", true},
    {matches_date_pattern, "updated_at", "2026-12-31T23:59", true},
    {matches_date_pattern, "updated_at", "2026-12-31T23:59:59", true},
    {matches_date_pattern, "updated_at", "2026-12-31T23:59:59.123Z", true},
    {matches_date_pattern, "updated_at", "2026-12-31T23:59+05:30", true},
    {matches_date_pattern, "updated_at", "2026-12-31T99:99-01:00",
     true},  // the pattern checks places only
    {matches_date_pattern, "updated_at", "2026-13-01", false},
    {matches_date_pattern, "updated_at", "2026-00-10", false},
    {matches_date_pattern, "updated_at", "2026-02-32", false},
    {matches_date_pattern, "updated_at", "2026-2-3", false},
    {matches_date_pattern, "updated_at", "01-05-2026", false},
    {matches_date_pattern, "updated_at", "2026-05-01 10:00", false},
    {matches_date_pattern, "updated_at", "2026-05-01T10:00:00.", false},
    {matches_date_pattern, "updated_at", "2026-05-01T10:00+0530", false},
    {matches_date_pattern, "updated_at", "2026-05-01Z", false},
    {matches_date_pattern, "updated_at", "२०२६-05-01", false},  // \d is ASCII in ECMA-262
};

TEST(DocumentFieldPatternsTest, MatchTheSchemaPatterns) {
  for (const PatternCase& c : kPatternCases) {
    EXPECT_EQ(c.matches(c.value), c.expected) << c.pattern << ": '" << c.value << "'";
  }
}

}  // namespace
}  // namespace kb
