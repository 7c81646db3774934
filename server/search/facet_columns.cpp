#include "server/search/facet_columns.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "indexer/index/index_format.h"

namespace kb {

namespace {

Xapian::valueno slot_of(FacetColumns::Field field) {
  switch (field) {
    case FacetColumns::kType: return format::kSlotType;
    case FacetColumns::kLanguage: return format::kSlotLanguage;
    case FacetColumns::kProduct: return format::kSlotProduct;
    default: return format::kSlotTags;
  }
}

}  // namespace

FacetColumns::Field FacetColumns::field_named(std::string_view name) {
  if (name == "type") return kType;
  if (name == "language") return kLanguage;
  if (name == "product") return kProduct;
  if (name == "tag") return kTag;
  return kFieldCount;
}

std::shared_ptr<const FacetColumns> FacetColumns::load(const Xapian::Database& db) {
  auto columns = std::make_shared<FacetColumns>();
  for (size_t f = 0; f < kFieldCount; ++f) {
    columns->columns_[f] = load_column(db, static_cast<Field>(f));
  }
  return columns;
}

FacetColumns::Column FacetColumns::load_column(const Xapian::Database& db, Field field) {
  Column column;
  const Xapian::docid last = db.get_lastdocid();
  column.offsets.reserve(static_cast<size_t>(last) + 2);
  column.offsets.push_back(0);  // document ids start at 1
  std::unordered_map<std::string, uint32_t> id_of;
  auto add = [&](std::string_view value) {
    if (value.empty()) return;
    auto [it, inserted] =
        id_of.emplace(std::string(value), static_cast<uint32_t>(column.values.size()));
    if (inserted) column.values.emplace_back(value);
    column.ids.push_back(it->second);
  };
  const Xapian::valueno slot = slot_of(field);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const Xapian::docid doc = it.get_docid();
    while (column.offsets.size() <= doc) column.offsets.push_back(static_cast<uint32_t>(column.ids.size()));
    const std::string value = *it;
    if (field != kTag) {
      add(value);
      continue;
    }
    // Tags share one slot, joined by kTagSeparator.
    const std::string_view all(value);
    size_t start = 0;
    while (start < all.size()) {
      size_t end = all.find(format::kTagSeparator, start);
      if (end == std::string_view::npos) end = all.size();
      add(all.substr(start, end - start));
      start = end + 1;
    }
  }
  while (column.offsets.size() <= static_cast<size_t>(last) + 1) {
    column.offsets.push_back(static_cast<uint32_t>(column.ids.size()));
  }
  sort_values(&column);
  return column;
}

void FacetColumns::sort_values(Column* column) {
  std::vector<uint32_t> by_value(column->values.size());  // ids in their values' order
  std::iota(by_value.begin(), by_value.end(), 0);
  std::sort(by_value.begin(), by_value.end(),
            [&](uint32_t a, uint32_t b) { return column->values[a] < column->values[b]; });
  std::vector<uint32_t> new_id(by_value.size());
  std::vector<std::string> values(by_value.size());
  for (uint32_t rank = 0; rank < by_value.size(); ++rank) {
    new_id[by_value[rank]] = rank;
    values[rank] = std::move(column->values[by_value[rank]]);
  }
  for (uint32_t& id : column->ids) id = new_id[id];
  column->values = std::move(values);
}

}  // namespace kb
