// Noise added to evaluation queries, to measure how ranking holds up when
// agents mistype (kb-eval --typos) or search mid-word (kb-eval --prefix).
// Words are runs of non-space characters; lengths and edits count grapheme
// clusters, so Hindi and Tamil words are edited like English ones.
#pragma once

#include <random>
#include <string>
#include <string_view>

namespace kb::eval {

// `text` with one random edit (insert, delete or substitute a character, or
// swap two neighbours) in one random word of at least `min_graphemes`;
// unchanged when no word is that long. An inserted or substituted
// character is a random letter a-z in an ASCII word, else a random
// character of the same word.
std::string add_typo(std::string_view text, std::mt19937_64& rng, size_t min_graphemes = 4);

// `text` with its last word cut to its first `graphemes` characters and no
// trailing space, as typed mid-word.
std::string cut_last_word(std::string_view text, size_t graphemes);

}  // namespace kb::eval
