#include "server/search/client_settings.h"

#include "indexer/index/index_format.h"
#include "indexer/index/synonym_table.h"

namespace kb {

std::shared_ptr<const ClientSettings> ClientSettings::load(const Xapian::Database& db) {
  auto settings = std::make_shared<ClientSettings>();
  settings->default_language = db.get_metadata(std::string(format::kMetaDefaultLanguage));
  settings->has_synonyms = SynonymTable::has_synonyms(db);
  return settings;
}

}  // namespace kb
