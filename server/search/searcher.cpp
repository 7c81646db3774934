#include "server/search/searcher.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>

#include "indexer/common/names.h"
#include "indexer/common/utf8.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/index_format.h"
#include "indexer/index/stored_fields.h"
#include "indexer/index/text_utils.h"
#include "server/search/facet_counter.h"

namespace kb {

namespace {

Xapian::Query filter_query(std::string_view prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& value : values) terms.emplace_back(filter_term(prefix, value));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

Searcher::Searcher(const Catalog& catalog, SearcherOptions options,
                   std::shared_ptr<SearchCaches> caches)
    : catalog_(catalog),
      options_(options),
      handles_(catalog),
      caches_(caches ? std::move(caches) : std::make_shared<SearchCaches>()),
      query_builder_(analyzer_, options.ranking, options.romanizer),
      snippet_builder_(analyzer_, options.snippets) {}

Status Searcher::validate(const SearchRequest& request) const {
  if (is_blank(request.query)) {
    return Status::invalid_argument("the query is empty; type at least one word", {"", 0, "q"});
  }
  if (request.query.size() > options_.max_query_bytes) {
    return Status::invalid_argument("the query is longer than " +
                                        std::to_string(options_.max_query_bytes) + " bytes",
                                    {"", 0, "q"});
  }
  if (!is_valid_utf8(request.query)) {
    return Status::invalid_argument("the query is not valid UTF-8", {"", 0, "q"});
  }
  size_t words = 0;
  for (size_t i = 0; i < request.query.size(); ++i) {
    const bool space = std::isspace(static_cast<unsigned char>(request.query[i]));
    if (!space && (i == 0 || std::isspace(static_cast<unsigned char>(request.query[i - 1])))) {
      ++words;
    }
  }
  if (words > options_.max_query_words) {
    return Status::invalid_argument("the query has " + std::to_string(words) +
                                        " words; at most " +
                                        std::to_string(options_.max_query_words) + " are searched",
                                    {"", 0, "q"});
  }
  if (request.limit < 1 || request.limit > options_.max_limit) {
    return Status::invalid_argument(
        "limit must be between 1 and " + std::to_string(options_.max_limit), {"", 0, "limit"});
  }
  if (request.offset > options_.max_offset) {
    return Status::invalid_argument(
        "offset must be at most " + std::to_string(options_.max_offset), {"", 0, "offset"});
  }
  return FacetCounter::check(request.facets);
}

Result<SearchResults> Searcher::search(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  if (Status s = validate(request); !s.is_ok()) return s;
  Result<SearchResults> results = Status::internal("search did not run");
  for (int attempt = 1;; ++attempt) {
    auto db = handles_.get(request.client);
    if (!db.is_ok()) return db.status();
    try {
      results = run_search(request, **db);
      break;
    } catch (const Xapian::DatabaseModifiedError&) {
      // Writers committed twice during this search: run it again on the newest revision.
      handles_.refresh(request.client);
      if (attempt == 3) return Status::unavailable("the index of '" + request.client +
                                                   "' is changing too fast; retry");
    } catch (const Xapian::Error& e) {
      return Status::internal("search in '" + request.client + "' failed: " + e.get_description());
    }
  }
  if (results.is_ok()) {
    results->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  return results;
}

Result<SearchResults> Searcher::run_search(const SearchRequest& request, Xapian::Database& db) {
  SearchResults results;
  results.query = request.query;
  results.client = request.client;

  const std::shared_ptr<const ClientSettings> settings = caches_->settings.get(request.client, db);
  const std::string& language =
      request.language.empty() ? settings->default_language : request.language;
  std::shared_ptr<const Vocabulary> vocabulary;
  std::shared_ptr<const LexiconEntries> lexicon;
  if (!request.exact) {
    vocabulary = caches_->vocabularies.get(request.client, db);
    lexicon = caches_->lexicons.get(request.client, db);
  }
  const QueryPlan plan = query_builder_.build({.text = request.query,
                                               .language = language,
                                               .exact = request.exact,
                                               .db = &db,
                                               .vocabulary = vocabulary.get(),
                                               .lexicon = lexicon.get(),
                                               .has_synonyms = settings->has_synonyms});
  results.rewrites = plan.rewrites;
  results.did_you_mean = plan.did_you_mean;
  if (plan.terms.empty()) return results;

  const std::pair<std::string_view, const std::vector<std::string>*> filters[] = {
      {format::kPrefixLanguage, &request.languages},
      {format::kPrefixType, &request.types},
      {format::kPrefixProduct, &request.products},
      {format::kPrefixTag, &request.tags},
  };
  std::vector<Xapian::Query> filter_queries;  // made once: the facet pass filters too
  for (const auto& [prefix, values] : filters) {
    if (!values->empty()) filter_queries.push_back(filter_query(prefix, *values));
  }
  const auto filtered = [&](Xapian::Query query) {
    for (const Xapian::Query& filter : filter_queries) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
    }
    return query;
  };
  const Xapian::Query query = filtered(plan.query);

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(
      Xapian::BM25Weight(options_.ranking.bm25_k1, 0, 1, options_.ranking.bm25_b, 0.5));
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                             static_cast<Xapian::doccount>(request.limit));
  results.total = mset.get_matches_estimated();
  if (!request.facets.empty()) {
    // Facets count a sample of the matches, in document order, so they
    // need no weights: a second, boolean pass lets the ranked one above
    // stop early, and skips the boosts, which match no other articles (the
    // words close together would have their positions read). Its spy sees
    // every match it looks at: at least this many.
    FacetCounter facets(request.facets, caches_->facet_columns.get(request.client, db));
    Xapian::Enquire counting(db);
    counting.set_query(filtered(plan.match_query));
    counting.set_weighting_scheme(Xapian::BoolWeight());
    facets.attach(counting);
    const Xapian::MSet sample =
        counting.get_mset(0, 0, static_cast<Xapian::doccount>(options_.facet_sample));
    results.total = sample.get_matches_estimated();
    const size_t counted = facets.counted();
    results.facets_exact = counted >= sample.get_matches_upper_bound();
    const double scale = results.facets_exact || counted == 0
                             ? 1.0
                             : static_cast<double>(results.total) / static_cast<double>(counted);
    results.facets = facets.facets(options_.max_facet_values, scale);
  }
  const double max_possible = mset.get_max_possible();
  if (max_possible > 0) results.confidence = mset.get_max_attained() / max_possible;
  results.confident = results.confidence >= options_.ranking.confidence_threshold;
  // Read in document order: hits close together share the B-tree blocks on
  // the way to their stored fields, read once (3% fewer block reads in all
  // at 100k articles).
  std::vector<Xapian::MSetIterator> by_docid;
  for (auto it = mset.begin(); it != mset.end(); ++it) by_docid.push_back(it);
  std::sort(by_docid.begin(), by_docid.end(),
            [](const Xapian::MSetIterator& a, const Xapian::MSetIterator& b) { return *a < *b; });
  results.hits.resize(by_docid.size());
  for (const Xapian::MSetIterator& it : by_docid) {
    std::vector<WordSpan> text_words;
    auto stored = load_stored_fields(it.get_document(), {.text = true}, &text_words);
    if (!stored.is_ok()) return stored.status();
    SearchHit& hit = results.hits[it.get_rank() - mset.get_firstitem()];
    hit.snippet = snippet_builder_.build(*stored, plan.terms, text_words);
    hit.score = it.get_weight();
    hit.document = std::move(*stored);
    hit.document.text.clear();
  }
  return results;
}

Status Searcher::warm(const std::string& client) {
  auto db = handles_.get(client);
  if (!db.is_ok()) return db.status();
  try {
    caches_->vocabularies.get(client, **db);
    caches_->facet_columns.get(client, **db);
    caches_->lexicons.get(client, **db);
    caches_->settings.get(client, **db);
  } catch (const Xapian::Error& e) {
    return Status::internal("loading the tables of '" + client + "' failed: " +
                            e.get_description());
  }
  return Status::ok();
}

Result<Document> Searcher::document(const std::string& client, const std::string& id) {
  auto db = handles_.get(client);
  if (!db.is_ok()) return db.status();
  if (!is_valid_article_id(id)) {
    return Status::not_found("no document '" + id + "' in client '" + client + "'", {"", 0, "id"});
  }
  try {
    Xapian::PostingIterator p = (*db)->postlist_begin(DocumentBuilder::id_term(id));
    if (p == (*db)->postlist_end(DocumentBuilder::id_term(id))) {
      return Status::not_found("no document '" + id + "' in client '" + client + "'",
                               {"", 0, "id"});
    }
    return load_stored_fields((*db)->get_document(*p), {.text = true, .body = true});
  } catch (const Xapian::Error& e) {
    return Status::internal("reading '" + id + "' failed: " + e.get_description());
  }
}

Result<ClientSummary> Searcher::client_summary(const std::string& client) {
  auto db = handles_.get(client);
  if (!db.is_ok()) return db.status();
  ClientSummary summary;
  summary.name = client;
  try {
    Xapian::Database& d = **db;
    summary.display_name = d.get_metadata(std::string(format::kMetaClientName));
    summary.default_language = d.get_metadata(std::string(format::kMetaDefaultLanguage));
    summary.documents = d.get_doccount();
    const std::string prefix(format::kPrefixLanguage);
    for (auto t = d.allterms_begin(prefix); t != d.allterms_end(prefix); ++t) {
      const std::string language = (*t).substr(prefix.size());
      if (language.find('-') == std::string::npos) summary.languages.push_back(language);
    }
  } catch (const Xapian::Error& e) {
    return Status::internal("reading client '" + client + "' failed: " + e.get_description());
  }
  return summary;
}

std::vector<ClientSummary> Searcher::list_clients() {
  std::vector<ClientSummary> clients;
  for (const auto& name : catalog_.client_names()) {
    auto summary = client_summary(name);
    if (summary.is_ok()) clients.push_back(std::move(*summary));
  }
  return clients;
}

}  // namespace kb
