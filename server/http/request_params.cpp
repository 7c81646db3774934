#include "server/http/request_params.h"

#include <algorithm>
#include <charconv>
#include <span>

#include "indexer/document/field_patterns.h"

namespace kb::http {

namespace {

constexpr std::string_view kKnown[] = {"q",     "lang",   "type",  "product", "tag",
                                       "limit", "offset", "exact", "facets"};
constexpr std::string_view kSuggestKnown[] = {"q", "limit"};
constexpr std::string_view kRelatedKnown[] = {"limit"};

void append_split(const std::string& value, std::vector<std::string>* out) {
  size_t start = 0;
  while (start <= value.size()) {
    const size_t comma = value.find(',', start);
    const std::string part = value.substr(start, comma == std::string::npos ? std::string::npos
                                                                            : comma - start);
    if (part.find_first_not_of(' ') != std::string::npos) out->push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
}

Status parse_count(const std::string& name, const std::string& value, size_t* out) {
  size_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
    return Status::invalid_argument(name + " must be a non-negative integer, got '" + value + "'",
                                    {"", 0, name});
  }
  *out = n;
  return Status::ok();
}

// InvalidArgument naming the first parameter not in `known`.
Status only_known(const QueryParams& params, std::span<const std::string_view> known) {
  for (const auto& [name, value] : params) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string allowed;
    for (std::string_view k : known) allowed += (allowed.empty() ? "" : ", ") + std::string(k);
    return Status::invalid_argument("unknown parameter '" + name + "'; allowed: " + allowed,
                                    {"", 0, name});
  }
  return Status::ok();
}

// The one value of `name`, into *out; InvalidArgument when it is given twice.
Status single_value(const QueryParams& params, const std::string& name, std::string* out) {
  if (params.count(name) > 1) return Status::invalid_argument(name + " given twice", {"", 0, name});
  if (auto it = params.find(name); it != params.end()) *out = it->second;
  return Status::ok();
}

// The limit parameter, when given, into *limit.
Status parse_limit(const QueryParams& params, size_t* limit) {
  if (auto it = params.find("limit"); it != params.end()) return parse_count("limit", it->second, limit);
  return Status::ok();
}

}  // namespace

Result<SearchRequest> parse_search_params(const std::string& client, const QueryParams& params) {
  SearchRequest request;
  request.client = client;
  if (Status s = only_known(params, kKnown); !s.is_ok()) return s;
  if (Status s = single_value(params, "q", &request.query); !s.is_ok()) return s;

  for (auto [it, end] = params.equal_range("lang"); it != end; ++it) {
    append_split(it->second, &request.languages);
  }
  for (auto [it, end] = params.equal_range("type"); it != end; ++it) {
    append_split(it->second, &request.types);
  }
  for (auto [it, end] = params.equal_range("product"); it != end; ++it) {
    append_split(it->second, &request.products);
  }
  for (auto [it, end] = params.equal_range("tag"); it != end; ++it) {
    append_split(it->second, &request.tags);
  }
  if (!request.languages.empty()) request.language = request.languages.front();

  for (const auto& type : request.types) {
    if (!is_article_type(type)) {
      return Status::invalid_argument("type must be faq, guide or policy, got '" + type + "'",
                                      {"", 0, "type"});
    }
  }
  for (const auto& language : request.languages) {
    if (!matches_language_pattern(language)) {
      return Status::invalid_argument(
          "lang must be a BCP-47 tag like hi or bn-IN, got '" + language + "'", {"", 0, "lang"});
    }
  }
  if (Status s = parse_limit(params, &request.limit); !s.is_ok()) return s;
  if (auto offset = params.find("offset"); offset != params.end()) {
    if (Status s = parse_count("offset", offset->second, &request.offset); !s.is_ok()) return s;
  }
  if (auto exact = params.find("exact"); exact != params.end()) {
    if (exact->second == "true" || exact->second == "1") {
      request.exact = true;
    } else if (exact->second != "false" && exact->second != "0") {
      return Status::invalid_argument("exact must be true or false, got '" + exact->second + "'",
                                      {"", 0, "exact"});
    }
  }
  for (auto [it, end] = params.equal_range("facets"); it != end; ++it) {
    append_split(it->second, &request.facets);
  }
  return request;
}

Result<SuggestRequest> parse_suggest_params(const std::string& client, const QueryParams& params) {
  SuggestRequest request;
  request.client = client;
  if (Status s = only_known(params, kSuggestKnown); !s.is_ok()) return s;
  if (Status s = single_value(params, "q", &request.query); !s.is_ok()) return s;
  if (Status s = parse_limit(params, &request.limit); !s.is_ok()) return s;
  return request;
}

Result<RelatedRequest> parse_related_params(const std::string& client, const std::string& id,
                                            const QueryParams& params) {
  RelatedRequest request;
  request.client = client;
  request.id = id;
  if (Status s = only_known(params, kRelatedKnown); !s.is_ok()) return s;
  if (Status s = parse_limit(params, &request.limit); !s.is_ok()) return s;
  return request;
}

}  // namespace kb::http
