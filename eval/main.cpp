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
  --title-weight X        weight of the title-only subquery (default 0.5)
  --proximity-weight X    weight of the words-close-together subquery (default 1.0)
  --proximity-max-share X leave words in more than this share of a client's articles out
                          of that subquery (default 0.05; 1 = keep every word)
  --k1 X  --b X           BM25 parameters (default 1.2, 0.2)
  --translit-weight X     weight of cross-script matches (default 0.7; 0 = off, and no lexicon)
  --typos N               N random edits per query (insert, delete, substitute, swap) in
                          words of 4+ characters (default 0)
  --seed S                seed of --typos (default 1)
  --prefix [N]            cut each query's last word to its first N characters (3 when
                          N is left out), as typed mid-word (default: off)
  --typo-weight X  --prefix-weight X  --synonym-weight X
                          weights of typo corrections, completions and synonyms
                          (default 0.6, 0.7, 0.8; 0 = off)
  --rare-word-articles N  also correct a known word in at most N articles (default 2; 0:
                          only unknown words)
  --confidence X          confidence threshold (default 0.1)
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

// For thresholds around the chosen one: how many out-of-scope queries are
// caught (not confident) and how many answerable ones are wrongly flagged.
void print_confidence_sweep(const kb::eval::EvalReport& report, double chosen) {
  if (report.out_of_scope_confidence.empty()) return;
  auto below = [](const std::vector<double>& values, double threshold) {
    size_t n = 0;
    for (double v : values) n += v < threshold ? 1 : 0;
    return n;
  };
  for (double t : {0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, chosen}) {
    std::printf("confidence threshold=%.2f%s oos_caught=%zu/%zu in_scope_flagged=%zu/%zu\n", t,
                t == chosen ? " (chosen)" : "", below(report.out_of_scope_confidence, t),
                report.out_of_scope_confidence.size(), below(report.in_scope_confidence, t),
                report.in_scope_confidence.size());
  }
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
    // --prefix alone is the issue's mid-word cut: 3 characters.
    if (arg == "--prefix" && (i + 1 >= argc || argv[i + 1][0] == '-')) {
      options.prefix_graphemes = 3;
      continue;
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
    } else if (arg == "--proximity-max-share") {
      ranking.proximity_max_share = std::atof(value.c_str());
    } else if (arg == "--k1") {
      ranking.bm25_k1 = std::atof(value.c_str());
    } else if (arg == "--b") {
      ranking.bm25_b = std::atof(value.c_str());
    } else if (arg == "--translit-weight") {
      ranking.transliteration_weight = std::atof(value.c_str());
    } else if (arg == "--typos") {
      options.typos = static_cast<size_t>(std::atoi(value.c_str()));
    } else if (arg == "--seed") {
      options.seed = std::strtoull(value.c_str(), nullptr, 10);
    } else if (arg == "--prefix") {
      options.prefix_graphemes = static_cast<size_t>(std::atoi(value.c_str()));
    } else if (arg == "--typo-weight") {
      ranking.typo_weight = std::atof(value.c_str());
    } else if (arg == "--prefix-weight") {
      ranking.prefix_weight = std::atof(value.c_str());
    } else if (arg == "--synonym-weight") {
      ranking.synonym_weight = std::atof(value.c_str());
    } else if (arg == "--rare-word-articles") {
      ranking.rare_word_articles = static_cast<uint32_t>(std::atoi(value.c_str()));
    } else if (arg == "--confidence") {
      ranking.confidence_threshold = std::atof(value.c_str());
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
  print_confidence_sweep(*report, options.searcher.ranking.confidence_threshold);
  return 0;
}
