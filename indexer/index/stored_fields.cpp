#include "indexer/index/stored_fields.h"

#include <cstdint>
#include <optional>

#include "indexer/index/index_format.h"

namespace kb {

namespace {

// Layout: kMagic, then the fields in the order of encode_stored_fields,
// each string as <varint byte length><bytes>, each list as <varint count>
// then its strings, then the plain text, and last the text's words as
// <varint count> then, per word, <varint bytes since the last word's
// end><varint length>. Binary rather than JSON: a search decodes ten of
// these; JSON parsing them cost 7% of a search. The text is in the same
// value as the fields, not one of its own: a search reads both for every
// hit, and each value read is a B-tree lookup (a fifth of a search's block
// reads went to the second one).
constexpr std::string_view kMagic = "kb3\n";

void put_varint(uint64_t n, std::string* out) {
  while (n >= 0x80) {
    out->push_back(static_cast<char>((n & 0x7F) | 0x80));
    n >>= 7;
  }
  out->push_back(static_cast<char>(n));
}

void put_string(std::string_view s, std::string* out) {
  put_varint(s.size(), out);
  out->append(s);
}

void put_list(const std::vector<std::string>& list, std::string* out) {
  put_varint(list.size(), out);
  for (const auto& s : list) put_string(s, out);
}

// Reads what the put_ functions wrote; any read past the end fails.
class FieldReader {
 public:
  explicit FieldReader(std::string_view data) : data_(data) {}

  std::optional<uint64_t> varint() {
    // Most are one byte: a word's gap and length.
    if (pos_ < data_.size() && static_cast<unsigned char>(data_[pos_]) < 0x80) {
      return static_cast<unsigned char>(data_[pos_++]);
    }
    uint64_t n = 0;
    for (int shift = 0; shift < 64 && pos_ < data_.size(); shift += 7) {
      const auto byte = static_cast<unsigned char>(data_[pos_++]);
      n |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return n;
    }
    return std::nullopt;
  }

  bool string(std::string* out) {
    const auto size = varint();
    if (!size || *size > data_.size() - pos_) return false;
    out->assign(data_.substr(pos_, *size));
    pos_ += *size;
    return true;
  }

  // Moves past a string; its size, nullopt when it runs past the end.
  std::optional<uint64_t> skip_string() {
    const auto size = varint();
    if (!size || *size > data_.size() - pos_) return std::nullopt;
    pos_ += *size;
    return size;
  }

  bool list(std::vector<std::string>* out) {
    const auto count = varint();
    // Each string takes at least a byte: a larger count is corrupt.
    if (!count || *count > data_.size() - pos_) return false;
    out->resize(*count);
    for (auto& s : *out) {
      if (!string(&s)) return false;
    }
    return true;
  }

  // Words in order, not overlapping, each within the first `text_size` bytes.
  bool words(uint64_t text_size, std::vector<WordSpan>* out) {
    const auto count = varint();
    // Each word takes at least two bytes: a larger count is corrupt.
    if (!count || *count > (data_.size() - pos_) / 2) return false;
    out->resize(*count);
    uint64_t end = 0;
    for (auto& word : *out) {
      const auto gap = varint();
      const auto length = gap ? varint() : std::nullopt;
      if (!length || *gap > text_size - end || *length == 0 || *length > text_size - end - *gap) {
        return false;
      }
      word.start = static_cast<uint32_t>(end + *gap);
      end = word.start + *length;
      word.end = static_cast<uint32_t>(end);
    }
    return true;
  }

  bool at_end() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

std::string encode_stored_fields(const Document& doc, const std::vector<WordSpan>& text_words) {
  std::string out(kMagic);
  for (const std::string* s :
       {&doc.id, &doc.client, &doc.title, &doc.language, &doc.type, &doc.product}) {
    put_string(*s, &out);
  }
  put_list(doc.tags, &out);
  put_list(doc.steps, &out);
  put_string(doc.url, &out);
  put_string(doc.updated_at, &out);
  put_string(doc.text, &out);
  put_varint(text_words.size(), &out);
  uint32_t end = 0;
  for (const WordSpan& word : text_words) {
    put_varint(word.start - end, &out);
    put_varint(word.end - word.start, &out);
    end = word.end;
  }
  return out;
}

void store_fields(const Document& doc, const std::vector<WordSpan>& text_words,
                  Xapian::Document* xdoc) {
  xdoc->add_value(format::kSlotFields, encode_stored_fields(doc, text_words));
  xdoc->add_value(format::kSlotBody, doc.body);
}

Result<Document> load_stored_fields(const Xapian::Document& xdoc, StoredParts parts,
                                    std::vector<WordSpan>* text_words) {
  Document doc;
  std::vector<WordSpan> words;
  const std::string data = xdoc.get_value(format::kSlotFields);
  bool ok = std::string_view(data).substr(0, kMagic.size()) == kMagic;
  FieldReader reader(ok ? std::string_view(data).substr(kMagic.size()) : std::string_view());
  for (std::string* s : {&doc.id, &doc.client, &doc.title, &doc.language, &doc.type,
                         &doc.product}) {
    ok = ok && reader.string(s);
  }
  ok = ok && reader.list(&doc.tags) && reader.list(&doc.steps) && reader.string(&doc.url) &&
       reader.string(&doc.updated_at);
  std::optional<uint64_t> text_size;
  if (ok && parts.text) {
    ok = reader.string(&doc.text);
    text_size = doc.text.size();
  } else if (ok) {
    text_size = reader.skip_string();
  }
  ok = ok && text_size && reader.words(*text_size, &words) && reader.at_end();
  if (!ok) {
    return Status::corruption(
        "stored document data is unreadable (not what this kb-indexer writes); reindex the "
        "client");
  }
  if (parts.body) doc.body = xdoc.get_value(format::kSlotBody);
  if (text_words) *text_words = parts.text ? std::move(words) : std::vector<WordSpan>{};
  return doc;
}

}  // namespace kb
