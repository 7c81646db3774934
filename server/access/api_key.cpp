#include "server/access/api_key.h"

#include <algorithm>

namespace kb {

bool ApiKey::allows_client(std::string_view client) const {
  return all_clients || std::find(clients.begin(), clients.end(), client) != clients.end();
}

bool ApiKey::allows(Access access) const {
  switch (access) {
    case Access::kPublic:
    case Access::kSearch:
      return true;
    case Access::kAdmin:
      return role == Role::kAdmin;
  }
  return false;
}

std::string_view role_name(Role role) { return role == Role::kAdmin ? "admin" : "search"; }

std::optional<Role> parse_role(std::string_view name) {
  if (name == "search") return Role::kSearch;
  if (name == "admin") return Role::kAdmin;
  return std::nullopt;
}

bool is_valid_key_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

}  // namespace kb
