#include "indexer/index/change_plan.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "indexer/index/document_builder.h"
#include "indexer/index/index_format.h"

namespace kb {

namespace {

// The id of the article stored as `docid`, from its id term.
std::string id_of(const Xapian::Database& db, Xapian::docid docid) {
  const std::string prefix(format::kPrefixId);
  Xapian::TermIterator t = db.termlist_begin(docid);
  t.skip_to(prefix);
  if (t == db.termlist_end(docid)) return {};
  const std::string term = *t;
  return term.rfind(prefix, 0) == 0 ? term.substr(prefix.size()) : std::string();
}

// Deletes the articles of `source` whose id is not in `keep`.
void plan_deletions(const Xapian::Database& live, const std::string& source,
                    const std::set<std::string, std::less<>>& keep, ChangePlan* plan) {
  const std::string term = DocumentBuilder::source_term(source);
  for (auto p = live.postlist_begin(term); p != live.postlist_end(term); ++p) {
    std::string id = id_of(live, *p);
    if (!id.empty() && keep.find(id) == keep.end()) {
      plan->changes.push_back(ArticleChange::remove(std::move(id)));
    }
  }
}

}  // namespace

ArticleChange ArticleChange::upsert(Document doc, std::string source) {
  ArticleChange change;
  change.kind = ChangeKind::kUpsert;
  change.id = doc.id;
  change.document = std::move(doc);
  change.source = std::move(source);
  return change;
}

ArticleChange ArticleChange::remove(std::string id) {
  ArticleChange change;
  change.kind = ChangeKind::kDelete;
  change.id = std::move(id);
  return change;
}

std::string relative_source(const ClientInfo& client, const Document& doc) {
  if (doc.source.file.empty()) return {};  // not read from a file
  return std::filesystem::path(doc.source.file).lexically_relative(client.dir).generic_string();
}

ChangePlan plan_changes(const Xapian::Database& live, const ClientSources& sources) {
  ChangePlan plan;
  const auto before = decode_source_files(live.get_metadata(std::string(format::kMetaSourceFiles)));

  std::set<std::string, std::less<>> changed;  // files to apply again
  std::set<std::string, std::less<>> present;
  for (const SourceFile& file : sources.files) {
    present.insert(file.path);
    const auto it = before.find(file.path);
    if (file.rejected || it == before.end() || it->second != file.hash) changed.insert(file.path);
    if (!file.rejected) plan.source_files[file.path] = file.hash;
  }

  std::set<std::string, std::less<>> corpus_ids;
  for (const Document& doc : sources.documents) {
    corpus_ids.insert(doc.id);
    std::string source = relative_source(sources.client, doc);
    if (changed.count(source)) {
      plan.changes.push_back(ArticleChange::upsert(doc, std::move(source)));
    } else {
      ++plan.untouched;
    }
  }
  for (const SourceFile& file : sources.files) {
    if (changed.count(file.path) && !file.rejected) {
      plan_deletions(live, file.path, corpus_ids, &plan);
    }
  }
  for (const auto& [path, hash] : before) {
    if (!present.count(path)) plan_deletions(live, path, corpus_ids, &plan);
  }
  return plan;
}

ChangePlan plan_full_build(const ClientSources& sources) {
  ChangePlan plan;
  for (const SourceFile& file : sources.files) {
    if (!file.rejected) plan.source_files[file.path] = file.hash;
  }
  for (const Document& doc : sources.documents) {
    plan.changes.push_back(ArticleChange::upsert(doc, relative_source(sources.client, doc)));
  }
  return plan;
}

std::string encode_source_files(const std::map<std::string, std::string>& files) {
  return nlohmann::json(files).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::map<std::string, std::string> decode_source_files(const std::string& text) {
  std::map<std::string, std::string> files;
  const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return files;  // none yet, or unreadable: every file counts as changed
  for (const auto& [path, hash] : j.items()) {
    if (hash.is_string()) files[path] = hash.get<std::string>();
  }
  return files;
}

}  // namespace kb
