// The schema rules, through document_from_json (the HTTP PUT path), which
// reports the first problem at `where` with the field set.
#include "indexer/document/article_validator.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "indexer/document/loader.h"
#include "tests/document/load_test_util.h"

namespace kb {
namespace {

using nlohmann::json;
using testing::test_client;

json article(json extra = json::object()) {
  json a = {{"id", "a1"}, {"title", "T"}, {"body", "Body"}};
  for (auto& [key, value] : extra.items()) {
    if (value.is_discarded()) {
      a.erase(key);
    } else {
      a[key] = value;
    }
  }
  return a;
}

const json kRemove = json(json::value_t::discarded);

struct ValidatorCase {
  const char* name;
  json article;
  std::string field;  // empty: valid
  std::string message_part;
};

const ValidatorCase kValidatorCases[] = {
    {"minimal", article(), "", ""},
    {"all fields",
     article({{"client", "vayu-mobile"},
              {"language", "en-IN"},
              {"type", "faq"},
              {"product", "prepaid"},
              {"tags", {"a", "b"}},
              {"steps", {"one", "two"}},
              {"url", "https://x.example/a"},
              {"updated_at", "2026-05-01T10:00:00Z"}}),
     "", ""},
    {"missing id", article({{"id", kRemove}}), "id", "missing; every article needs an id"},
    {"missing title", article({{"title", kRemove}}), "title", "missing"},
    {"missing body", article({{"body", kRemove}}), "body", "missing"},
    {"empty id", article({{"id", ""}}), "id", "is empty"},
    {"id with space", article({{"id", "a b"}}), "id", "'a b' is not a valid id"},
    {"id dot", article({{"id", "."}}), "id", "cannot be an id"},
    {"id too long", article({{"id", std::string(201, 'a')}}), "id", "at most 200"},
    {"id as number", article({{"id", 5}}), "id", "must be a string, not a number"},
    {"title as bool", article({{"title", true}}), "title", "must be a string, not a boolean"},
    {"title as array", article({{"title", {"a"}}}), "title", "must be a string, not a list"},
    {"empty title", article({{"title", ""}}), "title", "is empty"},
    {"empty body", article({{"body", ""}}), "body", "is empty"},
    {"client other", article({{"client", "bazaarly"}}), "client",
     "'bazaarly' but the article belongs to client 'vayu-mobile'; leave client out or set it to "
     "'vayu-mobile'"},
    {"client bad pattern", article({{"client", "Vayu"}}), "client", "not a valid client name"},
    {"language bad", article({{"language", "hindi"}}), "language", "BCP-47"},
    {"language too long", article({{"language", "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh"}}),
     "language",
     "at most 35"},
    {"type bad", article({{"type", "FAQ"}}), "type", "one of faq, guide, policy"},
    {"product empty", article({{"product", ""}}), "product", "is empty"},
    {"tags not array", article({{"tags", "a,b"}}), "tags", "must be a list of strings"},
    {"tags item number", article({{"tags", {"a", 1}}}), "tags[1]", "not a number"},
    {"tags item empty", article({{"tags", {""}}}), "tags[0]", "is empty"},
    {"tags item too long", article({{"tags", {std::string(101, 't')}}}), "tags[0]", "at most 100"},
    {"too many tags", article({{"tags", json(std::vector<std::string>(51, "t"))}}), "tags",
     "has 51 items; at most 50"},
    {"50 tags fine", article({{"tags", json(std::vector<std::string>(50, "t"))}}), "", ""},
    {"too many steps", article({{"steps", json(std::vector<std::string>(101, "s"))}}), "steps",
     "has 101 items; at most 100"},
    {"url bad", article({{"url", "x.example"}}), "url", "not a URL"},
    {"url too long", article({{"url", "/" + std::string(2000, 'u')}}), "url", "at most 2000"},
    {"date bad", article({{"updated_at", "2026-02-30T1:00"}}), "updated_at", "ISO 8601"},
    {"unknown field", article({{"titel", "T"}}), "titel",
     "unknown field 'titel' (did you mean 'title'?); allowed: id, client, title, body, language, "
     "type, product, tags, steps, url, updated_at"},
    {"unknown field, no suggestion", article({{"author", "me"}}), "author",
     "unknown field 'author'; allowed:"},
    {"not an object", json::array({1}), "", "must be a JSON object"},
    {"invalid utf-8 in a value", article({{"title", "\xC3("}}), "title", "not valid UTF-8"},
};

TEST(DocumentArticleValidatorTest, SchemaRules) {
  const Location where{"PUT /v1/clients/vayu-mobile/documents/a1", 0, ""};
  for (const ValidatorCase& c : kValidatorCases) {
    SCOPED_TRACE(c.name);
    const Result<Document> doc = document_from_json(c.article, test_client(), where);
    if (c.field.empty() && c.message_part.empty()) {
      EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
      continue;
    }
    ASSERT_FALSE(doc.is_ok());
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(doc.status().where().file, where.file);
    EXPECT_EQ(doc.status().where().field, c.field);
    EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos)
        << doc.status().to_string();
  }
}

TEST(DocumentArticleValidatorTest, ReportsEveryProblemOfAnArticle) {
  RawArticle raw;
  raw.where = {"a.json", 1, ""};
  raw.fields.push_back({"id", RawValue::string("a b"), 2});
  raw.fields.push_back({"type", RawValue::string("x"), 3});
  raw.fields.push_back({"color", RawValue::string("red"), 4});
  std::vector<Status> errors;
  EXPECT_FALSE(validate_article(raw, test_client(), {}, &errors));
  std::vector<std::string> shown;
  for (const Status& e : errors)
    shown.push_back(e.to_string().substr(0, e.to_string().find(": ", 9)));
  EXPECT_EQ(shown, (std::vector<std::string>{"a.json:2: id", "a.json:3: type", "a.json:4: color",
                                             "a.json:1: title", "a.json:1: body"}));
}

TEST(DocumentArticleValidatorTest, ClientFilledFromFolder) {
  const Result<Document> doc = document_from_json(article(), test_client(), {});
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  EXPECT_EQ(doc->client, "vayu-mobile");
}

TEST(DocumentArticleValidatorTest, ClientRequiredWhenNoFolder) {
  ClientInfo no_client;
  const Result<Document> doc = document_from_json(article(), no_client, {});
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().where().field, "client");
}

