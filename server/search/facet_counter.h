// FacetCounter: counts the values of the facet fields (type, language,
// product, tag) over the matches of a search, not only the page shown: a
// Xapian match spy that looks each match up in the client's FacetColumns.
//
// Xapian calls the spy for every match it looks at; the searcher's boolean
// counting pass looks at SearcherOptions::facet_sample matches at least (the
// first in index order) and scales the counts to the estimated total, the
// approach Xapian's MatchSpy documentation describes, so a query matching
// most of 1M articles stays fast.
//
// Thread safety: one per search.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "indexer/common/status.h"
#include "server/search/facet_columns.h"
#include "server/search/search_types.h"

namespace kb {

class FacetCounter {
 public:
  // InvalidArgument (field "facets") naming a field that is not one of
  // type, language, product and tag.
  static Status check(const std::vector<std::string>& requested);

  // `requested` must have passed check(); `columns` are the searched
  // database's, at the revision searched.
  FacetCounter(const std::vector<std::string>& requested,
               std::shared_ptr<const FacetColumns> columns);
  ~FacetCounter();

  // Adds the spy to `enquire`; the counts fill in while it matches.
  void attach(Xapian::Enquire& enquire);

  // Matches the spy saw.
  size_t counted() const;

  // Counts per field, in the order requested, each at most `max_values`
  // values, most frequent first (ties by value). Every count is multiplied
  // by `scale` (the estimated matches per counted one) and rounded; a value
  // seen at all counts at least 1.
  std::vector<Facet> facets(size_t max_values, double scale = 1) const;

 private:
  class Spy;
  std::unique_ptr<Spy> spy_;
};

}  // namespace kb
