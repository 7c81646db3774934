#include "server/search/suggester.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "indexer/common/utf8.h"
#include "indexer/index/index_format.h"
#include "indexer/index/suggestion_terms.h"

namespace kb {

namespace {

// One folded key of a family, over the spellings it is written with. A
// key's terms are adjacent in term order (the separator sorts below every
// character a key can go on with), so a scan meets each key once.
struct KeyGroup {
  std::string key;
  std::string text;                     // the spelling most articles use
  Xapian::doccount text_articles = 0;   // articles with that spelling
  Xapian::doccount articles = 0;        // articles with any spelling
};

// Calls `visit(key, text, termfreq)` for the terms of `family` whose key
// starts with `typed_key`, at most `max_terms` of them.
template <typename Visit>
void scan(const Xapian::Database& db, std::string_view family, const std::string& typed_key,
          size_t max_terms, Visit visit) {
  const std::string start = std::string(family) + typed_key;
  size_t scanned = 0;
  for (auto t = db.allterms_begin(start); t != db.allterms_end(start) && scanned < max_terms;
       ++t, ++scanned) {
    const std::string term = *t;
    const auto parsed = parse_suggestion_term(std::string_view(term).substr(family.size()));
    if (parsed) visit(parsed->key, parsed->text, t.get_termfreq());
  }
}

// Calls `emit(group)` for each key of `family` that starts with `typed_key`,
// reading at most `max_terms` terms.
template <typename Emit>
void scan_keys(const Xapian::Database& db, std::string_view family, const std::string& typed_key,
               size_t max_terms, Emit emit) {
  KeyGroup group;
  scan(db, family, typed_key, max_terms,
       [&](std::string_view key, std::string_view text, Xapian::doccount freq) {
         if (key != group.key) {
           if (group.articles > 0) emit(group);
           group = KeyGroup{std::string(key), {}, 0, 0};
         }
         group.articles += freq;
         if (freq > group.text_articles) {
           group.text = text;
           group.text_articles = freq;
         }
       });
  if (group.articles > 0) emit(group);
}

// A completion that starts with the typed text: a title, a phrase or both.
struct Completion {
  std::string text;
  Xapian::doccount text_articles = 0;
  Xapian::doccount title_articles = 0;
  Xapian::doccount phrase_articles = 0;

  void add(const KeyGroup& group, Xapian::doccount* count) {
    *count += group.articles;
    if (group.text_articles > text_articles) {
      text = group.text;
      text_articles = group.text_articles;
    }
  }
};

}  // namespace

Status Suggester::validate(const SuggestRequest& request) const {
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::invalid_argument("q is empty; type at least one letter", {"", 0, "q"});
  }
  if (request.query.size() > options_.max_query_bytes) {
    return Status::invalid_argument(
        "q is longer than " + std::to_string(options_.max_query_bytes) + " bytes", {"", 0, "q"});
  }
  if (!is_valid_utf8(request.query)) {
    return Status::invalid_argument("q is not valid UTF-8", {"", 0, "q"});
  }
  if (request.limit < 1 || request.limit > options_.max_limit) {
    return Status::invalid_argument(
        "limit must be between 1 and " + std::to_string(options_.max_limit), {"", 0, "limit"});
  }
  return Status::ok();
}

Result<Suggestions> Suggester::suggest(const SuggestRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  if (Status s = validate(request); !s.is_ok()) return s;
  auto db = handles_.get(request.client);
  if (!db.is_ok()) return db.status();

  Suggestions out;
  out.query = request.query;
  out.client = request.client;
  const std::string typed = typed_suggestion_key(analyzer_, request.query);
  if (typed.empty()) return out;

  std::map<std::string, Completion, std::less<>> starting;     // folded key -> completion
  std::map<std::string, Xapian::doccount, std::less<>> inner;  // title as written -> articles
  try {
    const size_t max_terms = options_.max_scanned_terms;
    scan_keys(**db, format::kPrefixSuggestTitle, typed, max_terms, [&](const KeyGroup& group) {
      Completion& c = starting[group.key];
      c.add(group, &c.title_articles);
    });
    scan_keys(**db, format::kPrefixSuggestPhrase, typed, max_terms, [&](const KeyGroup& group) {
      auto it = starting.find(group.key);
      if (it == starting.end()) {
        if (group.articles < options_.min_phrase_articles) return;
        it = starting.emplace(group.key, Completion{}).first;
      }
      it->second.add(group, &it->second.phrase_articles);
    });
    // Later-word matches only rank after the starts-with ones: skip their
    // scan when those already fill the list (what a short prefix does).
    if (starting.size() < request.limit) {
      scan(**db, format::kPrefixSuggestInner, typed, max_terms,
           [&](std::string_view, std::string_view text, Xapian::doccount freq) {
             Xapian::doccount& articles = inner[std::string(text)];
             articles = std::max(articles, freq);
           });
    }
  } catch (const Xapian::Error& e) {
    return Status::internal("suggestions in '" + request.client +
                            "' failed: " + e.get_description());
  }

  struct Ranked {
    const std::string* key;  // folded, for starts-with completions; null for later-word ones
    std::string text;
    bool title;
    Xapian::doccount articles;
  };
  std::vector<Ranked> first;
  for (const auto& [key, c] : starting) {
    first.push_back({&key, c.text, c.title_articles > 0,
                     std::max(c.title_articles, c.phrase_articles)});
  }
  std::sort(first.begin(), first.end(), [](const Ranked& a, const Ranked& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    if (a.title != b.title) return a.title;
    if (a.key->size() != b.key->size()) return a.key->size() < b.key->size();
    return *a.key < *b.key;
  });
  std::vector<Ranked> later;
  for (const auto& [text, articles] : inner) later.push_back({nullptr, text, true, articles});
  std::sort(later.begin(), later.end(), [](const Ranked& a, const Ranked& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    if (a.text.size() != b.text.size()) return a.text.size() < b.text.size();
    return a.text < b.text;
  });

  // A title found both ways is shown once, where it starts with the text.
  std::set<std::string, std::less<>> shown;
  for (const auto* group : {&first, &later}) {
    for (const Ranked& r : *group) {
      if (out.suggestions.size() == request.limit) break;
      if (!shown.insert(r.text).second) continue;
      out.suggestions.push_back({r.text, r.title ? "title" : "phrase", r.articles});
    }
  }
  out.took_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace kb
