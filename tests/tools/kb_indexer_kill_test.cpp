// kb-indexer killed with SIGKILL mid-run (issue 5), for real: a child
// process killed at several points of an incremental and of a --full run
// leaves every client's database readable and at the old or the new state,
// never a mix, and the next run finishes the job.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <thread>

#include "indexer/index/catalog.h"
#include "indexer/index/corpus_indexer.h"
#include "indexer/index/index_format.h"
#include "tests/test_util.h"
#include "tests/tools/command.h"

extern char** environ;

namespace kb {
namespace {

// Big enough that a build takes a few hundred ms on two idle cores.
constexpr int kClients = 4;
constexpr int kFilesPerClient = 4;
constexpr int kArticlesPerFile = 60;
constexpr int kArticles = kFilesPerClient * kArticlesPerFile;  // per client
constexpr int kShift = 10;  // the new state drops the first ids and adds as many

const char* const kWords[] = {
    "account",  "balance",   "card", "blocked",  "payment",  "refund",   "order",   "delivery",
    "network",  "signal",    "sim",  "recharge", "plan",     "roaming",  "branch",  "loan",
    "interest", "statement", "otp",  "password", "reset",    "wallet",   "upi",     "transfer",
    "limit",    "charge",    "fee",  "return",   "exchange", "warranty", "invoice", "address"};

std::string client_name(int c) { return "client" + std::to_string(c); }

// The marker word every article body starts with: which state it is from.
std::string marker(int version) { return version == 0 ? "oldmarker" : "newmarker"; }

// Writes every client's corpus in `version`: the same text but for the
// marker, and ids shifted by kShift, so an index holds exactly one version's
// ids and markers or is a mix.
void write_corpus(const testing::TempDir& corpus, int version) {
  std::uint32_t seed = 12345;
  auto next_word = [&] {
    seed = seed * 1664525u + 1013904223u;
    const std::uint32_t r = seed >> 8;
    std::string word = kWords[r % std::size(kWords)];
    if (r % 5 == 0) word += std::to_string(r % 997);  // a long tail of rarer terms
    return word;
  };
  for (int c = 0; c < kClients; ++c) {
    corpus.write(client_name(c) + "/client.json",
                 R"({"name": "Client )" + std::to_string(c) + R"(", "default_language": "en"})");
    for (int f = 0; f < kFilesPerClient; ++f) {
      std::string lines;
      for (int i = 0; i < kArticlesPerFile; ++i) {
        const int n = version * kShift + f * kArticlesPerFile + i;
        std::string body = marker(version);
        for (int w = 0; w < 60; ++w) body += " " + next_word();
        lines += R"({"id": "a)" + std::to_string(n) + R"(", "title": "Help with )" + next_word() +
                 " " + next_word() + R"(", "body": ")" + body + "\"}\n";
      }
      corpus.write(client_name(c) + "/faq-" + std::to_string(f) + ".jsonl", lines);
    }
  }
}

// "old" or "new" when `client`'s live database is readable and holds
// exactly that version's articles; otherwise what is wrong with it.
std::string state_of(const std::string& index_root, const std::string& client) {
  auto opened = Catalog(index_root).open(client);
  if (!opened.is_ok()) return "cannot open: " + opened.status().to_string();
  try {
    // Xapian's own checker in its own process: Database::check() in this
    // one trips ASan's new/delete size check inside libxapian (not ours).
    const std::string check = "xapian-check '" + opened->generation + "' >/dev/null 2>&1";
    if (std::system(check.c_str()) != 0) return "xapian-check found errors in " + opened->generation;
    const Xapian::Database& db = opened->db;
    std::set<int> versions;
    std::set<std::string> ids;
    const std::string id_prefix(format::kPrefixId);
    for (auto t = db.allterms_begin(id_prefix); t != db.allterms_end(id_prefix); ++t) {
      ids.insert((*t).substr(id_prefix.size()));
    }
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
      const std::string body = db.get_document(*p).get_value(format::kSlotBody);
      versions.insert(body.rfind(marker(0), 0) == 0 ? 0 : body.rfind(marker(1), 0) == 0 ? 1 : -1);
    }
    if (versions.size() != 1 || *versions.begin() < 0) {
      return "a mix of markers (" + std::to_string(versions.size()) + " kinds)";
    }
    const int version = *versions.begin();
    std::set<std::string> expected;
    for (int n = version * kShift; n < version * kShift + kArticles; ++n) {
      expected.insert("a" + std::to_string(n));
    }
    if (db.get_doccount() != static_cast<Xapian::doccount>(kArticles) || ids != expected) {
      return marker(version) + " with " + std::to_string(db.get_doccount()) + " articles, " +
             std::to_string(ids.size()) + " ids: a mix of ids";
    }
    return version == 0 ? "old" : "new";
  } catch (const Xapian::Error& e) {
    return "Xapian: " + e.get_description();
  }
}

