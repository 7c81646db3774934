#include "indexer/index/catalog.h"

#include <algorithm>
#include <filesystem>

#include "indexer/analysis/analyzer.h"
#include "indexer/common/names.h"
#include "indexer/index/client_store.h"
#include "indexer/index/index_format.h"

namespace kb {

namespace fs = std::filesystem;

std::vector<std::string> Catalog::client_names() const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(index_root_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!is_valid_client_name(name)) continue;
    if (fs::is_symlink(entry.path() / format::kCurrentLink, ec)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

Result<std::string> Catalog::current_generation(const std::string& client) const {
  if (!is_valid_client_name(client)) {
    return Status::not_found("unknown client '" + client + "'", {"", 0, "client"});
  }
  auto path = ClientStore(index_root_, client).current_path();
  if (!path.is_ok() && path.status().code() == StatusCode::kNotFound) {
    return Status::not_found("unknown client '" + client + "'", {"", 0, "client"});
  }
  return path;
}

Result<OpenedIndex> Catalog::open(const std::string& client) const {
  auto generation = current_generation(client);
  if (!generation.is_ok()) return generation.status();
  try {
    Xapian::Database db(*generation);
    if (Status s = check_index_compatible(db, *generation); !s.is_ok()) return s;
    return OpenedIndex{db, *generation};
  } catch (const Xapian::DatabaseNotFoundError&) {
    // The generation was replaced between reading the link and opening it.
    return Status::unavailable("index of '" + client + "' is being replaced; retry");
  } catch (const Xapian::Error& e) {
    return Status::corruption("cannot open index " + *generation + ": " + e.get_description() +
                              "; rebuild it with kb-indexer build");
  }
}

Result<ClientInfo> Catalog::client_info(const std::string& client) const {
  auto opened = open(client);
  if (!opened.is_ok()) return opened.status();
  try {
    return ClientInfo{client, opened->db.get_metadata(std::string(format::kMetaClientName)),
                      opened->db.get_metadata(std::string(format::kMetaDefaultLanguage)), ""};
  } catch (const Xapian::Error& e) {
    return Status::corruption("cannot read index " + opened->generation + ": " +
                              e.get_description() + "; rebuild it with kb-indexer build");
  }
}

Status check_index_compatible(const Xapian::Database& db, const std::string& where) {
  const std::string format = db.get_metadata(std::string(format::kMetaFormatVersion));
  const std::string analyzer = db.get_metadata(std::string(format::kMetaAnalyzer));
  const std::string want_format = std::to_string(format::kFormatVersion);
  if (format != want_format || analyzer != Analyzer::id()) {
    return Status::failed_precondition(
        "index " + where + " was built with format " + (format.empty() ? "?" : format) +
        " and analyzer " + (analyzer.empty() ? "?" : analyzer) + ", this server needs format " +
        want_format + " and analyzer " + Analyzer::id() + "; rebuild it with kb-indexer build");
  }
  return Status::ok();
}

}  // namespace kb
