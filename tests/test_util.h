// Shared test helpers: Status assertions and a temporary directory.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/common/status.h"
#include "indexer/document/document.h"

namespace kb::testing {

inline const Status& status_of(const Status& s) { return s; }
template <typename T>
const Status& status_of(const Result<T>& r) {
  return r.status();
}

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/relative, creating folders; returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// An index root in a TempDir with one database per client, built through
// IndexWriter from inline articles (each article's `client` decides).
class TempIndex {
 public:
  explicit TempIndex(const std::vector<Document>& docs) { build(docs); }

  const std::string root() const { return dir_.path().string(); }

  // Replaces every client's database with one built from `docs`.
  void build(const std::vector<Document>& docs);

 private:
  TempDir dir_;
};

// The transliteration lexicon of the database at `database_path`, one
// "key=words" line per entry, in key order: for comparing two builds.
std::string lexicon_entries(const std::string& database_path);

// An article with the fields most tests need; the rest stay empty.
Document make_doc(const std::string& client, const std::string& id, const std::string& title,
                  const std::string& text, const std::string& language = "en");

// Where the repository is, for tests that read corpus/ or schema/.
inline std::filesystem::path source_dir() { return KB_SOURCE_DIR; }

}  // namespace kb::testing

// The Status is copied: `expr` may be a temporary.
#define EXPECT_OK(expr)                                               \
  do {                                                                \
    const ::kb::Status kb_status_ = ::kb::testing::status_of(expr);  \
    EXPECT_TRUE(kb_status_.is_ok()) << kb_status_.to_string();       \
  } while (0)

#define ASSERT_OK(expr)                                               \
  do {                                                                \
    const ::kb::Status kb_status_ = ::kb::testing::status_of(expr);  \
    ASSERT_TRUE(kb_status_.is_ok()) << kb_status_.to_string();       \
  } while (0)
