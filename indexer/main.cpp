// kb-indexer: validates a corpus and builds one Xapian database per client.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "indexer/index/corpus_indexer.h"

namespace {

constexpr const char* kUsage = R"(usage:
  kb-indexer build --corpus DIR --index DIR [--strict] [--force] [--jobs N]
  kb-indexer check --corpus DIR

build   validates every client's articles and publishes a new index for each
        client whose files changed. Invalid files are reported and left out;
        the exit status is then 1. The live index is never left half-written.
check   validates only; writes nothing.

  --corpus DIR  corpus root: DIR/<client>/client.json and the client's articles
  --index DIR   index root: one database folder per client is kept here
  --strict      publish nothing when any file is invalid
  --force       rebuild clients whose files did not change
  --jobs N      clients built in parallel (default: one per core)
exit status: 0 all good, 1 some files rejected, 2 usage error, 3 the run failed
)";

struct Flags {
  std::string command;
  kb::CorpusIndexerOptions options;
};

bool parse_flags(int argc, char** argv, Flags* flags, std::string* error) {
  if (argc < 2) {
    *error = "missing command";
    return false;
  }
  flags->command = argv[1];
  if (flags->command != "build" && flags->command != "check") {
    *error = "unknown command '" + flags->command + "'";
    return false;
  }
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) {
        *error = arg + " needs a value";
        return false;
      }
      *out = argv[++i];
      return true;
    };
    std::string jobs;
    if (arg == "--corpus") {
      if (!value(&flags->options.corpus_root)) return false;
    } else if (arg == "--index") {
      if (!value(&flags->options.index_root)) return false;
    } else if (arg == "--strict") {
      flags->options.strict = true;
    } else if (arg == "--force") {
      flags->options.force = true;
    } else if (arg == "--jobs") {
      if (!value(&jobs)) return false;
      flags->options.jobs = static_cast<unsigned>(std::strtoul(jobs.c_str(), nullptr, 10));
    } else {
      *error = "unknown flag '" + arg + "'";
      return false;
    }
  }
  if (flags->options.corpus_root.empty()) {
    *error = "--corpus is required";
    return false;
  }
  if (flags->command == "build" && flags->options.index_root.empty()) {
    *error = "--index is required for build";
    return false;
  }
  return true;
}

void print_report(const std::string& command, const kb::CorpusReport& report) {
  for (const auto& error : report.rejected) std::cerr << error.to_string() << "\n";
  size_t total = 0;
  for (const auto& client : report.clients) {
    total += client.documents;
    const char* state = command == "check" ? "valid" : client.unchanged ? "unchanged" : "published";
    std::printf("%-20s %5zu documents  %s  (", client.client.c_str(), client.documents, state);
    bool first = true;
    for (const auto& [language, count] : client.documents_per_language) {
      std::printf("%s%s %zu", first ? "" : ", ", language.c_str(), count);
      first = false;
    }
    std::printf(")\n");
  }
  if (command == "build" && !report.published_nothing_strict) {
    std::printf("%zu documents in %zu clients, %zu files rejected, %.2f s\n", total,
                report.clients.size(), report.rejected.size(), report.seconds);
  }
  if (report.published_nothing_strict) {
    std::fprintf(stderr, "kb-indexer: --strict: %zu errors, nothing published\n",
                 report.rejected.size());
  } else if (command == "check") {
    std::printf("%s: %zu errors\n", report.rejected.empty() ? "valid" : "invalid",
                report.rejected.size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  Flags flags;
  std::string error;
  if (!parse_flags(argc, argv, &flags, &error)) {
    std::fprintf(stderr, "kb-indexer: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  const kb::CorpusReport report = flags.command == "build" ? kb::build_corpus(flags.options)
                                                           : kb::check_corpus(flags.options);
  print_report(flags.command, report);
  if (!report.failure.is_ok()) {
    std::fprintf(stderr, "kb-indexer: %s\n", report.failure.to_string().c_str());
    return 3;
  }
  return report.rejected.empty() ? 0 : 1;
}
