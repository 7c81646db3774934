#include "server/search/facet_counter.h"

#include <algorithm>
#include <map>

#include "indexer/index/index_format.h"

namespace kb {

namespace {

// Counts the tags of each match: they share one value slot, joined by
// kTagSeparator, so Xapian's ValueCountMatchSpy would count the joined
// string.
class TagCountSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    const std::string joined = doc.get_value(format::kSlotTags);
    size_t start = 0;
    while (start < joined.size()) {
      size_t end = joined.find(format::kTagSeparator, start);
      if (end == std::string::npos) end = joined.size();
      if (end > start) ++counts_[joined.substr(start, end - start)];
      start = end + 1;
    }
  }
  const std::map<std::string, size_t>& counts() const { return counts_; }

 private:
  std::map<std::string, size_t> counts_;
};

Xapian::valueno slot_of(const std::string& field) {
  if (field == "type") return format::kSlotType;
  if (field == "language") return format::kSlotLanguage;
  return format::kSlotProduct;
}

}  // namespace

struct FacetCounter::Field {
  std::string name;
  std::unique_ptr<Xapian::ValueCountMatchSpy> values;  // type, language, product
  std::unique_ptr<TagCountSpy> tags;                   // tag
};

const std::vector<std::string>& FacetCounter::fields() {
  static const std::vector<std::string> names = {"type", "language", "product", "tag"};
  return names;
}

Status FacetCounter::check(const std::vector<std::string>& requested) {
  for (const auto& field : requested) {
    if (std::find(fields().begin(), fields().end(), field) == fields().end()) {
      return Status::invalid_argument(
          "facets: no field '" + field + "'; choose from type, language, product, tag",
          {"", 0, "facets"});
    }
  }
  return Status::ok();
}

FacetCounter::FacetCounter(const std::vector<std::string>& requested) {
  for (const auto& name : requested) {
    const bool seen = std::any_of(fields_.begin(), fields_.end(),
                                  [&](const auto& f) { return f->name == name; });
    if (seen) continue;
    auto field = std::make_unique<Field>();
    field->name = name;
    if (name == "tag") {
      field->tags = std::make_unique<TagCountSpy>();
    } else {
      field->values = std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(name));
    }
    fields_.push_back(std::move(field));
  }
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (auto& field : fields_) {
    if (field->tags) {
      enquire.add_matchspy(field->tags.get());
    } else {
      enquire.add_matchspy(field->values.get());
    }
  }
}

std::vector<Facet> FacetCounter::facets(size_t max_values) const {
  std::vector<Facet> out;
  for (const auto& field : fields_) {
    Facet facet;
    facet.field = field->name;
    if (field->tags) {
      for (const auto& [value, count] : field->tags->counts()) facet.values.push_back({value, count});
    } else {
      for (auto it = field->values->values_begin(); it != field->values->values_end(); ++it) {
        if (!(*it).empty()) facet.values.push_back({*it, it.get_termfreq()});
      }
    }
    std::sort(facet.values.begin(), facet.values.end(), [](const auto& a, const auto& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (facet.values.size() > max_values) facet.values.resize(max_values);
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace kb
