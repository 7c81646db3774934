// The corpus on disk: client folders, client.json, article files, duplicate ids.
#include "indexer/document/corpus.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_util.h"

namespace kb {
namespace {

using testing::TempDir;

const std::string kClientJson = R"({"name": "Vayu Mobile", "default_language": "en"})";

std::string md(const std::string& id) { return "---\nid: " + id + "\ntitle: T\n---\nBody\n"; }

struct ClientFileCase {
  const char* name;
  std::string folder;
  std::string client_json;  // empty: no client.json
  std::string expected;     // empty: ok; else a part of the error's to_string()
};

const ClientFileCase kClientFileCases[] = {
    {"good", "vayu-mobile", kClientJson, ""},
    {"with description", "bank",
     R"({"name": "B", "default_language": "hi", "description": "A bank"})", ""},
    {"bad folder name", "Vayu Mobile", kClientJson,
     "client: the folder name 'Vayu Mobile' is not a valid client name; use lower-case letters, "
     "digits, _ and - (at most 64), starting with a letter or digit"},
    {"no client.json", "bank", "",
     "client.json: the client folder has no client.json; add "
     "{\"name\": ..., \"default_language\": ...}"},
    {"unknown key", "bank", "{\"name\": \"B\",\n \"default_language\": \"en\",\n \"lang\": \"x\"}",
     "client.json:3: lang: unknown key 'lang'; allowed: name, default_language, description"},
    {"missing name", "bank", R"({"default_language": "en"})",
     "client.json:1: name: missing; client.json needs \"name\""},
    {"empty name", "bank", "{\n\"name\": \"\", \"default_language\": \"en\"}",
     "client.json:2: name: must be a non-empty string"},
    {"bad language", "bank", "{\"name\": \"B\",\n\"default_language\": \"english\"}",
     "client.json:2: default_language: 'english' is not a BCP-47 language tag; write e.g. en, hi, "
     "bn-IN"},
    {"not json", "bank", "{\"name\": \n", "client.json:2: not valid JSON: "},
    {"not an object", "bank", "[]", "client.json:1: must be a JSON object"},
};

TEST(DocumentCorpusTest, ReadClient) {
  for (const ClientFileCase& c : kClientFileCases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    const auto folder = dir.path() / c.folder;
    std::filesystem::create_directories(folder);
    if (!c.client_json.empty()) dir.write(c.folder + "/client.json", c.client_json);
    const Result<ClientInfo> client = read_client(folder.string());
    if (c.expected.empty()) {
      ASSERT_TRUE(client.is_ok()) << client.status().to_string();
      EXPECT_EQ(client->name, c.folder);
      EXPECT_EQ(client->dir, folder.string());
      EXPECT_FALSE(client->display_name.empty());
      EXPECT_FALSE(client->default_language.empty());
      continue;
    }
    ASSERT_FALSE(client.is_ok());
    const std::string shown = client.status().to_string();
    EXPECT_EQ(shown.rfind(folder.string(), 0), 0u) << shown;
    EXPECT_NE(shown.find(c.expected), std::string::npos) << shown;
  }
}

TEST(DocumentCorpusTest, ReadClientWithTrailingSlash) {
  TempDir dir;
  dir.write("bazaarly/client.json", R"({"name": "Bazaarly", "default_language": "en"})");
  const Result<ClientInfo> client = read_client((dir.path() / "bazaarly").string() + "/");
  ASSERT_TRUE(client.is_ok()) << client.status().to_string();
  EXPECT_EQ(client->name, "bazaarly");
  EXPECT_EQ(client->display_name, "Bazaarly");
}

TEST(DocumentCorpusTest, ListClientsSortedAndSkipsFilesAndHiddenFolders) {
  TempDir dir;
  dir.write("vayu-mobile/client.json", kClientJson);
  dir.write("bazaarly/client.json", R"({"name": "Bazaarly", "default_language": "en"})");
  dir.write("sahyog-bank/client.json", R"({"name": "Sahyog Bank", "default_language": "hi"})");
  dir.write("README.md", "# corpus");
  dir.write(".git/config", "x");
  const auto clients = list_clients(dir.path().string());
  ASSERT_TRUE(clients.is_ok()) << clients.status().to_string();
  ASSERT_EQ(clients->size(), 3u);
  EXPECT_EQ((*clients)[0].name, "bazaarly");
  EXPECT_EQ((*clients)[1].name, "sahyog-bank");
  EXPECT_EQ((*clients)[1].default_language, "hi");
  EXPECT_EQ((*clients)[2].name, "vayu-mobile");
}

TEST(DocumentCorpusTest, ListClientsNamesAFolderWithoutClientJson) {
  TempDir dir;
  dir.write("vayu-mobile/client.json", kClientJson);
  dir.write("drafts/a.md", md("a"));
  const auto clients = list_clients(dir.path().string());
  ASSERT_FALSE(clients.is_ok());
  EXPECT_NE(clients.status().to_string().find("the folder 'drafts' has no client.json"),
            std::string::npos)
      << clients.status().to_string();
  EXPECT_FALSE(list_clients((dir.path() / "nope").string()).is_ok());
}

TEST(DocumentCorpusTest, ListArticleFiles) {
  TempDir dir;
  dir.write("c/client.json", kClientJson);
  dir.write("c/synonyms.json", "{}");
  dir.write("c/b.md", md("b"));
  dir.write("c/faq/a.json", "{}");
  dir.write("c/faq/deep/x.jsonl", "");
  dir.write("c/pages/p.html", "");
  dir.write("c/pages/q.HTM", "");
  dir.write("c/notes.txt", "");
  dir.write("c/.hidden.md", "");
  dir.write("c/.drafts/d.md", "");
  dir.write("c/faq/synonyms.json", "{}");  // only the top-level one is not an article
  const ClientInfo client{"c", "C", "en", (dir.path() / "c").string()};
  std::vector<std::string> relative;
  for (const std::string& file : list_article_files(client)) {
    relative.push_back(std::filesystem::relative(file, client.dir).string());
  }
  EXPECT_EQ(relative,
            (std::vector<std::string>{"b.md", "faq/a.json", "faq/deep/x.jsonl", "faq/synonyms.json",
                                      "pages/p.html", "pages/q.HTM"}));
}

TEST(DocumentCorpusTest, FileNamesThatAreNotUtf8AreRejectedByName) {
  TempDir dir;
  dir.write("c/good.md", md("good"));
  dir.write("c/bad\xFF.md", md("bad"));
  dir.write("c/odd\xC3(/x.md", md("x"));  // a folder: \xC3 needs a continuation byte
  dir.write("c/caf\xC3\xA9.md", md("cafe"));
  const ClientInfo client{"c", "C", "en", (dir.path() / "c").string()};
  const std::string folder = client.dir + "/";

  std::vector<Status> misnamed;
  std::vector<std::string> relative;
  for (const std::string& file : list_article_files(client, &misnamed)) {
    relative.push_back(std::filesystem::relative(file, client.dir).string());
  }
  EXPECT_EQ(relative, (std::vector<std::string>{"caf\xC3\xA9.md", "good.md"}));
  ASSERT_EQ(misnamed.size(), 2u);
  EXPECT_EQ(misnamed[0].to_string(),
            folder + "bad\\xFF.md: the file name is not valid UTF-8 (bad bytes shown as \\xNN), "
                     "so its articles are not indexed; rename it");
  EXPECT_EQ(misnamed[1].where().file, folder + "odd\\xC3(/x.md");

  const LoadResult result = load_client(client);
  std::vector<std::string> ids;
  for (const Document& doc : result.documents) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"cafe", "good"}));
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].where().file, folder + "bad\\xFF.md");
  EXPECT_EQ(result.errors[0].code(), StatusCode::kInvalidArgument);
}

