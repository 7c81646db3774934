// The key file given to `kb-server --keys`: a JSON object
//   {"keys": [{"name": "bank-agents", "role": "search",
//              "clients": ["sahyog-bank"] or "*",
//              "sha256": "<64 hex digits of SHA-256(secret)>",
//              "requests_per_second": 20, "burst": 40}]}
// (the last two optional). Secrets are never written to it: `kb-server keys
// add` prints a new secret once and stores only its hash.
//
// Errors: NotFound for a missing file, IoError when it cannot be read or
// written, InvalidArgument naming the file and field ("keys[1].role") for
// anything malformed. Thread safety: functions are reentrant; two processes
// adding keys to one file at the same moment may lose one of the two.
#pragma once

#include <string>
#include <vector>

#include "indexer/common/result.h"
#include "server/access/api_key.h"

namespace kb {

Result<std::vector<ApiKey>> load_key_file(const std::string& path);

// Writes `keys` to `path` atomically (a temporary file renamed over it),
// readable by the owner only.
Status save_key_file(const std::string& path, const std::vector<ApiKey>& keys);

struct AddKeyOptions {
  std::string file;                  // created when missing
  std::string name;                  // must be new in the file
  Role role = Role::kSearch;
  bool all_clients = false;          // "*"
  std::vector<std::string> clients;  // else these (valid client names, at least one)
};

// Adds a key with a new random secret and returns the secret, which exists
// nowhere else: the file holds only its hash.
Result<std::string> add_key(const AddKeyOptions& options);

}  // namespace kb
