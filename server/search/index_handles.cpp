#include "server/search/index_handles.h"

namespace kb {

Result<Xapian::Database*> IndexHandles::get(const std::string& client) {
  auto generation = catalog_.current_generation(client);
  if (!generation.is_ok()) {
    entries_.erase(client);
    return generation.status();
  }
  auto it = entries_.find(client);
  if (it != entries_.end() && it->second.generation == *generation) {
    try {
      it->second.db.reopen();
      return &it->second.db;
    } catch (const Xapian::Error&) {
      entries_.erase(it);  // e.g. the generation was removed: open what is live now
    }
  }

  auto opened = catalog_.open(client);
  if (!opened.is_ok()) return opened.status();
  auto& entry = entries_[client];
  entry.db = std::move(opened->db);
  entry.generation = std::move(opened->generation);
  return &entry.db;
}

}  // namespace kb
