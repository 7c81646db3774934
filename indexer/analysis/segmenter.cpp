#include "indexer/analysis/segmenter.h"

#include <unicode/utext.h>

namespace kb {

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) iterator_.reset();
}

std::vector<WordSpan> Segmenter::words(std::string_view text) {
  std::vector<WordSpan> spans;
  if (text.empty() || !iterator_) return spans;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) iterator_->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return spans;
  }
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    // Rule status "none" marks spaces and punctuation; letters, numbers,
    // kana and ideographs have their own statuses.
    if (iterator_->getRuleStatus() == UBRK_WORD_NONE) continue;
    spans.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  // The iterator keeps a pointer to `ut`: detach it before closing.
  iterator_->setText(icu::UnicodeString());
  utext_close(ut);
  return spans;
}

}  // namespace kb
