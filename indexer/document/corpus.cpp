#include "indexer/document/corpus.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "indexer/common/names.h"
#include "indexer/common/utf8.h"
#include "indexer/document/article_kind.h"
#include "indexer/document/field_patterns.h"
#include "indexer/document/json_key_lines.h"
#include "indexer/document/json_reader.h"
#include "indexer/document/source_text.h"

namespace kb {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kClientFile = "client.json";
constexpr std::string_view kSynonymsFile = "synonyms.json";
constexpr size_t kMaxClientFileBytes = 1024 * 1024;

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// `text` with every byte that is not part of valid UTF-8 written as \xNN.
std::string escape_invalid_utf8(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  size_t bad = 0;
  while (!is_valid_utf8(text, &bad)) {
    const auto byte = static_cast<unsigned char>(text[bad]);
    out.append(text.substr(0, bad));
    out += {'\\', 'x', kHex[byte >> 4], kHex[byte & 15]};
    text.remove_prefix(bad + 1);
  }
  out.append(text);
  return out;
}

// The error for an article file whose path below the client folder is not
// valid UTF-8.
Status misnamed_file_error(const std::string& path) {
  return Status::invalid_argument(
      "the file name is not valid UTF-8 (bad bytes shown as \\xNN), so its articles are not "
      "indexed; rename it",
      {one_line(escape_invalid_utf8(path)), 0, ""});
}

// The folder's own name, also for "corpus/bank/" with a trailing slash.
std::string folder_name(const std::string& dir) {
  fs::path path = fs::path(dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return path.filename().string();
}

// A required or optional string member of client.json.
Status read_string_member(const json& object, std::string_view text, const std::string& file,
                          const char* key, bool required, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (!required) return Status::ok();
    return Status::invalid_argument(std::string("missing; client.json needs \"") + key + "\"",
                                    {file, 1, key});
  }
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    return Status::invalid_argument("must be a non-empty string", {file, json_key_line(text, key), key});
  }
  *out = it->get<std::string>();
  return Status::ok();
}

Result<ClientInfo> parse_client_file(std::string_view text, const std::string& file,
                                     ClientInfo info) {
  json object;
  try {
    object = json::parse(text);
  } catch (const json::parse_error& e) {
    return json_syntax_error(e, text, file, 1);
  }
  if (!object.is_object()) {
    return Status::invalid_argument(
        "must be a JSON object {\"name\": ..., \"default_language\": ...}", {file, 1, ""});
  }
  for (const auto& [key, value] : object.items()) {
    if (key != "name" && key != "default_language" && key != "description") {
      return Status::invalid_argument(
          "unknown key " + quote_value(key) + "; allowed: name, default_language, description",
          {file, json_key_line(text, key), one_line(key)});
    }
  }
  std::string description;
  for (Status status :
       {read_string_member(object, text, file, "name", true, &info.display_name),
        read_string_member(object, text, file, "default_language", true, &info.default_language),
        read_string_member(object, text, file, "description", false, &description)}) {
    if (!status.is_ok()) return status;
  }
  if (!matches_language_pattern(info.default_language)) {
    return Status::invalid_argument(quote_value(info.default_language) +
                                        " is not a BCP-47 language tag; write e.g. en, hi, bn-IN",
                                    {file, json_key_line(text, "default_language"), "default_language"});
  }
  return info;
}

}  // namespace

Result<ClientInfo> read_client(const std::string& client_dir) {
  ClientInfo info;
  info.name = folder_name(client_dir);
  info.dir = client_dir;
  const std::string file = (fs::path(client_dir) / kClientFile).string();
  if (!is_valid_client_name(info.name)) {
    return Status::invalid_argument(
        "the folder name " + quote_value(info.name) +
            " is not a valid client name; use lower-case letters, digits, _ and - (at most 64), "
            "starting with a letter or digit",
        {client_dir, 0, "client"});
  }
  Result<std::string> content = read_text_file(file, kMaxClientFileBytes);
  if (!content.is_ok()) {
    if (content.status().code() == StatusCode::kNotFound) {
      return Status::not_found(
          "the client folder has no client.json; add {\"name\": ..., \"default_language\": ...}",
          {file, 0, ""});
    }
    return content.status();
  }
  const std::string_view text = strip_bom(*content);
  if (Status utf8 = check_text(text, {file, 1, ""}); !utf8.is_ok()) return utf8;
  return parse_client_file(text, file, std::move(info));
}

Result<std::vector<ClientInfo>> list_clients(const std::string& corpus_root) {
  std::error_code ec;
  if (!fs::is_directory(corpus_root, ec)) {
    return Status::not_found("the corpus folder does not exist or is not a folder",
                             {corpus_root, 0, ""});
  }
  std::vector<fs::path> folders;
  for (fs::directory_iterator it(corpus_root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && !is_hidden(it->path())) folders.push_back(it->path());
  }
  if (ec) return Status::io_error(one_line("cannot list: " + ec.message()), {corpus_root, 0, ""});
  std::sort(folders.begin(), folders.end());
  std::vector<ClientInfo> clients;
  for (const fs::path& folder : folders) {
    if (!fs::exists(folder / kClientFile, ec)) {
      return Status::not_found("the folder " + quote_value(folder.filename().string()) +
                                   " has no client.json; add one or move the folder out of "
                                   "the corpus",
                               {folder.string(), 0, ""});
    }
    Result<ClientInfo> client = read_client(folder.string());
    if (!client.is_ok()) return client.status();
    clients.push_back(std::move(*client));
  }
  return clients;
}

std::vector<std::string> list_article_files(const ClientInfo& client,
                                            std::vector<Status>* misnamed) {
  std::vector<std::string> files;
  std::vector<std::string> misnamed_files;
  const fs::path root(client.dir);
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec) || !article_kind_of(path.string())) continue;
    if (it.depth() == 0 && (path.filename() == kClientFile || path.filename() == kSynonymsFile)) {
      continue;
    }
    (is_valid_utf8(path.lexically_relative(root).string()) ? files : misnamed_files)
        .push_back(path.string());
  }
  std::sort(files.begin(), files.end());
  std::sort(misnamed_files.begin(), misnamed_files.end());
  for (const std::string& file : misnamed_files) {
    if (misnamed) misnamed->push_back(misnamed_file_error(file));
  }
  return files;
}

LoadResult load_client(const ClientInfo& client, const LoadOptions& options) {
  LoadResult result;
  std::error_code ec;
  if (!fs::is_directory(client.dir, ec)) {
    result.errors.push_back(
        Status::not_found("the client folder does not exist", {client.dir, 0, ""}));
    return result;
  }
  std::map<std::string, Location> first_use;  // id -> where it was first used
  for (const std::string& file : list_article_files(client, &result.errors)) {
    LoadResult loaded = load_article_file(file, client, options);
    for (Document& doc : loaded.documents) {
      const auto [first, inserted] = first_use.emplace(doc.id, doc.source);
      if (!inserted) {
        Location where = doc.source;
        where.field = "id";
        loaded.errors.push_back(Status::invalid_argument(
            "duplicate id " + quote_value(doc.id) + ", first used at " + first->second.file + ":" +
                std::to_string(first->second.line) + "; ids must be unique within a client",
            std::move(where)));
        continue;
      }
      result.documents.push_back(std::move(doc));
    }
    std::stable_sort(
        loaded.errors.begin(), loaded.errors.end(),
        [](const Status& a, const Status& b) { return a.where().line < b.where().line; });
    for (Status& error : loaded.errors) result.errors.push_back(std::move(error));
  }
  return result;
}

}  // namespace kb
