#include "indexer/document/steps_heading.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

namespace kb {

namespace {

struct StepsName {
  std::string_view folded;  // NFKC case-folded
  // Thai writes words without spaces, so "ขั้นตอนการเปิดใช้งาน" ("steps of
  // activation") starts with the name and goes straight on.
  bool next_word_may_touch;
};

// The word for "steps" in each corpus language, as it heads a list of steps.
constexpr StepsName kStepsNames[] = {
    {"steps", false},                                       // English
    {"\u091A\u0930\u0923", false},                          // Hindi चरण
    {"\u09A7\u09BE\u09AA\u09B8\u09AE\u09C2\u09B9", false},  // Bengali ধাপসমূহ
    {"\u09A7\u09BE\u09AA", false},                          // Bengali ধাপ
    {"\u0BAA\u0B9F\u0BBF\u0B95\u0BB3\u0BCD", false},        // Tamil படிகள்
    {"\u0E02\u0E31\u0E49\u0E19\u0E15\u0E2D\u0E19", true},   // Thai ขั้นตอน
};

std::string fold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString folded =
      nfkc_cf->normalize(icu::UnicodeString::fromUTF8(
                             icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                         status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_steps_heading(std::string_view heading_text) {
  const std::string folded = fold(trim(heading_text));
  const std::string_view text = folded;
  for (const StepsName& name : kStepsNames) {
    if (text.substr(0, name.folded.size()) != name.folded) continue;
    const std::string_view rest = text.substr(name.folded.size());
    if (rest.empty() || rest.front() == ':' || is_space(rest.front()) || name.next_word_may_touch) {
      return true;
    }
  }
  return false;
}

}  // namespace kb
