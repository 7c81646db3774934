#include "bench/floor_engine.h"

#include <xapian.h>

#include <filesystem>
#include <map>

namespace kb::bench {

namespace {

class FloorRunner : public QueryRunner {
 public:
  explicit FloorRunner(std::string root) : root_(std::move(root)), stemmer_("english") {}

  Result<size_t> run(const BenchQuery& query, QueryMode mode) override {
    try {
      Xapian::Database& db = database(query.client);
      Xapian::QueryParser parser;
      parser.set_database(db);
      parser.set_stemmer(stemmer_);
      parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      // Plain words, as kbsearch reads them: "OR" in a query is a word.
      unsigned flags = 0;
      if (mode == QueryMode::kKeystroke) flags |= Xapian::QueryParser::FLAG_PARTIAL;
      Xapian::Enquire enquire(db);
      enquire.set_query(parser.parse_query(query.text, flags));
      const Xapian::MSet mset = enquire.get_mset(0, 10);
      for (auto it = mset.begin(); it != mset.end(); ++it) it.get_document().get_data();
      return mset.size();
    } catch (const Xapian::Error& e) {
      return Status::internal("floor query '" + query.text + "': " + e.get_description());
    }
  }

 private:
  Xapian::Database& database(const std::string& client) {
    auto it = dbs_.find(client);
    if (it == dbs_.end()) {
      it = dbs_.emplace(client, Xapian::Database((std::filesystem::path(root_) / client).string())).first;
    }
    return it->second;
  }

  std::string root_;
  Xapian::Stem stemmer_;
  std::map<std::string, Xapian::Database> dbs_;
};

}  // namespace

Status FloorEngine::build(const BenchCorpus& corpus) {
  std::error_code ec;
  std::filesystem::create_directories(root_, ec);
  try {
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    for (size_t c = 0; c < corpus.clients.size(); ++c) {
      const std::string path = (std::filesystem::path(root_) / corpus.clients[c].name).string();
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
      for (const Document& doc : corpus.documents[c]) {
        Xapian::Document xdoc;
        generator.set_document(xdoc);
        generator.index_text(doc.title);
        generator.increase_termpos();
        generator.index_text(doc.text);
        xdoc.set_data(doc.id + "\n" + doc.title);
        xdoc.add_boolean_term("Q" + doc.id);
        db.add_document(xdoc);
      }
      db.commit();
    }
  } catch (const Xapian::Error& e) {
    return Status::io_error("floor index under " + root_ + ": " + e.get_description());
  }
  return Status::ok();
}

Result<std::unique_ptr<QueryRunner>> FloorEngine::open_runner() {
  return std::unique_ptr<QueryRunner>(std::make_unique<FloorRunner>(root_));
}

}  // namespace kb::bench