TEST(DocumentCorpusTest, LoadClientReportsDuplicateIdsAtTheSecond) {
  TempDir dir;
  dir.write("c/client.json", kClientJson);
  dir.write("c/a.md", md("same"));
  dir.write("c/b.jsonl",
            "{\"id\": \"other\", \"title\": \"T\", \"body\": \"B\"}\n"
            "{\"id\": \"same\", \"title\": \"T\", \"body\": \"B\"}\n");
  dir.write("c/c.md", "---\nid: bad id\ntitle: T\n---\nBody\n");
  const ClientInfo client{"c", "C", "en", (dir.path() / "c").string()};
  const LoadResult result = load_client(client);
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].id, "same");
  EXPECT_EQ(result.documents[1].id, "other");
  ASSERT_EQ(result.errors.size(), 2u);
  const std::string b = (dir.path() / "c" / "b.jsonl").string();
  const std::string a = (dir.path() / "c" / "a.md").string();
  EXPECT_EQ(result.errors[0].to_string(), b + ":2: id: duplicate id 'same', first used at " + a +
                                              ":1; ids must be unique within a client");
  EXPECT_EQ(result.errors[1].where().field, "id");
  EXPECT_EQ(result.errors[1].where().line, 2u);
}

TEST(DocumentCorpusTest, LoadClientFillsClientAndChecksMismatch) {
  TempDir dir;
  dir.write("c/ok.md", md("ok"));
  dir.write("c/other.json",
            "{\"id\": \"x\",\n \"client\": \"bank\", \"title\": \"T\", \"body\": \"B\"}");
  const ClientInfo client{"c", "C", "en", (dir.path() / "c").string()};
  const LoadResult result = load_client(client);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].client, "c");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].where().line, 2u);
  EXPECT_EQ(result.errors[0].where().field, "client");
}

TEST(DocumentCorpusTest, SampleCorpusLoadsCleanly) {
  const auto root = testing::source_dir() / "corpus";
  const auto clients = list_clients(root.string());
  ASSERT_TRUE(clients.is_ok()) << clients.status().to_string();
  for (const ClientInfo& client : *clients) {
    const LoadResult result = load_client(client);
    for (const Status& error : result.errors) ADD_FAILURE() << error.to_string();
  }
}

}  // namespace
}  // namespace kb
