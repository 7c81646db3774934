#include "bench/passage_sources.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/mo_catalog.h"
#include "indexer/common/utf8.h"

namespace kb::bench {

namespace fs = std::filesystem;

namespace {

// The file's bytes, decompressed when it is gzip (zlib reads plain files as they are).
bool read_possibly_gzipped(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  int n = 0;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  return ok;
}

bool read_plain(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// Files below `dir` that are regular files (symbolic links are aliases of
// pages already listed), sorted by path.
std::vector<fs::path> regular_files_below(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->symlink_status(ec).type() == fs::file_type::regular) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

// The longest prefix of `s` of at most `max` bytes that ends on a UTF-8 boundary.
size_t utf8_cut(std::string_view s, size_t max) {
  if (s.size() <= max) return s.size();
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

std::string type_for_section(const std::string& section) {
  if (section.empty()) return "faq";
  switch (section[0]) {
    case '1':
    case '6':
    case '8':
      return "guide";
    case '5':
      return "policy";
    default:
      return "faq";
  }
}

void add_passages(std::vector<SourcePassage>* out, const std::vector<std::string>& chunks,
                  const std::string& title, const SourcePassage& common,
                  const PassageOptions& options) {
  for (size_t i = 0; i < chunks.size(); ++i) {
    if (chunks[i].size() < options.min_bytes || !is_valid_utf8(chunks[i]) || !is_valid_utf8(title)) {
      continue;
    }
    SourcePassage p = common;
    p.title = chunks.size() > 1 ? title + " (" + std::to_string(i + 1) + ")" : title;
    p.body = chunks[i];
    out->push_back(std::move(p));
  }
}

}  // namespace

std::string without_overlong_words(std::string_view text, size_t max_word_bytes) {
  const auto in_run = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '\'';
  };
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.size(), text.find_first_of(" \n", pos));
    const std::string_view token = text.substr(pos, end - pos);
    size_t run = 0, longest = 0;
    for (char c : token) {
      run = in_run(c) ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    const size_t next = end < text.size() ? end + 1 : end;
    if (longest > max_word_bytes) {
      pos = next;  // the token and the separator after it
      continue;
    }
    out.append(text.substr(pos, next - pos));
    pos = next;
  }
  return out;
}

std::string man_folder_language(const std::string& folder) {
  const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const size_t underscore = folder.find('_');
  const std::string language = folder.substr(0, underscore);
  if (language.size() < 2 || language.size() > 3 || !std::all_of(language.begin(), language.end(), is_lower)) {
    return "";
  }
  if (language == "man") return "";
  if (underscore == std::string::npos) return language;
  const std::string region = folder.substr(underscore + 1);
  if (region.size() != 2 || !std::all_of(region.begin(), region.end(), is_upper)) return "";
  return language + "-" + region;
}

std::vector<std::string> pack_paragraphs(const std::vector<std::string>& paragraphs,
                                         const PassageOptions& options) {
  std::vector<std::string> pieces;
  for (const auto& paragraph : paragraphs) {
    std::string_view rest = paragraph;
    while (rest.size() > options.max_bytes) {
      size_t cut = rest.rfind(' ', options.max_bytes);
      if (cut == std::string_view::npos || cut == 0) cut = utf8_cut(rest, options.max_bytes);
      pieces.emplace_back(rest.substr(0, cut));
      rest.remove_prefix(cut);
      while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    }
    if (!rest.empty()) pieces.emplace_back(rest);
  }
  std::vector<std::string> chunks;
  std::string current;
  for (auto& piece : pieces) {
    if (!current.empty() && current.size() + piece.size() + 2 > options.max_bytes) {
      chunks.push_back(std::move(current));
      current.clear();
    }
    if (!current.empty()) current += "\n\n";
    current += piece;
    if (current.size() >= options.target_bytes) {
      chunks.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) chunks.push_back(std::move(current));
  return chunks;
}

std::vector<SourcePassage> man_page_passages(const ManPage& page, const std::string& name,
                                             const std::string& section,
                                             const std::string& language,
                                             const PassageOptions& options) {
  std::vector<SourcePassage> out;
  SourcePassage common;
  common.language = language;
  common.type = type_for_section(section);
  common.product = "man" + section.substr(0, 1);
  common.tag = name;
  std::string title_start = name + "(" + section + ")";
  for (const auto& s : page.sections) {
    std::string title = title_start + ": " + s.heading;
    if (!page.summary.empty()) title += " - " + page.summary;
    title.resize(utf8_cut(title, 400));
    const std::string text = without_overlong_words(s.text, options.max_word_bytes);
    add_passages(&out, pack_paragraphs(split_paragraphs(text), options), title, common, options);
  }
  return out;
}

std::vector<SourcePassage> message_passages(const std::vector<std::string>& translations,
                                            const std::string& domain, const std::string& language,
                                            const PassageOptions& options) {
  std::vector<SourcePassage> out;
  SourcePassage common;
  common.language = language;
  common.type = "faq";
  common.product = "messages";
  common.tag = domain;
  std::vector<std::string> paragraphs;
  for (const auto& t : translations) {
    std::string kept = without_overlong_words(t, options.max_word_bytes);
    if (!kept.empty()) paragraphs.push_back(std::move(kept));
  }
  const std::vector<std::string> chunks = pack_paragraphs(paragraphs, options);
  for (size_t i = 0; i < chunks.size(); ++i) {
    if (chunks[i].size() < options.min_bytes) continue;
    const std::string_view first(chunks[i].data(), chunks[i].find_first_of("\n"));
    SourcePassage p = common;
    p.title = domain + " " + std::to_string(i + 1) + ": " +
              std::string(first.substr(0, utf8_cut(first, 120)));
    p.body = chunks[i];
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<SourcePassage>> collect_passages(const PassageOptions& options) {
  std::vector<SourcePassage> out;
  for (const fs::path& file : regular_files_below(options.man_root)) {
    // <root>/man1/ls.1.gz or <root>/de/man1/ls.1.gz
    const fs::path relative = file.lexically_relative(options.man_root);
    std::vector<std::string> parts(relative.begin(), relative.end());
    if (parts.size() != 2 && parts.size() != 3) continue;
    const std::string language = parts.size() == 2 ? "en" : man_folder_language(parts[0]);
    if (language.empty()) continue;
    std::string base = file.filename().string();
    if (base.ends_with(".gz")) base.resize(base.size() - 3);
    const size_t dot = base.rfind('.');
    if (dot == std::string::npos || dot == 0) continue;
    std::string source;
    if (!read_possibly_gzipped(file.string(), &source) || !is_valid_utf8(source)) continue;
    const ManPage page = parse_man_page(source);
    auto passages = man_page_passages(page, base.substr(0, dot), base.substr(dot + 1), language, options);
    std::move(passages.begin(), passages.end(), std::back_inserter(out));
  }
  for (const auto& language : options.message_languages) {
    for (const fs::path& file : regular_files_below(fs::path(options.locale_root) / language / "LC_MESSAGES")) {
      if (file.extension() != ".mo") continue;
      std::string bytes;
      if (!read_plain(file.string(), &bytes)) continue;
      auto translations = read_mo_translations(bytes, file.string());
      if (!translations.is_ok()) continue;
      std::vector<std::string> valid;
      for (auto& t : *translations) {
        if (is_valid_utf8(t)) valid.push_back(std::move(t));
      }
      auto passages = message_passages(valid, file.stem().string(), language, options);
      std::move(passages.begin(), passages.end(), std::back_inserter(out));
    }
  }
  if (out.empty()) {
    return Status::not_found("no manual pages under " + options.man_root +
                             " and no catalogs under " + options.locale_root +
                             "; run scripts/install-deps, which installs them");
  }
  return out;
}

}  // namespace kb::bench
