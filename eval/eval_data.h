// Reading an evaluation set (the format of ../shared/eval, see its README):
// docs.jsonl, queries.jsonl and, optionally, qrels.tsv.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "indexer/common/result.h"

namespace kb::eval {

struct EvalQuery {
  std::string qid;
  std::string text;
  std::string language;
  std::string client;
};

struct EvalSet {
  std::vector<EvalQuery> queries;
  std::vector<EvalQuery> out_of_scope;  // queries_oos.jsonl, when present
  std::map<std::string, std::set<std::string>> relevant;  // qid -> relevant doc ids
  bool has_judgments = false;                              // qrels.tsv was present
};

// Reads dir/queries.jsonl, dir/qrels.tsv (absent: latency only) and
// dir/queries_oos.jsonl (optional).
// InvalidArgument names the file and line of a malformed record.
Result<EvalSet> read_eval_set(const std::string& dir);

// Splits dir/docs.jsonl into a corpus under corpus_dir: one folder per
// client with a client.json (default language: its documents' most common)
// and the client's records, for the normal loader to read.
Status write_eval_corpus(const std::string& docs_jsonl, const std::string& corpus_dir);

}  // namespace kb::eval
