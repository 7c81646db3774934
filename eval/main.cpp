// kb-eval: measures ranking quality and search latency on an evaluation set.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "eval/eval_runner.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-eval --data DIR [options]

Indexes DIR/docs.jsonl (one database per client), runs DIR/queries.jsonl
through the searcher, and prints MRR@10, nDCG@10 and Recall@10 per client and
overall (last line), and the single-thread search latency. Without
DIR/qrels.tsv only latency is measured.

  --data DIR              evaluation set (required)
  --work DIR              scratch folder (default: a new folder under /tmp, removed after)
  --weights T,G,S,B       field weights title,tags,steps,body (default 3,2,2,1)
  --title-weight X        weight of the title-only subquery (default 1.0)
  --proximity-weight X    weight of the words-close-together subquery (default 1.0)
  --k1 X  --b X           BM25 parameters (default 1.2, 0.75)
  --translit-weight X     weight of cross-script matches (default 0.7; 0 = off, and no lexicon)
  --romanizer-without R   switch one folding rule of the romanized keys off (repeatable):
                          aspirates sibilants vowel_length doubles w_v z_j medial_a
                          bengali_o tamil_voicing y_as_i final_ng final_nasal e_i final_ge
)";

// The RomanizerRules flag a rule name of --romanizer-without turns off.
bool* romanizer_rule(kb::RomanizerRules* rules, const std::string& name) {
  if (name == "aspirates") return &rules->merge_aspirates;
  if (name == "sibilants") return &rules->merge_sibilants;
  if (name == "vowel_length") return &rules->merge_vowel_length;
  if (name == "doubles") return &rules->collapse_doubles;
  if (name == "w_v") return &rules->merge_w_v;
  if (name == "z_j") return &rules->merge_z_j;
  if (name == "medial_a") return &rules->drop_medial_a;
  if (name == "bengali_o") return &rules->bengali_drop_medial_o;
  if (name == "tamil_voicing") return &rules->tamil_voicing;
  if (name == "y_as_i") return &rules->y_as_i;
  if (name == "final_ng") return &rules->final_ng_as_n;
  if (name == "final_nasal") return &rules->untyped_final_nasal;
  if (name == "e_i") return &rules->merge_e_i;
  if (name == "final_ge") return &rules->final_ge_as_j;
  return nullptr;
}

bool parse_weights(const std::string& s, kb::FieldWeights* w) {
  unsigned t, g, st, b;
  if (std::sscanf(s.c_str(), "%u,%u,%u,%u", &t, &g, &st, &b) != 4) return false;
  *w = {t, g, st, b};
  return true;
}

void print_scores(const char* label, const std::string& name, const kb::eval::RankingScores& s,
                  size_t queries) {
  std::printf("%s%s%s mrr@10=%.3f ndcg@10=%.3f recall@10=%.3f queries=%zu\n", label,
              name.empty() ? "" : " ", name.c_str(), s.reciprocal_rank, s.ndcg, s.recall, queries);
}

}  // namespace

int main(int argc, char** argv) {
  kb::eval::EvalOptions options;
  std::string work;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "kb-eval: %s needs a value\n%s", arg.c_str(), kUsage);
      return 2;
    }
    const std::string value = argv[++i];
    auto& ranking = options.searcher.ranking;
    if (arg == "--data") {
      options.data_dir = value;
    } else if (arg == "--work") {
      work = value;
    } else if (arg == "--weights") {
      if (!parse_weights(value, &options.weights)) {
        std::fprintf(stderr, "kb-eval: --weights wants four integers like 3,2,2,1\n");
        return 2;
      }
    } else if (arg == "--title-weight") {
      ranking.title_weight = std::atof(value.c_str());
    } else if (arg == "--proximity-weight") {
      ranking.proximity_weight = std::atof(value.c_str());
    } else if (arg == "--k1") {
      ranking.bm25_k1 = std::atof(value.c_str());
    } else if (arg == "--b") {
      ranking.bm25_b = std::atof(value.c_str());
    } else if (arg == "--translit-weight") {
      ranking.transliteration_weight = std::atof(value.c_str());
    } else if (arg == "--romanizer-without") {
      bool* rule = romanizer_rule(&options.searcher.romanizer, value);
      if (!rule) {
        std::fprintf(stderr, "kb-eval: no romanizer rule '%s'\n%s", value.c_str(), kUsage);
        return 2;
      }
      *rule = false;
    } else {
      std::fprintf(stderr, "kb-eval: unknown flag %s\n%s", arg.c_str(), kUsage);
      return 2;
    }
  }
  if (options.data_dir.empty()) {
    std::fprintf(stderr, "kb-eval: --data is required\n%s", kUsage);
    return 2;
  }
  const bool temporary = work.empty();
  if (temporary) {
    char tmpl[] = "/tmp/kb-eval-XXXXXX";
    if (!mkdtemp(tmpl)) {
      std::perror("kb-eval: mkdtemp");
      return 1;
    }
    work = tmpl;
  }
  options.work_dir = work;

  auto report = kb::eval::run_eval(options);
  if (temporary) std::filesystem::remove_all(work);
  if (!report.is_ok()) {
    std::fprintf(stderr, "kb-eval: %s\n", report.status().to_string().c_str());
    return 1;
  }
  std::printf("indexed documents=%zu rejected=%zu seconds=%.2f\n", report->documents,
              report->rejected_documents, report->index_seconds);
  const auto& lat = report->latencies_ms;
  std::printf("latency p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f queries=%zu\n",
              kb::eval::percentile(lat, 50), kb::eval::percentile(lat, 95),
              kb::eval::percentile(lat, 99), lat.size());
  if (report->judged_queries > 0) {
    for (const auto& client : report->clients) {
      print_scores("client", client.client, client.mean, client.queries);
    }
    print_scores("overall", "", report->overall, report->judged_queries);
  }
  return 0;
}
