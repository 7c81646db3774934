// Status: the outcome of an operation at a module boundary, with where it
// happened (file:line and field) when that is known. Modeled on LevelDB's
// Status: a few codes, a message, cheap to copy when ok.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kb {

enum class StatusCode {
  kOk,
  kInvalidArgument,     // the caller's input is wrong (bad article, bad query)
  kNotFound,            // a client, document or file does not exist
  kCorruption,          // stored data is unreadable or inconsistent
  kIoError,             // the file system failed
  kUnavailable,         // busy or temporarily unusable (e.g. index locked)
  kFailedPrecondition,  // state does not allow it (e.g. index built by another analyzer)
  kInternal,            // a bug
};

// Where an error was found. Empty file / zero line / empty field mean unknown.
struct Location {
  std::string file;
  uint32_t line = 0;
  std::string field;
};

class Status {
 public:
  Status() = default;

  static Status ok() { return Status(); }
  static Status invalid_argument(std::string message, Location where = {}) {
    return Status(StatusCode::kInvalidArgument, std::move(message), std::move(where));
  }
  static Status not_found(std::string message, Location where = {}) {
    return Status(StatusCode::kNotFound, std::move(message), std::move(where));
  }
  static Status corruption(std::string message, Location where = {}) {
    return Status(StatusCode::kCorruption, std::move(message), std::move(where));
  }
  static Status io_error(std::string message, Location where = {}) {
    return Status(StatusCode::kIoError, std::move(message), std::move(where));
  }
  static Status unavailable(std::string message, Location where = {}) {
    return Status(StatusCode::kUnavailable, std::move(message), std::move(where));
  }
  static Status failed_precondition(std::string message, Location where = {}) {
    return Status(StatusCode::kFailedPrecondition, std::move(message), std::move(where));
  }
  static Status internal(std::string message, Location where = {}) {
    return Status(StatusCode::kInternal, std::move(message), std::move(where));
  }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  // "file:line: field: message", leaving out the parts that are unknown.
  std::string to_string() const;

 private:
  Status(StatusCode code, std::string message, Location where)
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  Location where_;
};

// Stable lower-case name of a code, e.g. "invalid_argument".
std::string_view status_code_name(StatusCode code);

}  // namespace kb
