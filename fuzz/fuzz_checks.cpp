#include "fuzz/fuzz_checks.h"

#include "indexer/common/utf8.h"
#include "indexer/document/loader.h"

namespace kb::fuzz {

namespace {

constexpr std::string_view kLanguages[] = {"", "en", "hi", "bn", "ta", "th", "de", "fr", "ru",
                                           "zh", "ja", "ar", "x-bad", "hi-Latn"};
constexpr const char* kClients[] = {"vayu-mobile", "sahyog-bank", "bazaarly", "no-such-client"};

}  // namespace

std::string check_loader(std::string_view bytes, const std::string& path) {
  static const ClientInfo client{"fuzz-client", "Fuzz client", "en", "/nonexistent"};
  const LoadResult result = load_article_text(bytes, path, client);
  for (const Document& doc : result.documents) {
    if (doc.id.empty()) return "an article without an id was accepted";
    if (!is_valid_utf8(doc.title) || !is_valid_utf8(doc.body) || !is_valid_utf8(doc.text)) {
      return "article '" + doc.id + "' was accepted with invalid UTF-8";
    }
  }
  for (const Status& error : result.errors) {
    if (error.is_ok() || error.message().empty()) return "an error without a message";
  }
  return "";
}

std::string check_analyzer(const Analyzer& analyzer, std::string_view bytes) {
  if (bytes.empty()) return "";
  const std::string_view language =
      kLanguages[static_cast<unsigned char>(bytes[0]) % std::size(kLanguages)];
  const std::string_view text = bytes.substr(1);
  uint32_t previous_end = 0;
  for (const Token& token : analyzer.analyze(text, language)) {
    if (token.start >= token.end || token.end > text.size() || token.start < previous_end) {
      return "token '" + token.term + "' has offsets " + std::to_string(token.start) + "-" +
             std::to_string(token.end) + " after " + std::to_string(previous_end) + " in " +
             std::to_string(text.size()) + " bytes";
    }
    if (token.term.empty() || !is_valid_utf8(token.term)) return "an empty or invalid term";
    previous_end = token.end;
  }
  return "";
}

std::string check_query(Searcher& searcher, std::string_view bytes) {
  if (bytes.empty()) return "";
  const auto pick = static_cast<unsigned char>(bytes[0]);
  SearchRequest request;
  request.client = kClients[pick % std::size(kClients)];
  request.language = kLanguages[(pick / 4) % 5];
  request.limit = 1 + pick % 20;
  request.offset = pick / 64;
  request.query = std::string(bytes.substr(1));
  const auto results = searcher.search(request);
  if (results.is_ok()) {
    for (const SearchHit& hit : results->hits) {
      if (!is_valid_utf8(hit.snippet)) return "a snippet of invalid UTF-8";
    }
    return "";
  }
  const StatusCode code = results.status().code();
  if (code == StatusCode::kInvalidArgument || code == StatusCode::kNotFound) return "";
  return "search failed: " + results.status().to_string();
}

}  // namespace kb::fuzz
