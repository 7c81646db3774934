#include "bench/corpus_maker.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kb::bench {

Result<CorpusMakerSummary> make_corpus_folder(const CorpusMakerOptions& options) {
  auto passages = collect_passages(options.passages);
  if (!passages.is_ok()) return passages.status();
  const std::vector<ScaleArticle> articles = make_scale_articles(*passages, options.corpus);
  if (Status s = write_scale_corpus(articles, options.out_dir, options.corpus); !s.is_ok()) return s;
  const std::vector<BenchQuery> queries = make_queries(articles, options.queries);
  const std::string path = (std::filesystem::path(options.out_dir) / "queries.tsv").string();
  std::ofstream out(path, std::ios::binary);
  out << queries_to_tsv(queries);
  out.close();
  if (!out) return Status::io_error("cannot write " + path);

  CorpusMakerSummary summary;
  summary.passages = passages->size();
  summary.articles = articles.size();
  summary.queries = queries.size();
  for (const auto& a : articles) ++summary.articles_per_language[a.passage.language];
  for (const auto& q : queries) ++summary.queries_per_language[q.language];
  return summary;
}

Result<size_t> parse_count(const std::string& text) {
  auto bad = [&] {
    return Status::invalid_argument("'" + text +
                                    "' is not an article count; give e.g. 10000, 10k, 100k or 1m");
  };
  if (text.empty()) return bad();
  size_t multiplier = 1;
  std::string digits = text;
  const char last = text.back();
  if (last == 'k' || last == 'K') multiplier = 1000;
  if (last == 'm' || last == 'M') multiplier = 1000000;
  if (multiplier > 1) digits.pop_back();
  if (digits.empty() || digits.size() > 9 ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    return bad();
  }
  const size_t n = std::stoull(digits) * multiplier;
  if (n == 0 || n > 100000000) return bad();
  return n;
}

Result<std::vector<BenchQuery>> read_query_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::not_found("cannot read the query set " + path +
                             "; kb-make-scale-corpus writes it next to the corpus");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return queries_from_tsv(text.str(), path);
}

}  // namespace kb::bench
