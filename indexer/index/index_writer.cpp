#include "indexer/index/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "indexer/analysis/language_table.h"
#include "indexer/common/utc_time.h"
#include "indexer/index/catalog.h"
#include "indexer/index/content_hash.h"
#include "indexer/index/documents_ahead.h"
#include "indexer/index/index_format.h"
#include "indexer/index/parallel_tasks.h"
#include "indexer/index/stored_fields.h"
#include "indexer/index/synonym_table.h"
#include "indexer/index/transliteration_lexicon.h"

namespace kb {

namespace {

void set_meta(Xapian::WritableDatabase& db, std::string_view key, const std::string& value) {
  db.set_metadata(std::string(key), value);
}

std::string get_meta(const Xapian::Database& db, std::string_view key) {
  return db.get_metadata(std::string(key));
}

// Everything in the index that belongs to the client rather than to one
// article. Every corpus run, full or incremental, ends with this call, so
// client-level data read from the corpus is written the same way on both.
void write_client_data(Xapian::WritableDatabase& db, const ClientInfo& client,
                       const Analyzer& analyzer, const std::string& settings,
                       const TransliterationLexicon& lexicon,
                       const std::map<std::string, std::string>& source_files) {
  lexicon.write(db);
  SynonymTable::write(db, analyzer, client.synonyms, client.default_language);
  set_meta(db, format::kMetaFormatVersion, std::to_string(format::kFormatVersion));
  set_meta(db, format::kMetaAnalyzer, Analyzer::id());
  set_meta(db, format::kMetaBuildSettings, settings);
  set_meta(db, format::kMetaClient, client.name);
  set_meta(db, format::kMetaClientName, client.display_name);
  set_meta(db, format::kMetaDefaultLanguage, client.default_language);
  set_meta(db, format::kMetaSourceFiles, encode_source_files(source_files));
  set_meta(db, format::kMetaUpdatedAt, utc_now_iso8601());
}

// Whether writing `client_data` would change what `live` holds.
bool client_data_differs(const Xapian::Database& live, const ClientInfo& client,
                         const std::map<std::string, std::string>& source_files) {
  return get_meta(live, format::kMetaClientName) != client.display_name ||
         get_meta(live, format::kMetaSynonyms) != SynonymTable::signature(client.synonyms) ||
         get_meta(live, format::kMetaDefaultLanguage) != client.default_language ||
         get_meta(live, format::kMetaSourceFiles) != encode_source_files(source_files);
}

// The first document with `term`, or 0.
Xapian::docid find(const Xapian::Database& db, const std::string& term) {
  Xapian::PostingIterator p = db.postlist_begin(term);
  return p == db.postlist_end(term) ? 0 : *p;
}

// The source term (kPrefixSource) of the article stored as `docid`; "" for
// one written over HTTP.
std::string source_term_of(const Xapian::Database& db, Xapian::docid docid) {
  const std::string prefix(format::kPrefixSource);
  Xapian::TermIterator t = db.termlist_begin(docid);
  t.skip_to(prefix);
  if (t == db.termlist_end(docid) || (*t).rfind(prefix, 0) != 0) return {};
  return *t;
}

// The articles of `live` that a full build keeps although the corpus does
// not give them: those written over HTTP (they exist nowhere else) and those
// of a file with a rejected article (the rejected record may be their new
// version; an incremental run keeps them too). Rebuilt from their stored
// fields, so they get this build's terms, and kept under their file, so that
// once it is valid a run deletes what it no longer holds.
std::vector<ArticleChange> kept_live_articles(const Xapian::Database& live,
                                              const ClientSources& sources,
                                              const std::vector<ArticleChange>& corpus) {
  std::set<std::string, std::less<>> corpus_ids;
  for (const ArticleChange& change : corpus) corpus_ids.insert(change.id);
  std::map<std::string, std::string, std::less<>> rejected_files;  // source term -> path
  for (const SourceFile& file : sources.files) {
    if (file.rejected) rejected_files[DocumentBuilder::source_term(file.path)] = file.path;
  }
  std::vector<ArticleChange> kept;
  const std::string prefix(format::kPrefixId);
  for (auto t = live.allterms_begin(prefix); t != live.allterms_end(prefix); ++t) {
    const std::string id = (*t).substr(prefix.size());
    if (corpus_ids.count(id)) continue;
    const Xapian::docid docid = find(live, *t);
    if (docid == 0) continue;
    std::string source;
    if (const std::string term = source_term_of(live, docid); !term.empty()) {
      const auto rejected = rejected_files.find(term);
      if (rejected == rejected_files.end()) continue;  // its file dropped it
      source = rejected->second;
    }
    auto doc = load_stored_fields(live.get_document(docid), {.text = true, .body = true});
    if (!doc.is_ok()) continue;  // unreadable: nothing to keep it from
    kept.push_back(ArticleChange::upsert(std::move(*doc), std::move(source)));
  }
  return kept;
}

// How a full build opens the shards of its staging database: no reader
// ever opens one and a failed build deletes them, so their commits need no
// fsync, and their blocks are updated in place rather than copied on write.
constexpr int kShardFlags = Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS;

// The shards of a full build's staging database, read as one, in order.
Xapian::Database open_shards(const std::vector<std::string>& shard_paths) {
  Xapian::Database all;
  for (const std::string& path : shard_paths) all.add_database(Xapian::Database(path));
  return all;
}

void add_outcome(ChangeStatus status, ClientBuildSummary* summary) {
  switch (status) {
    case ChangeStatus::kAdded: ++summary->added; break;
    case ChangeStatus::kReplaced: ++summary->replaced; break;
    case ChangeStatus::kUnchanged: ++summary->unchanged; break;
    case ChangeStatus::kDeleted: ++summary->deleted; break;
    case ChangeStatus::kNotFound: break;
  }
}

ClientBuildSummary new_summary(const ClientSources& sources) {
  ClientBuildSummary summary;
  summary.client = sources.client.name;
  for (const auto& doc : sources.documents) {
    ++summary.documents_per_language[primary_language(doc.language)];
  }
  return summary;
}

}  // namespace

std::string_view change_status_name(ChangeStatus status) {
  switch (status) {
    case ChangeStatus::kAdded: return "added";
    case ChangeStatus::kReplaced: return "replaced";
    case ChangeStatus::kUnchanged: return "unchanged";
    case ChangeStatus::kDeleted: return "deleted";
    case ChangeStatus::kNotFound: return "not_found";
  }
  return "unchanged";
}

std::string build_settings_hash(const FieldWeights& w, bool transliteration,
                                const RomanizerRules& r) {
  ContentHash hash;
  hash.add(Analyzer::id()).add(std::to_string(format::kFormatVersion));
  hash.add(std::to_string(w.title) + "," + std::to_string(w.tags) + "," + std::to_string(w.steps) +
           "," + std::to_string(w.body));
  std::string rules;
  for (bool rule : {transliteration, r.merge_aspirates, r.merge_sibilants, r.merge_vowel_length,
                    r.collapse_doubles, r.merge_w_v, r.merge_z_j, r.drop_medial_a,
                    r.bengali_drop_medial_o, r.tamil_voicing, r.y_as_i, r.final_ng_as_n,
                    r.untyped_final_nasal, r.merge_e_i, r.final_ge_as_j}) {
    rules += rule ? '1' : '0';
  }
  return hash.add(rules).hex();
}

std::string IndexWriter::settings_hash() const {
  return build_settings_hash(options_.weights, options_.transliteration, options_.romanizer);
}

std::vector<ChangeOutcome> IndexWriter::apply(Xapian::WritableDatabase& db,
                                              std::span<const ArticleChange> changes,
                                              TransliterationLexicon* lexicon, ApplyOptions how) {
  DocumentBuilder builder(analyzer_, options_.weights);
  std::optional<DocumentsAhead> built;
  if (how.ahead) built.emplace(builder, changes, lexicon);
  std::vector<ChangeOutcome> outcomes;
  outcomes.reserve(changes.size());
  size_t written = 0;
  for (const ArticleChange& change : changes) {
    const std::string id_term = DocumentBuilder::id_term(change.id);
    const Xapian::docid existing = find(db, id_term);
    ChangeOutcome outcome{change.id, ChangeStatus::kUnchanged};
    if (change.kind == ChangeKind::kDelete) {
      if (existing) db.delete_document(id_term);
      outcome.status = existing ? ChangeStatus::kDeleted : ChangeStatus::kNotFound;
    } else {
      std::optional<Xapian::Document> ready;
      if (built) ready = built->next();
      if (!existing || db.get_document(existing).get_value(format::kSlotContentHash) !=
                           article_content_hash(change.document, change.source)) {
        // By docid: the id term was looked up once already.
        Xapian::Document doc =
            ready ? std::move(*ready) : builder.build(change.document, lexicon, change.source);
        if (existing) {
          db.replace_document(existing, doc);
        } else {
          db.add_document(doc);
        }
        outcome.status = existing ? ChangeStatus::kReplaced : ChangeStatus::kAdded;
        if (how.commit_every && ++written % how.commit_every == 0) db.commit();
      }
    }
    outcomes.push_back(std::move(outcome));
    if (options_.progress) ++options_.progress->done;
  }
  return outcomes;
}

TransliterationLexicon IndexWriter::write_shards(const std::vector<ArticleChange>& changes,
                                                 const std::vector<std::string>& shard_paths) {
  const size_t shards = shard_paths.size();
  std::vector<TransliterationLexicon> lexicons;
  for (size_t i = 0; i < shards; ++i) {
    lexicons.emplace_back(options_.romanizer, LatinWords::kFromIndex);
  }
  run_parallel(shards, static_cast<unsigned>(shards), [&](size_t i) {
    const std::span<const ArticleChange> all(changes);
    const size_t begin = changes.size() * i / shards;
    const size_t end = changes.size() * (i + 1) / shards;
    // A writer of its own: an Analyzer serves one thread.
    IndexWriter shard_writer(options_);
    Xapian::WritableDatabase db(shard_paths[i], Xapian::DB_CREATE | kShardFlags);
    shard_writer.apply(db, all.subspan(begin, end - begin),
                       options_.transliteration ? &lexicons[i] : nullptr,
                       {.ahead = options_.build_ahead && end - begin > 1,
                        .commit_every = options_.full_build_batch});
    db.commit();
  });
  for (size_t i = 1; i < shards; ++i) lexicons.front().merge(std::move(lexicons[i]));
  return std::move(lexicons.front());
}

Result<ClientBuildSummary> IndexWriter::build_client(const ClientSources& sources) {
  ClientStore store(options_.index_root, sources.client.name);
  auto lock = store.lock_for_writing(options_.lock);
  if (!lock.is_ok()) return lock.status();

  auto live_path = store.current_path();
  if (!live_path.is_ok()) return build_full(sources, store, nullptr);
  std::optional<Xapian::Database> live;
  try {
    live.emplace(*live_path);
    if (!check_index_compatible(*live, *live_path).is_ok()) live.reset();
  } catch (const Xapian::Error&) {
    live.reset();  // unreadable: build it again from the corpus
  }
  if (live && !options_.force && get_meta(*live, format::kMetaBuildSettings) == settings_hash()) {
    return build_incremental(sources, *live_path);
  }
  return build_full(sources, store, live ? &*live : nullptr);
}

Result<ClientBuildSummary> IndexWriter::build_full(const ClientSources& sources,
                                                   const ClientStore& store,
                                                   const Xapian::Database* live) {
  ClientBuildSummary summary = new_summary(sources);
  summary.mode = ClientBuildSummary::Mode::kFull;
  auto generation = store.new_generation_path();
  if (!generation.is_ok()) return generation.status();
  const std::string staging = ClientStore::staging_path(*generation);
  try {
    ChangePlan plan = plan_full_build(sources);
    if (live) {
      for (ArticleChange& kept : kept_live_articles(*live, sources, plan.changes)) {
        plan.changes.push_back(std::move(kept));
      }
    }
    const size_t batch = std::max<size_t>(1, options_.full_build_batch);
    const size_t shards =
        std::clamp<size_t>(plan.changes.size() / batch, 1, options_.full_build_writers);
    std::filesystem::create_directories(staging);
    std::vector<std::string> shard_paths;
    for (size_t i = 0; i < shards; ++i) shard_paths.push_back(staging + "/" + std::to_string(i));
    summary.writers = shards;
    TransliterationLexicon lexicon = write_shards(plan.changes, shard_paths);
    if (options_.transliteration) lexicon.add_latin_words_of(open_shards(shard_paths));
    // Counted against the index it replaces, so the summary reads as a diff.
    size_t previous_kept = 0;
    for (const ArticleChange& change : plan.changes) {
      const Xapian::docid before = live ? find(*live, DocumentBuilder::id_term(change.id)) : 0;
      if (!before) {
        ++summary.added;
        continue;
      }
      ++previous_kept;
      const bool same = live->get_document(before).get_value(format::kSlotContentHash) ==
                        article_content_hash(change.document, change.source);
      ++(same ? summary.unchanged : summary.replaced);
    }
    summary.deleted = live ? live->get_doccount() - previous_kept : 0;
    {
      // Client data goes into the first shard; the compaction keeps it.
      Xapian::WritableDatabase first(shard_paths.front(), Xapian::DB_OPEN | kShardFlags);
      write_client_data(first, sources.client, analyzer_, settings_hash(), lexicon,
                        plan.source_files);
      set_meta(first, format::kMetaBuiltAt, utc_now_iso8601());
      first.commit();
    }
    Xapian::Database written = open_shards(shard_paths);
    summary.documents = written.get_doccount();
    // One database with full blocks (see kStagingSuffix), the shards' docids
    // following one another: numbered in article order, as one writer would.
    written.compact(*generation, 0, kPublishedBlockSize);
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    std::filesystem::remove_all(staging, ec);
    std::filesystem::remove_all(*generation, ec);
    return Status::io_error("writing " + *generation + " failed: " + e.get_description() +
                            "; the live index is unchanged");
  }
  std::error_code ec;
  std::filesystem::remove_all(staging, ec);
  if (Status s = store.publish(*generation); !s.is_ok()) return s;
  summary.generation = *generation;
  return summary;
}

Result<ClientBuildSummary> IndexWriter::build_incremental(const ClientSources& sources,
                                                          const std::string& live_path) {
  ClientBuildSummary summary = new_summary(sources);
  summary.generation = live_path;
  try {
    ChangePlan plan;
    {
      Xapian::Database live(live_path);
      plan = plan_changes(live, sources);
      summary.unchanged = plan.untouched;
      if (options_.progress) options_.progress->done += plan.untouched;
      if (plan.changes.empty() && !client_data_differs(live, sources.client, plan.source_files)) {
        summary.mode = ClientBuildSummary::Mode::kUnchanged;
        summary.documents = live.get_doccount();
        return summary;  // nothing differs: nothing is written
      }
    }
    summary.mode = ClientBuildSummary::Mode::kIncremental;
    Xapian::WritableDatabase db(live_path, Xapian::DB_OPEN);
    // One transaction: Xapian flushes no part of it on its own, so readers
    // and a crash see the run whole or not at all.
    db.begin_transaction();
    TransliterationLexicon lexicon(options_.romanizer);
    for (const ChangeOutcome& outcome :
         apply(db, plan.changes, options_.transliteration ? &lexicon : nullptr, {})) {
      add_outcome(outcome.status, &summary);
    }
    write_client_data(db, sources.client, analyzer_, settings_hash(), lexicon, plan.source_files);
    db.commit_transaction();
    summary.documents = db.get_doccount();
    db.close();
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::unavailable("client '" + sources.client.name +
                               "' is locked by another Xapian writer: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::io_error("updating " + live_path + " failed: " + e.get_description() +
                            "; the live index is unchanged");
  }
  return summary;
}

Result<std::vector<ChangeOutcome>> IndexWriter::apply_changes(
    const std::string& client, const std::vector<ArticleChange>& changes) {
  ClientStore store(options_.index_root, client);
  auto lock = store.lock_for_writing(options_.lock);
  if (!lock.is_ok()) return lock.status();
  auto live_path = Catalog(options_.index_root).current_generation(client);
  if (!live_path.is_ok()) return live_path.status();
  try {
    Xapian::WritableDatabase db(*live_path, Xapian::DB_OPEN);
    if (Status s = check_index_compatible(db, *live_path); !s.is_ok()) return s;
    if (get_meta(db, format::kMetaBuildSettings) != settings_hash()) {
      return Status::failed_precondition(
          "the index of '" + client + "' was built with other field weights or romanizer "
          "rules than this writer uses; rebuild it (kb-indexer build --full) before writing to it");
    }
    db.begin_transaction();
    TransliterationLexicon lexicon(options_.romanizer);
    std::vector<ChangeOutcome> outcomes =
        apply(db, changes, options_.transliteration ? &lexicon : nullptr, {});
    lexicon.write(db);
    set_meta(db, format::kMetaUpdatedAt, utc_now_iso8601());
    db.commit_transaction();
    db.close();
    return outcomes;
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::unavailable("client '" + client +
                               "' is locked by another Xapian writer: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::io_error("updating " + *live_path + " failed: " + e.get_description() +
                            "; the live index is unchanged");
  }
}

}  // namespace kb
