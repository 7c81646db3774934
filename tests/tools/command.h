// Runs one of the project's executables and captures what it printed.
#pragma once

#include <string>

namespace kb::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs build/bin/<tool> with `args` in a shell command group, so `args` may
// go on with more shell (e.g. "& pid=$!; kill $pid; wait $pid"); the exit
// code is the group's.
CommandResult run_tool(const std::string& tool, const std::string& args);

}  // namespace kb::testing
