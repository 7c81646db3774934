// What an incremental run changes: the difference between a client's corpus
// as it is now and what its live index was built from.
//
// The live index remembers the hash of every source file it read without
// errors (kMetaSourceFiles) and which file each article came from
// (kPrefixSource). A run re-applies only the files whose hash differs:
//   - every valid article of a changed or new file is upserted (the writer
//     skips one whose content hash is unchanged);
//   - an article of a changed file that is no longer anywhere in the corpus
//     is deleted, and so is every article of a removed file;
//   - a file with a rejected article deletes nothing (the rejected record
//     may be the new version of an old article: that one stays live) and
//     its hash is not recorded, so the next run reads it again;
//   - articles of unchanged files are left alone, so an article changed
//     over HTTP stays as it is until its file changes (the last writer wins).
//
// Thread safety: pure functions over the arguments.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "indexer/document/document.h"

namespace kb {

// One source file of a client's corpus.
struct SourceFile {
  std::string path;       // relative to the client's folder: "faq/en.jsonl"
  std::string hash;       // of its bytes and the client's default language
  bool rejected = false;  // some article of it failed validation
};

// A client's corpus as loaded by one run.
struct ClientSources {
  ClientInfo client;
  std::vector<Document> documents;  // the valid articles, ids unique
  std::vector<SourceFile> files;    // every article file, valid or not
};

enum class ChangeKind { kUpsert, kDelete };

// One change to a client's index; what HTTP writes and corpus runs both apply.
struct ArticleChange {
  ChangeKind kind = ChangeKind::kUpsert;
  Document document;   // kUpsert: the validated article
  std::string source;  // kUpsert: its file relative to the client folder; "" over HTTP
  std::string id;      // kDelete: the article to delete

  static ArticleChange upsert(Document doc, std::string source = {});
  static ArticleChange remove(std::string id);
};

struct ChangePlan {
  std::vector<ArticleChange> changes;
  size_t untouched = 0;  // articles of unchanged files, not even compared
  // What kMetaSourceFiles says after the run.
  std::map<std::string, std::string> source_files;
};

// The file of `doc` relative to the client's folder; "" for an article
// not read from a file.
std::string relative_source(const ClientInfo& client, const Document& doc);

// The plan that turns `live` (an index built from an earlier state of the
// same client, with this build's settings) into `sources`. Throws
// Xapian::Error when `live` cannot be read.
ChangePlan plan_changes(const Xapian::Database& live, const ClientSources& sources);

// Every article of `sources` as upserts: the plan of a fresh build.
ChangePlan plan_full_build(const ClientSources& sources);

// kMetaSourceFiles as written and read.
std::string encode_source_files(const std::map<std::string, std::string>& files);
std::map<std::string, std::string> decode_source_files(const std::string& text);

}  // namespace kb
