#include "indexer/index/synonym_table.h"

#include <map>
#include <set>

#include "indexer/index/content_hash.h"
#include "indexer/index/index_format.h"

namespace kb {

namespace {

constexpr size_t kMaxKeyBytes = 245;

}  // namespace

std::string SynonymTable::key(const std::vector<std::string>& terms) {
  std::string key(format::kPrefixSynonymKey);
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) key += ' ';
    key += terms[i];
  }
  return key;
}

void SynonymTable::write(Xapian::WritableDatabase& db, const Analyzer& analyzer,
                         const std::vector<SynonymRule>& rules, std::string_view language) {
  std::map<std::string, std::set<std::string>> by_key;
  for (const SynonymRule& rule : rules) {
    std::vector<std::string> terms;
    for (const Token& token : analyzer.analyze(rule.phrase, language)) terms.push_back(token.term);
    if (terms.empty()) continue;
    by_key[key(terms)].insert(rule.expansions.begin(), rule.expansions.end());
  }
  // Keys of rules since removed from synonyms.json must not survive an
  // incremental update.
  std::vector<std::string> old_keys;
  const std::string prefix(format::kPrefixSynonymKey);
  for (auto it = db.synonym_keys_begin(prefix); it != db.synonym_keys_end(prefix); ++it) {
    old_keys.push_back(*it);
  }
  for (const auto& k : old_keys) db.clear_synonyms(k);
  for (const auto& [k, expansions] : by_key) {
    // Phrases are at most 200 bytes (synonym_file.h), but folding may
    // spell a ligature out: a key Xapian would refuse is left out rather
    // than failing the build.
    if (k.size() > kMaxKeyBytes) continue;
    for (const auto& expansion : expansions) db.add_synonym(k, expansion);
  }
  db.set_metadata(std::string(format::kMetaSynonymKeys), std::to_string(by_key.size()));
  db.set_metadata(std::string(format::kMetaSynonyms), signature(rules));
}

std::string SynonymTable::signature(const std::vector<SynonymRule>& rules) {
  ContentHash hash;
  for (const SynonymRule& rule : rules) {
    hash.add(rule.phrase);
    for (const auto& expansion : rule.expansions) hash.add(expansion);
    hash.add("\n");
  }
  return hash.hex();
}

bool SynonymTable::has_synonyms(const Xapian::Database& db) {
  const std::string count = db.get_metadata(std::string(format::kMetaSynonymKeys));
  return !count.empty() && count != "0";
}

std::vector<std::string> SynonymTable::expansions(const Xapian::Database& db,
                                                  const std::vector<std::string>& terms) {
  std::vector<std::string> out;
  const std::string k = key(terms);
  for (auto it = db.synonyms_begin(k); it != db.synonyms_end(k); ++it) out.push_back(*it);
  return out;
}

}  // namespace kb
