// Change detection for incremental indexing: a 64-bit FNV-1a hash of bytes,
// and the hash of everything an article's Xapian document is built from.
// A change detector, not a security measure.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "indexer/document/document.h"

namespace kb {

class ContentHash {
 public:
  // Adds `bytes` followed by a separator, so ("ab","c") and ("a","bc") differ.
  ContentHash& add(std::string_view bytes);
  // 16 lower-case hex digits.
  std::string hex() const;

 private:
  uint64_t h_ = 14695981039346656037ULL;
};

// The hash of `doc` as indexed from `source` (its file relative to the
// client's folder, "" for an article written over HTTP): every stored field,
// the body as written and the source. The build settings (analyzer, weights)
// are not in it: an index built with other settings is rebuilt whole.
std::string article_content_hash(const Document& doc, std::string_view source);

}  // namespace kb
