// The loader and schema/document.schema.json must agree: a table of good and
// bad articles is judged by the Debian python3-jsonschema (Draft 2020-12)
// and by document_from_json, and the verdicts are compared. Rows where the
// loader deliberately differs say why, and must still differ.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "indexer/document/article_validator.h"
#include "indexer/document/loader.h"
#include "tests/document/load_test_util.h"
#include "tests/test_util.h"

namespace kb {
namespace {

using nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

// Prints one true/false per article of argv[2] against the schema in argv[1].
constexpr const char* kValidateScript =
    "import json, sys\n"
    "from jsonschema import Draft202012Validator\n"
    "schema = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
    "Draft202012Validator.check_schema(schema)\n"
    "validator = Draft202012Validator(schema)\n"
    "articles = json.load(open(sys.argv[2], encoding=\"utf-8\"))\n"
    "print(json.dumps([validator.is_valid(a) for a in articles]))\n";

struct AgreementCase {
  const char* name;
  json article;
  bool valid;                   // the loader's verdict
  const char* divergence = "";  // non-empty: the schema says the opposite, for this reason
};

// A valid article plus changes; a discarded value removes the key.
json with(json changes) {
  json a = {{"id", "a1"}, {"client", "vayu-mobile"}, {"title", "T"}, {"body", "Body"}};
  for (auto& [key, value] : changes.items()) {
    if (value.is_discarded()) {
      a.erase(key);
    } else {
      a[key] = value;
    }
  }
  return a;
}

const json kRemove = json(json::value_t::discarded);

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<AgreementCase> agreement_cases() {
  return {
      {"minimal", with({}), true},
      {"every field",
       with({{"language", "bn-IN"},
             {"type", "guide"},
             {"product", "prepaid"},
             {"tags", {"sim", "esim"}},
             {"steps", {"Insert", "Restart"}},
             {"url", "https://help.vayu.example/sim"},
             {"updated_at", "2026-03-14"}}),
       true},
      {"missing id", with({{"id", kRemove}}), false},
      {"missing title", with({{"title", kRemove}}), false},
      {"missing body", with({{"body", kRemove}}), false},
      {"unknown field", with({{"titel", "T"}}), false},
      {"id with a space", with({{"id", "a 1"}}), false},
      {"id empty", with({{"id", ""}}), false},
      {"id of 200", with({{"id", std::string(200, 'i')}}), true},
      {"id of 201", with({{"id", std::string(201, 'i')}}), false},
      {"id a number", with({{"id", 7}}), false},
      {"title empty", with({{"title", ""}}), false},
      {"title null", with({{"title", nullptr}}), false},
      {"title of 500 Devanagari letters", with({{"title", repeat("क", 500)}}), true},
      {"title of 501 Devanagari letters", with({{"title", repeat("क", 501)}}), false},
      {"title of 500 emoji", with({{"title", repeat("\xF0\x9F\x93\xB1", 500)}}), true},
      {"title of 501 emoji", with({{"title", repeat("\xF0\x9F\x93\xB1", 501)}}), false},
      {"body white space only", with({{"body", " "}}), true},
      {"body an object", with({{"body", {{"text", "x"}}}}), false},
      {"client bad pattern", with({{"client", "Vayu"}}), false},
      {"language three letters", with({{"language", "fil"}}), true},
      {"language a word", with({{"language", "english"}}), false},
      {"language dangling dash", with({{"language", "en-"}}), false},
      {"language of 35", with({{"language", "en" + repeat("-abcdefgh", 3) + "-abcde"}}), true},
      {"language of 36", with({{"language", "en" + repeat("-abcdefgh", 3) + "-abcdef"}}), false},
      {"type guide", with({{"type", "guide"}}), true},
      {"type not in enum", with({{"type", "howto"}}), false},
      {"product empty", with({{"product", ""}}), false},
      {"tags a string", with({{"tags", "sim"}}), false},
      {"tags with a number", with({{"tags", {"sim", 3}}}), false},
      {"tags with an empty string", with({{"tags", {"sim", ""}}}), false},
      {"tags empty list", with({{"tags", json::array()}}), true},
      {"50 tags", with({{"tags", std::vector<std::string>(50, "t")}}), true},
      {"51 tags", with({{"tags", std::vector<std::string>(51, "t")}}), false},
      {"tag of 101", with({{"tags", {std::string(101, 't')}}}), false},
      {"100 steps", with({{"steps", std::vector<std::string>(100, "s")}}), true},
      {"101 steps", with({{"steps", std::vector<std::string>(101, "s")}}), false},
      {"step of 5001", with({{"steps", {std::string(5001, 's')}}}), false},
      {"url path", with({{"url", "/help/sim"}}), true},
      {"url no scheme", with({{"url", "www.vayu.example"}}), false},
      {"url with a space", with({{"url", "https://x.example/a b"}}), false},
      {"url with a no-break space",
       with({{"url",
              "https://x.example/a\xC2\xA0"
              "b"}}),
       false},
      {"url with Devanagari", with({{"url", "https://x.example/खोज"}}), true},
      {"url of 2001", with({{"url", "/" + std::string(2000, 'u')}}), false},
      {"date", with({{"updated_at", "2026-05-01"}}), true},
      {"date that does not exist, right shape", with({{"updated_at", "2026-02-30"}}), true},
      {"date-time with offset", with({{"updated_at", "2026-05-01T10:00:00.5+05:30"}}), true},
      {"date-time Z", with({{"updated_at", "2026-05-01T10:00Z"}}), true},
      {"month 13", with({{"updated_at", "2026-13-01"}}), false},
      {"offset without colon", with({{"updated_at", "2026-05-01T10:00+0530"}}), false},
      {"date with a space", with({{"updated_at", "2026-05-01 10:00"}}), false},
      {"not an object", json::array({with({})}), false},
      {"client left out", with({{"client", kRemove}}), true,
       "the client folder (or the URL) gives the client"},
      {"client of another folder", with({{"client", "bazaarly"}}), false,
       "an article must belong to the client it is loaded for"},
      {"id dot", with({{"id", "."}}), false, "'.' and '..' name folders (common/names.h)"},
      {"id dot dot", with({{"id", ".."}}), false, "'.' and '..' name folders (common/names.h)"},
  };
}

bool python_has_jsonschema() {
  const std::string command = std::string(kPython) + " -c 'import jsonschema' >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

// Runs the validator script; returns its stdout, or "" when it failed.
std::string run_python(const std::string& schema_path, const std::string& articles_path) {
  const std::string command = std::string(kPython) + " -c '" + kValidateScript + "' '" +
                              schema_path + "' '" + articles_path + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return "";
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  return pclose(pipe) == 0 ? out : "";
}

TEST(DocumentSchemaAgreementTest, LoaderAndJsonSchemaGiveTheSameVerdicts) {
  if (!python_has_jsonschema()) {
    GTEST_SKIP() << kPython << " has no jsonschema module; install python3-jsonschema";
  }
  const std::vector<AgreementCase> cases = agreement_cases();
  ASSERT_GE(cases.size(), 25u);

  json articles = json::array();
  for (const AgreementCase& c : cases) articles.push_back(c.article);
  testing::TempDir dir;
  const auto articles_path = dir.write("articles.json", articles.dump());
  const auto schema_path = testing::source_dir() / "schema" / "document.schema.json";
  const std::string output = run_python(schema_path.string(), articles_path.string());
  ASSERT_FALSE(output.empty()) << "the jsonschema script failed";
  const json verdicts = json::parse(output);
  ASSERT_EQ(verdicts.size(), cases.size());

  const ClientInfo client = testing::test_client();
  for (size_t i = 0; i < cases.size(); ++i) {
    const AgreementCase& c = cases[i];
    const Result<Document> loaded = document_from_json(c.article, client, {"table", 0, ""});
    const bool schema_valid = verdicts[i].get<bool>();
    EXPECT_EQ(loaded.is_ok(), c.valid) << c.name << ": " << loaded.status().to_string();
    if (*c.divergence == '\0') {
      EXPECT_EQ(schema_valid, c.valid) << c.name << ": the schema and the loader disagree";
    } else {
      EXPECT_NE(schema_valid, c.valid) << c.name << ": expected to differ because " << c.divergence;
    }
  }
}

TEST(DocumentSchemaAgreementTest, SchemaPropertiesAreTheLoaderFields) {
  std::ifstream in(testing::source_dir() / "schema" / "document.schema.json");
  const json schema = json::parse(in);
  std::vector<std::string> properties;
  for (const auto& [name, value] : schema.at("properties").items()) properties.push_back(name);
  const auto fields = article_field_names();
  std::vector<std::string> loader_fields(fields.begin(), fields.end());
  std::sort(properties.begin(), properties.end());
  std::sort(loader_fields.begin(), loader_fields.end());
  EXPECT_EQ(properties, loader_fields);
  EXPECT_FALSE(schema.at("additionalProperties").get<bool>());
  EXPECT_EQ(schema.at("required"), json({"id", "client", "title", "body"}));
}

}  // namespace
}  // namespace kb
