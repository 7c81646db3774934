#include "indexer/common/names.h"

namespace kb {

namespace {

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool is_valid_client_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || !is_lower_alnum(name[0])) return false;
  for (char c : name) {
    if (!is_lower_alnum(c) && c != '_' && c != '-') return false;
  }
  return true;
}

bool is_valid_article_id(std::string_view id) {
  if (id.empty() || id.size() > 200 || id == "." || id == "..") return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace kb
