// Result<T>: a value or the Status saying why there is none (Abseil's
// StatusOr). Accessing value() of a failed Result is a bug and aborts.
#pragma once

#include <cstdlib>
#include <optional>
#include <utility>

#include "indexer/common/status.h"

namespace kb {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    if (status_.is_ok()) status_ = Status::internal("Result built from an ok Status without value");
  }

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { check(); return *value_; }
  const T& value() const& { check(); return *value_; }
  T&& value() && { check(); return std::move(*value_); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  void check() const {
    if (!value_) std::abort();
  }

  std::optional<T> value_;
  Status status_;
};

}  // namespace kb
