#include "server/search/facet_counter.h"

#include <algorithm>
#include <cmath>

namespace kb {

class FacetCounter::Spy : public Xapian::MatchSpy {
 public:
  Spy(const std::vector<std::string>& requested, std::shared_ptr<const FacetColumns> columns)
      : columns_(std::move(columns)) {
    for (const auto& name : requested) {
      const FacetColumns::Field field = FacetColumns::field_named(name);
      const bool seen = std::any_of(fields_.begin(), fields_.end(),
                                    [&](const Counts& c) { return c.field == field; });
      if (!seen) {
        fields_.push_back({name, field, std::vector<uint32_t>(columns_->value_count(field)), {}});
      }
    }
  }

  void operator()(const Xapian::Document& doc, double) override {
    ++total_;
    const Xapian::docid id = doc.get_docid();
    for (Counts& c : fields_) {
      for (uint32_t value : columns_->ids(c.field, id)) {
        if (c.counts[value]++ == 0) c.seen.push_back(value);
      }
    }
  }

  size_t total() const { return total_; }

  std::vector<Facet> facets(size_t max_values, double scale) const {
    std::vector<Facet> out;
    for (const Counts& c : fields_) {
      // Ranked by id first: a field may have thousands of values (tags),
      // and only the top max_values become strings. Ids are in the values'
      // order, so equal counts go by value without reading one.
      std::vector<std::pair<uint32_t, uint32_t>> seen;  // (count, value id)
      for (uint32_t value : c.seen) seen.emplace_back(c.counts[value], value);
      const size_t keep = std::min(max_values, seen.size());
      std::partial_sort(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(keep), seen.end(),
                        [](const auto& a, const auto& b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                        });
      Facet facet;
      facet.field = c.name;
      for (size_t k = 0; k < keep; ++k) {
        const auto count = static_cast<size_t>(std::llround(seen[k].first * scale));
        facet.values.push_back({columns_->value(c.field, seen[k].second), std::max<size_t>(1, count)});
      }
      out.push_back(std::move(facet));
    }
    return out;
  }

 private:
  struct Counts {
    std::string name;
    FacetColumns::Field field;
    std::vector<uint32_t> counts;  // per value id
    std::vector<uint32_t> seen;    // the value ids counted, so a field with
                                   // thousands of values is not scanned
  };

  std::shared_ptr<const FacetColumns> columns_;
  std::vector<Counts> fields_;
  size_t total_ = 0;
};

Status FacetCounter::check(const std::vector<std::string>& requested) {
  for (const auto& field : requested) {
    if (FacetColumns::field_named(field) == FacetColumns::kFieldCount) {
      return Status::invalid_argument(
          "facets: no field '" + field + "'; choose from type, language, product, tag",
          {"", 0, "facets"});
    }
  }
  return Status::ok();
}

FacetCounter::FacetCounter(const std::vector<std::string>& requested,
                           std::shared_ptr<const FacetColumns> columns)
    : spy_(std::make_unique<Spy>(requested, std::move(columns))) {}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) { enquire.add_matchspy(spy_.get()); }

size_t FacetCounter::counted() const { return spy_->total(); }

std::vector<Facet> FacetCounter::facets(size_t max_values, double scale) const {
  return spy_->facets(max_values, scale);
}

}  // namespace kb
