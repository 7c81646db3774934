// kb-make-scale-corpus: writes a deterministic benchmark corpus of N articles
// and its query set.
#include <cstdio>
#include <cstring>
#include <string>

#include "bench/corpus_maker.h"

namespace {

constexpr const char* kUsage = R"(usage: kb-make-scale-corpus N OUT [--queries N] [--seed N]
                            [--man-root DIR] [--locale-root DIR]

Writes N articles (10000, 10k, 100k, 1m) made from the manual pages and
message catalogs of the installed Debian packages, spread over 5 clients,
into the new folder OUT in kbsearch's corpus format, and the query set drawn
from them to OUT/queries.tsv. The same packages, N and options give the same
bytes.

  --queries N       queries in the set (default 2000)
  --seed N          seed of the article order (default 7)
  --man-root DIR    manual pages (default /usr/share/man)
  --locale-root DIR message catalogs (default /usr/share/locale)
)";

}  // namespace

int main(int argc, char** argv) {
  kb::bench::CorpusMakerOptions options;
  std::string error;
  int positional = 0;
  for (int i = 1; i < argc && error.empty(); ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg.rfind("--", 0) == 0) {
      if (i + 1 >= argc) {
        error = "missing value for " + arg;
        break;
      }
      const std::string value = argv[++i];
      if (arg == "--queries") {
        auto n = kb::bench::parse_count(value);
        if (n.is_ok()) options.queries.count = *n; else error = n.status().message();
      } else if (arg == "--seed") {
        options.corpus.seed = std::strtoull(value.c_str(), nullptr, 10);
      } else if (arg == "--man-root") {
        options.passages.man_root = value;
      } else if (arg == "--locale-root") {
        options.passages.locale_root = value;
      } else {
        error = "unknown flag " + arg;
      }
    } else if (positional == 0) {
      ++positional;
      auto n = kb::bench::parse_count(arg);
      if (n.is_ok()) options.corpus.articles = *n; else error = n.status().message();
    } else if (positional == 1) {
      ++positional;
      options.out_dir = arg;
    } else {
      error = "unexpected argument " + arg;
    }
  }
  if (error.empty() && positional != 2) error = "N and OUT are required";
  if (!error.empty()) {
    std::fprintf(stderr, "kb-make-scale-corpus: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  auto summary = kb::bench::make_corpus_folder(options);
  if (!summary.is_ok()) {
    std::fprintf(stderr, "kb-make-scale-corpus: %s\n", summary.status().to_string().c_str());
    return 1;
  }
  std::printf("%zu articles (from %zu distinct passages), %zu queries in %s\n", summary->articles,
              summary->passages, summary->queries, options.out_dir.c_str());
  for (const auto& [language, n] : summary->articles_per_language) {
    const auto q = summary->queries_per_language.find(language);
    std::printf("  %-6s %8zu articles %6zu queries\n", language.c_str(), n,
                q == summary->queries_per_language.end() ? size_t{0} : q->second);
  }
  return 0;
}
