#include "bench/bench_flags.h"

#include <cstdio>
#include <cstring>
#include <sstream>

#include "bench/corpus_maker.h"

namespace kb::bench {

bool parse_bench_flags(int argc, char** argv, SizeBenchmarkOptions* options, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-parallel-build") {
      options->parallel_build = false;
      continue;
    }
    if (i + 1 >= argc) {
      *error = "unknown flag or missing value: " + arg;
      return false;
    }
    const std::string value = argv[++i];
    auto count = [&](size_t* out) {
      auto n = parse_count(value);
      if (!n.is_ok()) *error = arg + ": " + n.status().message();
      if (n.is_ok()) *out = *n;
      return n.is_ok();
    };
    size_t n = 0;
    if (arg == "--corpus") {
      options->corpus_root = value;
    } else if (arg == "--work") {
      options->work_dir = value;
    } else if (arg == "--queries") {
      options->queries_path = value;
    } else if (arg == "--label") {
      options->label = value;
    } else if (arg == "--engines") {
      options->engines.clear();
      std::istringstream names(value);
      std::string name;
      while (std::getline(names, name, ',')) options->engines.push_back(name);
    } else if (arg == "--typed") {
      if (!count(&options->run.typed_queries)) return false;
    } else if (arg == "--warmup") {
      if (!count(&options->run.warmup_queries)) return false;
    } else if (arg == "--threads") {
      if (!count(&n)) return false;
      options->run.threads = static_cast<unsigned>(n);
    } else {
      *error = "unknown flag " + arg;
      return false;
    }
  }
  if (options->corpus_root.empty() || options->work_dir.empty()) {
    *error = "--corpus and --work are required";
    return false;
  }
  return true;
}

int run_bench_tool(int argc, char** argv, const char* tool, const char* usage,
                   void (*adjust)(SizeBenchmarkOptions*)) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::fputs(usage, stdout);
      return 0;
    }
  }
  SizeBenchmarkOptions options;
  options.progress = [tool](const std::string& line) {
    std::fprintf(stderr, "%s: %s\n", tool, line.c_str());
  };
  std::string error;
  if (!parse_bench_flags(argc, argv, &options, &error)) {
    std::fprintf(stderr, "%s: %s\n%s", tool, error.c_str(), usage);
    return 2;
  }
  if (adjust) adjust(&options);
  auto report = run_size_benchmark(options);
  if (!report.is_ok()) {
    std::fprintf(stderr, "%s: %s\n", tool, report.status().to_string().c_str());
    return 1;
  }
  std::fputs(markdown_report(*report).c_str(), stdout);
  return 0;
}

}  // namespace kb::bench
