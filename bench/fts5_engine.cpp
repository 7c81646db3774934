#include "bench/fts5_engine.h"

#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

namespace kb::bench {

namespace {

std::string db_path(const std::string& root, const std::string& client) {
  return (std::filesystem::path(root) / (client + ".sqlite")).string();
}

// Owns one connection; closes it on destruction.
class Connection {
 public:
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { sqlite3_close(db_); }

  Status open(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      return Status::io_error("sqlite: cannot open " + path + ": " + sqlite3_errmsg(db_));
    }
    return Status::ok();
  }
  Status exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      Status s = Status::io_error("sqlite: " + sql + ": " + (error ? error : "failed"));
      sqlite3_free(error);
      return s;
    }
    return Status::ok();
  }
  sqlite3* get() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// Owns one prepared statement.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class Fts5Runner : public QueryRunner {
 public:
  explicit Fts5Runner(std::string root) : root_(std::move(root)) {}

  Result<size_t> run(const BenchQuery& query, QueryMode mode) override {
    auto client = client_state(query.client);
    if (!client.is_ok()) return client.status();
    const std::string match = fts5_match_expression(query.text, mode == QueryMode::kKeystroke);
    if (match.empty()) return size_t{0};
    sqlite3_stmt* stmt = (*client)->search->get();
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, match.c_str(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    size_t rows = 0;
    int rc = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      sqlite3_column_text(stmt, 0);
      sqlite3_column_text(stmt, 1);
      ++rows;
    }
    if (rc != SQLITE_DONE) {
      return Status::internal("fts5 query '" + match + "': " + sqlite3_errmsg((*client)->db.get()));
    }
    return rows;
  }

 private:
  struct ClientState {
    Connection db;
    std::unique_ptr<Statement> search;
  };

  Result<ClientState*> client_state(const std::string& client) {
    auto it = clients_.find(client);
    if (it != clients_.end()) return it->second.get();
    auto state = std::make_unique<ClientState>();
    if (Status s = state->db.open(db_path(root_, client), SQLITE_OPEN_READONLY); !s.is_ok()) return s;
    state->search = std::make_unique<Statement>(
        state->db.get(), "SELECT id, title FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs) LIMIT 10");
    if (!state->search->get()) {
      return Status::internal(std::string("fts5 prepare: ") + sqlite3_errmsg(state->db.get()));
    }
    ClientState* raw = state.get();
    clients_.emplace(client, std::move(state));
    return raw;
  }

  std::string root_;
  std::map<std::string, std::unique_ptr<ClientState>> clients_;
};

}  // namespace

std::string fts5_match_expression(const std::string& text, bool last_is_prefix) {
  std::istringstream words(text);
  std::vector<std::string> quoted;
  std::string word;
  while (words >> word) {
    std::string q = "\"";
    for (char c : word) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted.push_back(q + "\"");
  }
  std::string out;
  for (size_t i = 0; i < quoted.size(); ++i) {
    if (i > 0) out += " OR ";
    out += quoted[i];
    if (last_is_prefix && i + 1 == quoted.size()) out += "*";
  }
  return out;
}

Status Fts5Engine::build(const BenchCorpus& corpus) {
  std::error_code ec;
  std::filesystem::create_directories(root_, ec);
  for (size_t c = 0; c < corpus.clients.size(); ++c) {
    const std::string path = db_path(root_, corpus.clients[c].name);
    std::filesystem::remove(path, ec);
    Connection db;
    if (Status s = db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !s.is_ok()) return s;
    for (const char* sql :
         {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF",
          "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
          "tokenize='porter unicode61 remove_diacritics 2')",
          "BEGIN"}) {
      if (Status s = db.exec(sql); !s.is_ok()) return s;
    }
    Statement insert(db.get(), "INSERT INTO docs(id, title, body) VALUES (?1, ?2, ?3)");
    for (const Document& doc : corpus.documents[c]) {
      sqlite3_stmt* stmt = insert.get();
      sqlite3_reset(stmt);
      sqlite3_bind_text(stmt, 1, doc.id.data(), static_cast<int>(doc.id.size()), SQLITE_STATIC);
      sqlite3_bind_text(stmt, 2, doc.title.data(), static_cast<int>(doc.title.size()), SQLITE_STATIC);
      sqlite3_bind_text(stmt, 3, doc.text.data(), static_cast<int>(doc.text.size()), SQLITE_STATIC);
      if (sqlite3_step(stmt) != SQLITE_DONE) {
        return Status::io_error("sqlite insert into " + path + ": " + sqlite3_errmsg(db.get()));
      }
    }
    if (Status s = db.exec("COMMIT"); !s.is_ok()) return s;
  }
  return Status::ok();
}

Result<std::unique_ptr<QueryRunner>> Fts5Engine::open_runner() {
  return std::unique_ptr<QueryRunner>(std::make_unique<Fts5Runner>(root_));
}

}  // namespace kb::bench
