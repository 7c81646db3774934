// kb-indexer: validates a corpus and brings one Xapian database per client
// up to date.
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <chrono>
#include <string>

#include "indexer/index/corpus_indexer.h"
#include "indexer/index/progress_line.h"

namespace {

constexpr const char* kUsage = R"(usage:
  kb-indexer build --corpus DIR --index DIR [--full] [--strict] [--client NAME]... [--wait S] [--jobs N]
  kb-indexer check --corpus DIR

build   validates every client's articles and brings each client's index up
        to date: only what changed is added, replaced or deleted, all of one
        client in one atomic commit; a run with nothing changed writes
        nothing. A client's first build, and --full, build a new index and
        switch to it atomically. Invalid articles are reported and left out
        (an article that was live stays live); the exit status is then 1.
check   validates only; writes nothing.

  --corpus DIR   corpus root: DIR/<client>/client.json and the client's articles
  --index DIR    index root: one database folder per client is kept here
  --full         rebuild every article from scratch (also: --force)
  --strict       publish nothing when any file is invalid
  --client NAME  only this client (repeatable)
  --wait S       wait up to S seconds for another writer of a client (default 0)
  --jobs N       threads (default: one per core): clients built in parallel,
                 largest first; the rebuild of a big client, or of the last
                 ones, is split among several writers
exit status: 0 all good, 1 some articles rejected, 2 usage error, 3 the run failed
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
    std::string number;
    if (arg == "--corpus") {
      if (!value(&flags->options.corpus_root)) return false;
    } else if (arg == "--index") {
      if (!value(&flags->options.index_root)) return false;
    } else if (arg == "--strict") {
      flags->options.strict = true;
    } else if (arg == "--full" || arg == "--force") {
      flags->options.force = true;
    } else if (arg == "--client") {
      if (!value(&number)) return false;
      flags->options.only_clients.push_back(number);
    } else if (arg == "--wait") {
      if (!value(&number)) return false;
      flags->options.lock.wait =
          std::chrono::milliseconds(static_cast<long>(std::strtod(number.c_str(), nullptr) * 1000));
    } else if (arg == "--jobs") {
      if (!value(&number)) return false;
      flags->options.jobs = static_cast<unsigned>(std::strtoul(number.c_str(), nullptr, 10));
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

const char* mode_name(kb::ClientBuildSummary::Mode mode) {
  switch (mode) {
    case kb::ClientBuildSummary::Mode::kUnchanged: return "unchanged, nothing written";
    case kb::ClientBuildSummary::Mode::kIncremental: return "updated in place";
    case kb::ClientBuildSummary::Mode::kFull: return "rebuilt";
  }
  return "";
}

void print_report(const std::string& command, const kb::CorpusReport& report) {
  for (const auto& error : report.rejected) std::cerr << error.to_string() << "\n";
  kb::ClientBuildSummary total;
  for (const auto& client : report.clients) {
    total.documents += client.documents;
    total.added += client.added;
    total.replaced += client.replaced;
    total.deleted += client.deleted;
    total.unchanged += client.unchanged;
    std::printf("%-20s %5zu documents  (", client.client.c_str(), client.documents);
    bool first = true;
    for (const auto& [language, count] : client.documents_per_language) {
      std::printf("%s%s %zu", first ? "" : ", ", language.c_str(), count);
      first = false;
    }
    if (command == "check") {
      std::printf(")  valid\n");
    } else {
      const std::string writers =
          client.writers > 1 ? " by " + std::to_string(client.writers) + " writers" : "";
      std::printf(")  %s%s: %zu added, %zu replaced, %zu deleted, %zu unchanged\n",
                  mode_name(client.mode), writers.c_str(), client.added, client.replaced,
                  client.deleted, client.unchanged);
    }
  }
  if (command == "build" && !report.published_nothing_strict) {
    std::printf("%zu clients: %zu added, %zu replaced, %zu deleted, %zu unchanged, %zu rejected; "
                "%zu documents live, %.2f s\n",
                report.clients.size(), total.added, total.replaced, total.deleted,
                total.unchanged, report.rejected.size(), total.documents, report.seconds);
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
  flags.options.lock.holder = "kb-indexer";
  kb::IndexProgress progress;
  flags.options.progress = &progress;
  kb::CorpusReport report;
  {
    kb::ProgressLine line(progress, {.out = stderr, .terminal = isatty(STDERR_FILENO) == 1});
    report = flags.command == "build" ? kb::build_corpus(flags.options)
                                      : kb::check_corpus(flags.options);
  }
  print_report(flags.command, report);
  if (!report.failure.is_ok()) {
    std::fprintf(stderr, "kb-indexer: %s\n", report.failure.to_string().c_str());
    return 3;
  }
  return report.rejected.empty() ? 0 : 1;
}
