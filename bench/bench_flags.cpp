#include "bench/bench_flags.h"

#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

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
    // A number of queries or threads, at least `least`.
    auto count = [&](size_t least, size_t* out) {
      const bool digits = !value.empty() && value.size() <= 9 &&
                          value.find_first_not_of("0123456789") == std::string::npos;
      if (!digits || std::stoull(value) < least) {
        *error = arg + ": '" + value + "' is not a whole number of at least " +
                 std::to_string(least);
        return false;
      }
      *out = std::stoull(value);
      return true;
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
      if (!count(0, &options->run.typed_queries)) return false;
    } else if (arg == "--warmup") {
      if (!count(0, &options->run.warmup_queries)) return false;
    } else if (arg == "--threads") {
      if (!count(1, &n)) return false;
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
