#include "indexer/index/index_writer.h"

#include <xapian.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include "indexer/index/client_store.h"
#include "indexer/index/index_format.h"
#include "indexer/index/synonym_table.h"
#include "indexer/index/text_utils.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

namespace {

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string live_fingerprint(const ClientStore& store) {
  auto live = store.current_path();
  if (!live.is_ok()) return {};
  try {
    return Xapian::Database(*live).get_metadata(std::string(format::kMetaFingerprint));
  } catch (const Xapian::Error&) {
    return {};  // unreadable: rebuild it
  }
}

}  // namespace

Result<ClientBuildSummary> IndexWriter::build_client(const ClientInfo& client,
                                                     const std::vector<Document>& docs,
                                                     const std::string& fingerprint) {
  ClientStore store(options_.index_root, client.name);
  auto lock = store.lock_for_writing();
  if (!lock.is_ok()) return lock.status();

  ClientBuildSummary summary;
  summary.client = client.name;
  summary.documents = docs.size();
  for (const auto& doc : docs) ++summary.documents_per_language[primary_language(doc.language)];

  if (!options_.force && !fingerprint.empty() && live_fingerprint(store) == fingerprint) {
    summary.unchanged = true;
    summary.generation = store.current_path().is_ok() ? *store.current_path() : std::string();
    return summary;
  }

  auto generation = store.new_generation_path();
  if (!generation.is_ok()) return generation.status();
  try {
    Xapian::WritableDatabase db(*generation, Xapian::DB_CREATE);
    DocumentBuilder builder(analyzer_, options_.weights);
    TransliterationLexicon lexicon(options_.romanizer);
    TransliterationLexicon* words = options_.transliteration ? &lexicon : nullptr;
    for (const auto& doc : docs) {
      db.replace_document(DocumentBuilder::id_term(doc.id), builder.build(doc, words));
    }
    lexicon.write(db);
    SynonymTable::write(db, analyzer_, client.synonyms, client.default_language);
    db.set_metadata(std::string(format::kMetaFormatVersion), std::to_string(format::kFormatVersion));
    db.set_metadata(std::string(format::kMetaAnalyzer), Analyzer::id());
    db.set_metadata(std::string(format::kMetaClient), client.name);
    db.set_metadata(std::string(format::kMetaClientName), client.display_name);
    db.set_metadata(std::string(format::kMetaDefaultLanguage), client.default_language);
    db.set_metadata(std::string(format::kMetaFingerprint), fingerprint);
    db.set_metadata(std::string(format::kMetaBuiltAt), utc_now_iso8601());
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    std::filesystem::remove_all(*generation, ec);
    return Status::io_error("writing " + *generation + " failed: " + e.get_description());
  }
  if (Status s = store.publish(*generation); !s.is_ok()) return s;
  summary.generation = *generation;
  return summary;
}

}  // namespace kb
