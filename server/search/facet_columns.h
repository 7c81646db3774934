// FacetColumns: the facet fields (type, language, product, tag) of every
// article of one client's database, in memory by document id, so counting
// the facets of a match costs a few array reads instead of reading Xapian
// value slots per match (which made facets a quarter of a search).
//
// Memory: per field, 4 bytes per document plus 4 per value it has, and each
// distinct value once (about 30 MB at 1M articles).
//
// Thread safety: immutable once loaded; share it between threads.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kb {

class FacetColumns {
 public:
  enum Field : size_t { kType, kLanguage, kProduct, kTag, kFieldCount };

  // The field called `name` ("type", "language", "product", "tag"), or
  // kFieldCount for any other name.
  static Field field_named(std::string_view name);

  // Reads the value slots of index_format.h (Xapian errors propagate).
  static std::shared_ptr<const FacetColumns> load(const Xapian::Database& db);

  // The value ids `doc` has for `field` (tags: any number; others: at most
  // one). Inline: the facet spy calls it per match and field.
  std::span<const uint32_t> ids(Field field, Xapian::docid doc) const {
    const Column& column = columns_[field];
    if (static_cast<size_t>(doc) + 1 >= column.offsets.size()) return {};
    return std::span<const uint32_t>(column.ids).subspan(
        column.offsets[doc], column.offsets[doc + 1] - column.offsets[doc]);
  }

  // The value an id stands for, and how many distinct values `field` has.
  // Ids follow the values' byte order: comparing two ids compares their
  // values, without reading them.
  const std::string& value(Field field, uint32_t id) const { return columns_[field].values[id]; }
  size_t value_count(Field field) const { return columns_[field].values.size(); }

 private:
  // Compressed rows: doc d has ids[offsets[d] .. offsets[d + 1]).
  struct Column {
    std::vector<uint32_t> offsets;
    std::vector<uint32_t> ids;
    std::vector<std::string> values;
  };

  static Column load_column(const Xapian::Database& db, Field field);
  static void sort_values(Column* column);

  std::array<Column, kFieldCount> columns_;
};

}  // namespace kb
