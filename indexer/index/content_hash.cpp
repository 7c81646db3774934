#include "indexer/index/content_hash.h"

#include <cstdio>

#include "indexer/index/stored_fields.h"

namespace kb {

ContentHash& ContentHash::add(std::string_view bytes) {
  for (unsigned char c : bytes) {
    h_ ^= c;
    h_ *= 1099511628211ULL;
  }
  h_ ^= 0xff;  // a byte that UTF-8 text never contains
  h_ *= 1099511628211ULL;
  return *this;
}

std::string ContentHash::hex() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
  return buf;
}

std::string article_content_hash(const Document& doc, std::string_view source) {
  return ContentHash().add(encode_stored_fields(doc)).add(doc.body).add(source).hex();
}

}  // namespace kb
