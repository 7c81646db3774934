// FacetCounter: counts the values of the facet fields (type, language,
// product, tag) over every match of a search, not only the page shown, with
// Xapian match spies on the value slots of index_format.h.
//
// Thread safety: one per search.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "indexer/common/status.h"
#include "server/search/search_types.h"

namespace kb {

class FacetCounter {
 public:
  // The fields a facet may count.
  static const std::vector<std::string>& fields();

  // InvalidArgument (field "facets") naming a field that is not one of fields().
  static Status check(const std::vector<std::string>& requested);

  // `requested` must have passed check().
  explicit FacetCounter(const std::vector<std::string>& requested);
  ~FacetCounter();

  // Adds the spies to `enquire`; the counts fill in while it matches.
  void attach(Xapian::Enquire& enquire);

  // Counts per field, in the order requested, each at most `max_values`
  // values, most frequent first (ties by value).
  std::vector<Facet> facets(size_t max_values) const;

 private:
  struct Field;
  std::vector<std::unique_ptr<Field>> fields_;
};

}  // namespace kb