// Starts build/bin/kb-indexer with `args`, its output thrown away.
pid_t spawn_indexer(const std::vector<std::string>& args) {
  const std::string tool = std::string(KB_BINARY_DIR) + "/bin/kb-indexer";
  std::vector<char*> argv{const_cast<char*>(tool.c_str())};
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, tool.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// Waits up to `limit` for `pid` to exit, SIGKILLs it if it has not; its
// wait status.
int kill_after(pid_t pid, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) return status;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (waitpid(pid, &status, WNOHANG) == pid) return status;
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return status;
}

class KbIndexerKillTest : public ::testing::Test {
 protected:
  // The old state is built once (in process) and copied for every run;
  // the corpus is then left at the new state.
  static void SetUpTestSuite() {
    corpus_ = new testing::TempDir;
    old_index_ = new testing::TempDir;
    write_corpus(*corpus_, 0);
    CorpusIndexerOptions options;
    options.corpus_root = corpus_->path().string();
    options.index_root = old_index_->path().string();
    const CorpusReport report = build_corpus(options);
    ASSERT_TRUE(report.ok()) << report.failure.to_string();
    write_corpus(*corpus_, 1);
  }
  static void TearDownTestSuite() {
    delete corpus_;
    delete old_index_;
  }

  std::vector<std::string> args(const testing::TempDir& index, bool full) const {
    std::vector<std::string> a{"build", "--corpus", corpus_->path().string(), "--index",
                               index.path().string()};
    if (full) a.push_back("--full");
    return a;
  }

  // Kills runs from the old state after 25, 50, 100 ... ms until one ends
  // on its own (while loading, writing, between two clients' commits);
  // after every kill each client is at the old or the new state. Then a run
  // on the index of the last kill finishes the job.
  void kill_at_several_points(bool full) {
    std::unique_ptr<testing::TempDir> last_killed;
    int kills = 0;
    for (int delay_ms = 25;; delay_ms *= 2) {
      ASSERT_LT(delay_ms, 30000) << "kb-indexer never finished";
      auto index = std::make_unique<testing::TempDir>();
      std::filesystem::copy(
          old_index_->path(), index->path(),
          std::filesystem::copy_options::recursive | std::filesystem::copy_options::copy_symlinks);
      const pid_t pid = spawn_indexer(args(*index, full));
      ASSERT_GT(pid, 0);
      const int status = kill_after(pid, std::chrono::milliseconds(delay_ms));
      if (WIFEXITED(status)) {  // it finished: so would every later kill
        EXPECT_EQ(WEXITSTATUS(status), 0) << "after " << delay_ms << " ms";
        for (int c = 0; c < kClients; ++c) {
          EXPECT_EQ(state_of(index->path().string(), client_name(c)), "new");
        }
        break;
      }
      ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
      ++kills;
      for (int c = 0; c < kClients; ++c) {
        const std::string state = state_of(index->path().string(), client_name(c));
        EXPECT_TRUE(state == "old" || state == "new")
            << client_name(c) << " after a kill at " << delay_ms << " ms: " << state;
      }
      last_killed = std::move(index);
    }
    ASSERT_GE(kills, 2) << "too few kills landed mid-run: make the corpus bigger";

    const testing::CommandResult r =
        testing::run_tool("kb-indexer", "build --corpus " + corpus_->path().string() + " --index " +
                                            last_killed->path().string() + (full ? " --full" : ""));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (int c = 0; c < kClients; ++c) {
      EXPECT_EQ(state_of(last_killed->path().string(), client_name(c)), "new")
          << "the next run finishes";
    }
  }

  static testing::TempDir* corpus_;
  static testing::TempDir* old_index_;
};

testing::TempDir* KbIndexerKillTest::corpus_ = nullptr;
testing::TempDir* KbIndexerKillTest::old_index_ = nullptr;

TEST_F(KbIndexerKillTest, AnIncrementalRunKilledAnywhereLeavesOldOrNewAndTheNextRunFinishes) {
  kill_at_several_points(/*full=*/false);
}

TEST_F(KbIndexerKillTest, AFullRunKilledAnywhereLeavesOldOrNewAndTheNextRunFinishes) {
  kill_at_several_points(/*full=*/true);
}

}  // namespace
}  // namespace kb
