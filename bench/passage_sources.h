// The real text the scale corpus is built from: Debian's manual pages (every
// installed language, split by section) and the translated messages of
// gettext catalogs (for the languages with no manual pages: Hindi, Bengali,
// Tamil, Thai), cut into passages of about 2 KB.
//
// Thread-safe; nothing here throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bench/roff_text.h"
#include "indexer/common/result.h"

namespace kb::bench {

// One would-be article, before it is given an id and a client.
struct SourcePassage {
  std::string title;
  std::string body;      // paragraphs separated by blank lines
  std::string language;  // BCP-47, e.g. "en", "pt-BR", "hi"
  std::string type;      // "faq" | "guide" | "policy"
  std::string product;   // where it came from, e.g. "man1", "messages"
  std::string tag;       // the page or catalog name, e.g. "ls", "glib20"
};

struct PassageOptions {
  std::string man_root = "/usr/share/man";        // <root>/[<lang>/]man<N>/<page>.<N>[.gz]
  std::string locale_root = "/usr/share/locale";  // <root>/<lang>/LC_MESSAGES/*.mo
  std::vector<std::string> message_languages = {"hi", "bn", "ta", "th"};
  size_t target_bytes = 2000;  // a passage is cut after the paragraph that passes this
  size_t max_bytes = 3000;     // a longer paragraph is cut at a space before this
  size_t min_bytes = 200;      // shorter passages (a NAME section, a SEE ALSO list) are left out
  // Space-separated tokens holding a run of more ASCII letters, digits, '_',
  // '.' or '\'' than this (hex digests, base64) are left out: kbsearch's
  // IndexWriter fails a whole client on a term over Xapian's 245-byte limit
  // (reported in issue 7), and no agent types such a word.
  size_t max_word_bytes = 64;
};

// The passages of every manual page and catalog under the roots, in a fixed
// order (files sorted by path), so the same packages give the same list.
// Unreadable or non-UTF-8 files are skipped. NotFound when neither root has
// any text.
Result<std::vector<SourcePassage>> collect_passages(const PassageOptions& options);

// One manual page's passages. `language` is BCP-47; `section` the manual
// section ("1", "3perl" ...).
std::vector<SourcePassage> man_page_passages(const ManPage& page, const std::string& name,
                                             const std::string& section,
                                             const std::string& language,
                                             const PassageOptions& options);

// One catalog's passages: its translations as paragraphs.
std::vector<SourcePassage> message_passages(const std::vector<std::string>& translations,
                                            const std::string& domain, const std::string& language,
                                            const PassageOptions& options);

// Paragraphs packed into chunks of about target_bytes (see PassageOptions);
// a paragraph over max_bytes is cut at a space, else at a UTF-8 boundary.
std::vector<std::string> pack_paragraphs(const std::vector<std::string>& paragraphs,
                                         const PassageOptions& options);

// `text` without the tokens that PassageOptions::max_word_bytes leaves out;
// the separators around a dropped token collapse to one.
std::string without_overlong_words(std::string_view text, size_t max_word_bytes);

// "pt_BR" -> "pt-BR", "de" -> "de"; "" for a folder that is not a language.
std::string man_folder_language(const std::string& folder);

}  // namespace kb::bench
