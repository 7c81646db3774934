#include "indexer/index/progress_line.h"

#include <sys/stat.h>

#include <cstdio>
#include <memory>
#include <thread>

#include "tests/test_util.h"

namespace kb {
namespace {

TEST(ProgressLineTest, FormatsDoneTotalRateAndTimeLeft) {
  EXPECT_EQ(ProgressLine::format(1200, 5000, 1.0), "1200/5000 documents  1200/s  3 s left");
  EXPECT_EQ(ProgressLine::format(500, 5000, 2.0), "500/5000 documents  250/s  18 s left");
  EXPECT_EQ(ProgressLine::format(100, 100, 4.0), "100/100 documents  25/s  0 s left");
}

TEST(ProgressLineTest, NoTimeLeftWithoutARateOrPastTheTotal) {
  EXPECT_EQ(ProgressLine::format(0, 100, 3.0), "0/100 documents  0/s");
  EXPECT_EQ(ProgressLine::format(10, 100, 0), "10/100 documents  0/s");
  EXPECT_EQ(ProgressLine::format(120, 100, 1.0), "120/100 documents  120/s");
}

// Where a ProgressLine writes in a test: a temporary file, read back whole.
class ProgressOutput {
 public:
  ProgressOutput() : file_(std::tmpfile(), &std::fclose) {}
  std::FILE* file() const { return file_.get(); }

  // Waits (up to 5 s) until something was written and flushed.
  bool wait_for_output() const {
    struct stat st {};
    for (int i = 0; i < 500; ++i) {
      if (fstat(fileno(file_.get()), &st) == 0 && st.st_size > 0) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  std::string text() const {
    std::fflush(file_.get());
    std::rewind(file_.get());
    std::string out;
    char buf[4096];
    while (size_t n = std::fread(buf, 1, sizeof buf, file_.get())) out.append(buf, n);
    return out;
  }

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
};

TEST(ProgressLineTest, OnATerminalTheLineIsRedrawnInPlaceAndClearedAtTheEnd) {
  ProgressOutput out;
  ASSERT_NE(out.file(), nullptr);
  IndexProgress progress;
  progress.total = 5000;
  progress.done = 1200;
  {
    ProgressLine line(progress, {.out = out.file(),
                                 .terminal = true,
                                 .first_after = std::chrono::milliseconds(0),
                                 .terminal_every = std::chrono::milliseconds(1)});
    ASSERT_TRUE(out.wait_for_output());
  }
  const std::string text = out.text();
  EXPECT_EQ(text.rfind("\r\033[K1200/5000 documents  ", 0), 0u) << text;
  EXPECT_EQ(text.find('\n'), std::string::npos) << "no new lines on a terminal";
  ASSERT_GE(text.size(), 4u);
  EXPECT_EQ(text.substr(text.size() - 4), "\r\033[K") << "the line is cleared";
}

TEST(ProgressLineTest, OffATerminalItWritesPlainLogLines) {
  ProgressOutput out;
  ASSERT_NE(out.file(), nullptr);
  IndexProgress progress;
  progress.total = 5000;
  progress.done = 1200;
  {
    ProgressLine line(progress, {.out = out.file(),
                                 .terminal = false,
                                 .first_after = std::chrono::milliseconds(0),
                                 .log_every = std::chrono::milliseconds(1)});
    ASSERT_TRUE(out.wait_for_output());
  }
  const std::string text = out.text();
  EXPECT_EQ(text.rfind("kb-indexer: 1200/5000 documents  ", 0), 0u) << text;
  EXPECT_EQ(text.find('\r'), std::string::npos) << text;
  EXPECT_EQ(text.find('\033'), std::string::npos) << text;
  EXPECT_EQ(text.back(), '\n') << "whole lines only";
}

TEST(ProgressLineTest, ARunShorterThanTheFirstDelayShowsNothing) {
  for (bool terminal : {true, false}) {
    ProgressOutput out;
    ASSERT_NE(out.file(), nullptr);
    IndexProgress progress;
    progress.total = 10;
    { ProgressLine line(progress, {.out = out.file(), .terminal = terminal}); }
    EXPECT_EQ(out.text(), "") << "terminal " << terminal;
  }
}

}  // namespace
}  // namespace kb
