#include "server/access/key_file.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/common/names.h"
#include "server/access/secret.h"
#include "server/access/sha256.h"

namespace kb {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kKnownFields[] = {"name",   "role", "clients", "sha256",
                                        "requests_per_second", "burst"};

bool is_lower_hex_digest(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Status bad(const std::string& path, const std::string& field, const std::string& message) {
  return Status::invalid_argument(message, {path, 0, field});
}

Status parse_clients(const json& value, const std::string& path, const std::string& field,
                     ApiKey* key) {
  if (value.is_string() && value.get<std::string>() == "*") {
    key->all_clients = true;
    return Status::ok();
  }
  if (!value.is_array() || value.empty()) {
    return bad(path, field, "must be \"*\" or a non-empty list of client names");
  }
  for (const json& client : value) {
    if (!client.is_string() || !is_valid_client_name(client.get<std::string>())) {
      return bad(path, field,
                 "holds something that is not a client name (lower-case letters, digits, _ -)");
    }
    key->clients.push_back(client.get<std::string>());
  }
  return Status::ok();
}

Status parse_rate(const json& entry, const std::string& path, const std::string& prefix,
                  ApiKey* key) {
  const bool has_rate = entry.contains("requests_per_second");
  const bool has_burst = entry.contains("burst");
  if (!has_rate && !has_burst) return Status::ok();
  RateLimit limit;
  if (!has_rate || !entry["requests_per_second"].is_number() ||
      entry["requests_per_second"].get<double>() < 0) {
    return bad(path, prefix + ".requests_per_second",
               "must be a number >= 0 (0 = unlimited) when burst is given");
  }
  limit.requests_per_second = entry["requests_per_second"].get<double>();
  limit.burst = std::max(1.0, limit.requests_per_second);
  if (has_burst) {
    if (!entry["burst"].is_number() || entry["burst"].get<double>() < 1) {
      return bad(path, prefix + ".burst", "must be a number >= 1");
    }
    limit.burst = entry["burst"].get<double>();
  }
  key->rate_limit = limit;
  return Status::ok();
}

Result<ApiKey> parse_key(const json& entry, const std::string& path, size_t index) {
  const std::string prefix = "keys[" + std::to_string(index) + "]";
  if (!entry.is_object()) return bad(path, prefix, "must be an object");
  for (const auto& [field, value] : entry.items()) {
    if (std::find(std::begin(kKnownFields), std::end(kKnownFields), field) ==
        std::end(kKnownFields)) {
      return bad(path, prefix, "has an unknown field; a key has name, role, clients, sha256, "
                               "requests_per_second and burst");
    }
  }
  ApiKey key;
  const json name = entry.value("name", json());
  if (!name.is_string() || !is_valid_key_name(name.get<std::string>())) {
    return bad(path, prefix + ".name", "must be 1-64 letters, digits, . _ or -");
  }
  key.name = name.get<std::string>();
  const json role = entry.value("role", json());
  const auto parsed_role = role.is_string() ? parse_role(role.get<std::string>()) : std::nullopt;
  if (!parsed_role) return bad(path, prefix + ".role", "must be \"search\" or \"admin\"");
  key.role = *parsed_role;
  if (Status s = parse_clients(entry.value("clients", json()), path, prefix + ".clients", &key);
      !s.is_ok()) {
    return s;
  }
  const json digest = entry.value("sha256", json());
  if (!digest.is_string() || !is_lower_hex_digest(digest.get<std::string>())) {
    return bad(path, prefix + ".sha256",
               "must be the 64 lower-case hex digits of the secret's SHA-256 (the secret itself "
               "is never stored; make keys with `kb-server keys add`)");
  }
  key.secret_sha256 = digest.get<std::string>();
  if (Status s = parse_rate(entry, path, prefix, &key); !s.is_ok()) return s;
  return key;
}

json key_to_json(const ApiKey& key) {
  json entry = {{"name", key.name},
                {"role", std::string(role_name(key.role))},
                {"clients", key.all_clients ? json("*") : json(key.clients)},
                {"sha256", key.secret_sha256}};
  if (key.rate_limit) {
    entry["requests_per_second"] = key.rate_limit->requests_per_second;
    entry["burst"] = key.rate_limit->burst;
  }
  return entry;
}

}  // namespace

Result<std::vector<ApiKey>> load_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Status::not_found("no such key file", {path, 0, ""});
    return Status::io_error("cannot read the key file", {path, 0, ""});
  }
  std::ostringstream text;
  text << in.rdbuf();
  const json doc = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return Status::invalid_argument("not valid JSON; expected {\"keys\": [...]}", {path, 0, ""});
  }
  if (!doc.is_object() || !doc.contains("keys") || !doc["keys"].is_array() || doc.size() != 1) {
    return bad(path, "keys", "the file must be an object with one field, \"keys\", a list");
  }
  std::vector<ApiKey> keys;
  for (size_t i = 0; i < doc["keys"].size(); ++i) {
    auto key = parse_key(doc["keys"][i], path, i);
    if (!key.is_ok()) return key.status();
    for (const ApiKey& other : keys) {
      if (other.name == key->name) {
        return bad(path, "keys[" + std::to_string(i) + "].name",
                   "'" + key->name + "' is given twice; key names must be unique");
      }
      if (other.secret_sha256 == key->secret_sha256) {
        return bad(path, "keys[" + std::to_string(i) + "].sha256",
                   "the same secret as key '" + other.name + "'; give each key its own");
      }
    }
    keys.push_back(std::move(*key));
  }
  return keys;
}

Status save_key_file(const std::string& path, const std::vector<ApiKey>& keys) {
  json list = json::array();
  for (const ApiKey& key : keys) list.push_back(key_to_json(key));
  const std::string temp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::io_error("cannot write " + temp, {path, 0, ""});
    out << json{{"keys", list}}.dump(2) << "\n";
    out.close();
    if (!out) return Status::io_error("cannot write " + temp, {path, 0, ""});
  }
  std::error_code ec;
  fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, ec);
  if (!ec) fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp);
    return Status::io_error("cannot replace the key file: " + ec.message(), {path, 0, ""});
  }
  return Status::ok();
}

Result<std::string> add_key(const AddKeyOptions& options) {
  if (!is_valid_key_name(options.name)) {
    return bad(options.file, "name", "must be 1-64 letters, digits, . _ or -");
  }
  if (!options.all_clients && options.clients.empty()) {
    return bad(options.file, "clients", "give at least one client, or * for all");
  }
  for (const std::string& client : options.clients) {
    if (!is_valid_client_name(client)) {
      return bad(options.file, "clients",
                 "'" + client + "' is not a client name (lower-case letters, digits, _ -)");
    }
  }
  std::vector<ApiKey> keys;
  if (auto loaded = load_key_file(options.file); loaded.is_ok()) {
    keys = std::move(*loaded);
  } else if (loaded.status().code() != StatusCode::kNotFound) {
    return loaded.status();
  }
  for (const ApiKey& key : keys) {
    if (key.name == options.name) {
      return bad(options.file, "name", "a key named '" + options.name + "' exists already");
    }
  }
  auto secret = generate_secret();
  if (!secret.is_ok()) return secret.status();
  ApiKey key;
  key.name = options.name;
  key.role = options.role;
  key.all_clients = options.all_clients;
  key.clients = options.all_clients ? std::vector<std::string>{} : options.clients;
  key.secret_sha256 = sha256_hex(*secret);
  keys.push_back(std::move(key));
  if (Status s = save_key_file(options.file, keys); !s.is_ok()) return s;
  return std::move(*secret);
}

}  // namespace kb
