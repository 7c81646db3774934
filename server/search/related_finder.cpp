#include "server/search/related_finder.h"

#include "indexer/common/names.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/stored_fields.h"

namespace kb {

namespace {

// Free-text terms (unprefixed: prefixes are upper-case ASCII, analyzed words
// never are) that some other article shares: a word only this article has
// would get the highest expand weight and find nothing.
class SharedWords : public Xapian::ExpandDecider {
 public:
  explicit SharedWords(const Xapian::Database& db) : db_(db) {}

  bool operator()(const std::string& term) const override {
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) return false;
    return db_.get_termfreq(term) >= 2;
  }

 private:
  const Xapian::Database& db_;
};

}  // namespace

Result<RelatedArticles> RelatedFinder::related(const RelatedRequest& request) {
  if (request.limit < 1 || request.limit > options_.max_limit) {
    return Status::invalid_argument(
        "limit must be between 1 and " + std::to_string(options_.max_limit), {"", 0, "limit"});
  }
  auto db = handles_.get(request.client);
  if (!db.is_ok()) return db.status();
  if (!is_valid_article_id(request.id)) {
    return Status::not_found(
        "no document '" + request.id + "' in client '" + request.client + "'", {"", 0, "id"});
  }
  try {
    return find(request, **db);
  } catch (const Xapian::Error& e) {
    return Status::internal("related articles of '" + request.id + "' failed: " +
                            e.get_description());
  }
}

Result<RelatedArticles> RelatedFinder::find(const RelatedRequest& request,
                                            const Xapian::Database& db) {
  const std::string id_term = DocumentBuilder::id_term(request.id);
  Xapian::PostingIterator p = db.postlist_begin(id_term);
  if (p == db.postlist_end(id_term)) {
    return Status::not_found(
        "no document '" + request.id + "' in client '" + request.client + "'", {"", 0, "id"});
  }
  RelatedArticles out;
  out.client = request.client;
  out.id = request.id;

  Xapian::RSet rset;
  rset.add_document(*p);
  Xapian::Enquire enquire(db);
  const SharedWords decider(db);
  const Xapian::ESet eset = enquire.get_eset(options_.expand_terms, rset, &decider);
  if (eset.empty()) return out;

  std::vector<Xapian::Query> words;
  for (auto it = eset.begin(); it != eset.end(); ++it) {
    words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), it.get_weight());
  }
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT,
                                  Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                                  Xapian::Query(id_term)));
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(request.limit));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto stored = load_stored_fields(it.get_document(), {});
    if (!stored.is_ok()) return stored.status();
    SearchHit hit;
    hit.document = std::move(*stored);
    hit.score = it.get_weight();
    out.articles.push_back(std::move(hit));
  }
  return out;
}

}  // namespace kb
