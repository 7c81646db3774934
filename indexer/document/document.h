// Document: one knowledge-base article after loading and validation, as
// described by schema/document.schema.json.
#pragma once

#include <string>
#include <vector>

#include "indexer/common/status.h"

namespace kb {

struct Document {
  std::string id;        // unique within the client: letters, digits, . _ : -
  std::string client;    // the client folder it belongs to
  std::string title;
  std::string body;      // as written (Markdown, or the text of an HTML page)
  std::string text;      // plain text of the body, what is indexed and snippeted;
                         // a Markdown "Steps" list is in `steps`, not here
  std::string language;  // BCP-47; detected from the script or the client default when absent
  std::string type;      // "faq" | "guide" | "policy" | ""
  std::string product;
  std::vector<std::string> tags;
  std::vector<std::string> steps;  // ordered troubleshooting steps
  std::string url;
  std::string updated_at;  // ISO 8601 as given
  Location source;         // file and line the article was read from
};

// One synonym rule of a client (corpus/<client>/synonyms.json): a query
// holding `phrase` also matches each of `expansions`. An "equivalent" group
// of n phrases becomes n rules, one per member.
struct SynonymRule {
  std::string phrase;
  std::vector<std::string> expansions;
};

// A client of the corpus: corpus/<name>/client.json.
struct ClientInfo {
  std::string name;              // folder name, e.g. "telecom"
  std::string display_name;      // from client.json "name"
  std::string default_language;  // from client.json "default_language"
  std::string dir;               // the client's folder
  std::vector<SynonymRule> synonyms;  // from synonyms.json (read_synonyms), written into its index
};

}  // namespace kb
