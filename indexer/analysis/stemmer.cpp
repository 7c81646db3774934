#include "indexer/analysis/stemmer.h"

#include "indexer/analysis/suffix_stripper.h"

namespace kb {

std::string Stemmer::stem(const std::string& word, Script script, std::string_view language) {
  if (!last_.memo || script != last_.script || language != last_.language) {
    StemmerChoice choice = stemmer_for(script, language);
    std::string name = choice.snowball;
    name += static_cast<char>('0' + static_cast<int>(choice.kind));
    last_ = {script, std::string(language), std::move(choice), &memo_[name]};
  }
  if (last_.choice.kind == StemmerChoice::Kind::kNone || word.empty()) return word;
  Memo& memo = *last_.memo;
  if (auto it = memo.find(word); it != memo.end()) return it->second;
  if (memo.size() >= kMemoLimit) memo.clear();
  std::string stem = compute(word, last_.choice);
  memo.emplace(word, stem);
  return stem;
}

std::string Stemmer::compute(const std::string& word, const StemmerChoice& choice) {
  switch (choice.kind) {
    case StemmerChoice::Kind::kHindiSuffixes: return strip_suffix(word, SuffixList::kHindi);
    case StemmerChoice::Kind::kBengaliSuffixes: return strip_suffix(word, SuffixList::kBengali);
    case StemmerChoice::Kind::kSnowball: {
      auto it = snowball_.find(choice.snowball);
      if (it == snowball_.end()) {
        try {
          it = snowball_.emplace(choice.snowball, Xapian::Stem(choice.snowball)).first;
        } catch (const Xapian::InvalidArgumentError&) {
          return word;  // this Xapian lacks the stemmer: index unstemmed
        }
      }
      // Xapian 1.4's Tamil stemmer returns "" for some words ("எங்கள்").
      std::string stem = it->second(word);
      return stem.empty() ? word : stem;
    }
    case StemmerChoice::Kind::kNone: break;
  }
  return word;
}

}  // namespace kb
