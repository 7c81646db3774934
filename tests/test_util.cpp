#include "tests/test_util.h"

#include <xapian.h>

#include "indexer/index/index_format.h"
#include "indexer/index/index_writer.h"

#include <fstream>
#include <map>
#include <random>

namespace kb::testing {

TempDir::TempDir() {
  std::random_device rd;
  const auto base = std::filesystem::temp_directory_path();
  for (;;) {
    path_ = base / ("kbtest-" + std::to_string(rd()));
    if (std::filesystem::create_directory(path_)) break;
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& relative, const std::string& content) const {
  const auto full = path_ / relative;
  std::filesystem::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out << content;
  return full;
}

void TempIndex::build(const std::vector<Document>& docs) {
  std::map<std::string, std::vector<Document>> by_client;
  for (const auto& doc : docs) by_client[doc.client].push_back(doc);
  IndexWriter writer({.index_root = dir_.path().string(), .force = true});
  for (const auto& [client, client_docs] : by_client) {
    ClientInfo info{client, client + " display", "en", ""};
    auto built = writer.build_client({info, client_docs, {}});
    ASSERT_OK(built);
  }
}

Document make_doc(const std::string& client, const std::string& id, const std::string& title,
                  const std::string& text, const std::string& language) {
  Document doc;
  doc.client = client;
  doc.id = id;
  doc.title = title;
  doc.body = text;
  doc.text = text;
  doc.language = language;
  return doc;
}

std::string lexicon_entries(const std::string& database_path) {
  const Xapian::Database db(database_path);
  const std::string prefix(format::kMetaRomanKeyPrefix);
  std::string entries;
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    entries += *k + "=" + db.get_metadata(*k) + "\n";
  }
  return entries;
}

}  // namespace kb::testing
