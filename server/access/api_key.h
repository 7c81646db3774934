// An API key as the server knows it: who holds it (name), what it may do
// (role), which clients it may see, and the SHA-256 of its secret (the
// secret itself is never stored). Also what a route asks of its caller.
//
// Thread safety: plain values; const use from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kb {

// What a key may do. An admin key may do everything a search key may.
enum class Role { kSearch, kAdmin };

// Who may call a route: anyone, any key, or an admin key. Routes whose path
// names a client also need a key for that client.
enum class Access { kPublic, kSearch, kAdmin };

struct RateLimit {
  double requests_per_second = 0;  // refill rate; 0 = unlimited
  double burst = 0;                // bucket size; at least 1 when limited
};

struct ApiKey {
  std::string name;        // unique in its file, shown in logs and errors
  Role role = Role::kSearch;
  bool all_clients = false;          // "clients": "*"
  std::vector<std::string> clients;  // else these clients only
  std::string secret_sha256;         // 64 lower-case hex digits
  std::optional<RateLimit> rate_limit;  // this key's own limit, else the server's

  bool allows_client(std::string_view client) const;
  bool allows(Access access) const;
};

// "search" / "admin", and back; nullopt for anything else.
std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view name);

// ^[A-Za-z0-9._-]{1,64}$: safe to print in a log line.
bool is_valid_key_name(std::string_view name);

}  // namespace kb
