// Catalog: the read side of the index root. Lists the published clients and
// opens a client's live generation after checking that it was built by this
// analyzer and index format.
//
// Thread safety: a Catalog is immutable and may be shared; the
// Xapian::Database it returns belongs to the caller's thread.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/common/result.h"
#include "indexer/document/document.h"

namespace kb {

struct OpenedIndex {
  Xapian::Database db;
  std::string generation;  // folder of the generation that was opened
};

class Catalog {
 public:
  explicit Catalog(std::string index_root) : index_root_(std::move(index_root)) {}

  const std::string& index_root() const { return index_root_; }

  // Clients with a published index, sorted.
  std::vector<std::string> client_names() const;

  // Folder of `client`'s live generation. NotFound for an unknown or invalid
  // client name.
  Result<std::string> current_generation(const std::string& client) const;

  // Opens `client`'s live generation. NotFound for an unknown client;
  // FailedPrecondition when the index was built by another analyzer or
  // format version (the message says to reindex); Corruption when Xapian
  // cannot read it.
  Result<OpenedIndex> open(const std::string& client) const;

  // The client as its live index describes it (name, display name, default
  // language; `dir` empty), what articles written to it are validated
  // against. Errors as open().
  Result<ClientInfo> client_info(const std::string& client) const;

 private:
  std::string index_root_;
};

// FailedPrecondition unless `db` carries this build's format version and
// analyzer id. `where` names the index in the message.
Status check_index_compatible(const Xapian::Database& db, const std::string& where);

}  // namespace kb
