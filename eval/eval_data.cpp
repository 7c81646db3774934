#include "eval/eval_data.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/common/names.h"

namespace kb::eval {

namespace fs = std::filesystem;

namespace {

// The queries of a queries.jsonl file; a missing file is NotFound.
Status read_queries(const std::string& path, std::vector<EvalQuery>* out) {
  std::ifstream queries(path);
  if (!queries) return Status::not_found("cannot read " + path);
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(queries, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      out->push_back({j.at("qid").get<std::string>(), j.at("text").get<std::string>(),
                      j.value("language", ""), j.at("client").get<std::string>()});
    } catch (const nlohmann::json::exception& e) {
      return Status::invalid_argument(e.what(), {path, line_no, ""});
    }
  }
  return Status::ok();
}

}  // namespace

Result<EvalSet> read_eval_set(const std::string& dir) {
  EvalSet set;
  if (Status s = read_queries((fs::path(dir) / "queries.jsonl").string(), &set.queries);
      !s.is_ok()) {
    return s;
  }
  const std::string oos_path = (fs::path(dir) / "queries_oos.jsonl").string();
  if (fs::exists(oos_path)) {
    if (Status s = read_queries(oos_path, &set.out_of_scope); !s.is_ok()) return s;
  }
  std::string line;
  uint32_t line_no = 0;

  const std::string qrels_path = (fs::path(dir) / "qrels.tsv").string();
  std::ifstream qrels(qrels_path);
  if (!qrels) return set;
  set.has_judgments = true;
  line_no = 0;
  while (std::getline(qrels, line)) {
    ++line_no;
    std::istringstream fields(line);
    std::string qid, doc;
    int grade = 0;
    if (!(fields >> qid >> doc >> grade)) {
      return Status::invalid_argument("expected qid<TAB>docid<TAB>grade", {qrels_path, line_no, ""});
    }
    if (grade > 0) set.relevant[qid].insert(doc);
  }
  return set;
}

Status write_eval_corpus(const std::string& docs_jsonl, const std::string& corpus_dir) {
  std::ifstream in(docs_jsonl);
  if (!in) return Status::not_found("cannot read " + docs_jsonl);
  std::map<std::string, std::ofstream> outputs;
  std::map<std::string, std::map<std::string, size_t>> languages;
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string client;
    try {
      auto j = nlohmann::json::parse(line);
      client = j.at("client").get<std::string>();
      ++languages[client][j.value("language", "")];
      // Evaluation sets write absent optional fields as "" (url); the
      // schema does not allow that for real articles, so drop them here.
      for (const char* field : {"url", "language"}) {
        if (j.contains(field) && j[field] == "") j.erase(field);
      }
      line = j.dump();
    } catch (const nlohmann::json::exception& e) {
      return Status::invalid_argument(e.what(), {docs_jsonl, line_no, ""});
    }
    if (!is_valid_client_name(client)) {
      return Status::invalid_argument("invalid client name '" + client + "'",
                                      {docs_jsonl, line_no, "client"});
    }
    auto it = outputs.find(client);
    if (it == outputs.end()) {
      fs::create_directories(fs::path(corpus_dir) / client);
      it = outputs.emplace(client, std::ofstream(fs::path(corpus_dir) / client / "docs.jsonl"))
               .first;
    }
    it->second << line << "\n";
  }
  for (const auto& [client, counts] : languages) {
    std::string language = "en";
    size_t best = 0;
    for (const auto& [tag, n] : counts) {
      if (n > best && !tag.empty()) {
        best = n;
        language = tag;
      }
    }
    std::ofstream meta(fs::path(corpus_dir) / client / "client.json");
    meta << nlohmann::json{{"name", client}, {"default_language", language}}.dump() << "\n";
  }
  return Status::ok();
}

}  // namespace kb::eval
