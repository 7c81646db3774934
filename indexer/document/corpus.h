// The corpus on disk: one folder per client under the corpus root, each with
// a client.json and article files anywhere below it.
//
//   corpus/<client>/client.json    {"name": "Vayu Mobile", "default_language": "en",
//                                   "description": "..."}  (description optional)
//   corpus/<client>/synonyms.json  read by the index, not an article
//   corpus/<client>/**/*.{md,json,jsonl,html,htm}   articles (loader.h)
//
// The folder name is the client's name: ^[a-z0-9][a-z0-9_-]*$, at most 64
// characters. Files and folders whose name starts with '.' are skipped.
// Thread-safe; nothing here throws.
#pragma once

#include <string>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/document/document.h"
#include "indexer/document/loader.h"

namespace kb {

// Reads client_dir/client.json. Errors: a folder name that is not a valid
// client name, no client.json (not found), invalid JSON or UTF-8, "name" or
// "default_language" missing or not a non-empty string, a default_language
// that is not a BCP-47 tag, or a key other than name, default_language and
// description; each at the line of the problem in client.json.
Result<ClientInfo> read_client(const std::string& client_dir);

// Every subfolder of `corpus_root` (read_client on each), sorted by name.
// A subfolder without client.json is an error naming it; files directly in
// the root (a README) are ignored.
Result<std::vector<ClientInfo>> list_clients(const std::string& corpus_root);

// The article files anywhere below the client's folder, by extension
// (article_kind.h), sorted; client.json and synonyms.json at the top of the
// folder are not articles. An unreadable folder gives what could be listed.
// A file whose path below the folder is not valid UTF-8 is left out (its
// name could be neither shown nor stored as it is) and, with `misnamed`, an
// error there names it, its bad bytes shown as \xNN.
std::vector<std::string> list_article_files(const ClientInfo& client,
                                            std::vector<Status>* misnamed = nullptr);

// Loads every article file of the client. An id used twice is an error at
// the second article, naming where the first one is; the second is left out.
// A file name that is not valid UTF-8 is an error too (list_article_files).
LoadResult load_client(const ClientInfo& client, const LoadOptions& options = {});

}  // namespace kb