TEST(DocumentArticleValidatorTest, AllowEmptyTitle) {
  LoadOptions eval;
  eval.allow_empty_title = true;
  EXPECT_TRUE(document_from_json(article({{"title", ""}}), test_client(), {}, eval).is_ok());
  EXPECT_TRUE(document_from_json(article({{"title", kRemove}}), test_client(), {}, eval).is_ok());
  EXPECT_FALSE(document_from_json(article({{"title", 3}}), test_client(), {}, eval).is_ok());
  EXPECT_FALSE(document_from_json(article({{"title", ""}}), test_client(), {}).is_ok());
}

TEST(DocumentArticleValidatorTest, MarkdownBodyGivesTextAndSteps) {
  const Result<Document> doc = document_from_json(
      article({{"body", "Intro *here*.\n\n## Steps\n1. One\n2. Two\n"}}), test_client(), {});
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  EXPECT_EQ(doc->text, "Intro here.");
  EXPECT_EQ(doc->steps, (std::vector<std::string>{"One", "Two"}));
}

TEST(DocumentArticleValidatorTest, FieldNamesAreTheSchemaProperties) {
  const auto names = article_field_names();
  EXPECT_EQ(std::vector<std::string>(names.begin(), names.end()),
            (std::vector<std::string>{"id", "client", "title", "body", "language", "type",
                                      "product", "tags", "steps", "url", "updated_at"}));
}

}  // namespace
}  // namespace kb
