#include "indexer/analysis/romanizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <vector>

#include "indexer/common/ascii.h"

namespace kb {

namespace {

// Latin spelling of the letters of the Brahmic blocks, by offset within the
// block (Devanagari U+0900, Bengali U+0980 and Tamil U+0B80 share one
// layout). Consonants carry no vowel; the inherent vowel is handled apart.
const char* consonant(unsigned offset) {
  static const char* const kConsonants[0x3A] = {
      nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,  // 00-07
      nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,  // 08-0f
      nullptr, nullptr, nullptr, nullptr, nullptr,                             // 10-14
      "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n",                  // 15-1e
      "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n",               // 1f-29
      "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v",            // 2a-35
      "sh", "sh", "s", "h"};                                                   // 36-39
  if (offset < 0x3A) return kConsonants[offset];
  switch (offset) {
    case 0x58: return "k";
    case 0x59: return "kh";
    case 0x5A: return "g";
    case 0x5B: return "j";
    case 0x5C: return "r";
    case 0x5D: return "rh";
    case 0x5E: return "f";
    case 0x5F: return "y";
    default: return nullptr;
  }
}

const char* independent_vowel(unsigned offset) {
  switch (offset) {
    case 0x05: return "a";
    case 0x06: return "aa";
    case 0x07: return "i";
    case 0x08: return "ii";
    case 0x09: return "u";
    case 0x0A: return "uu";
    case 0x0B: return "ri";
    case 0x0C: return "li";
    case 0x0D: case 0x0E: case 0x0F: return "e";
    case 0x10: return "ai";
    case 0x11: case 0x12: case 0x13: return "o";
    case 0x14: return "au";
    case 0x60: return "ri";
    default: return nullptr;
  }
}

const char* vowel_sign(unsigned offset) {
  switch (offset) {
    case 0x3E: return "aa";
    case 0x3F: return "i";
    case 0x40: return "ii";
    case 0x41: return "u";
    case 0x42: return "uu";
    case 0x43: case 0x44: return "ri";
    case 0x45: case 0x46: case 0x47: return "e";
    case 0x48: return "ai";
    case 0x49: case 0x4A: case 0x4B: return "o";
    case 0x4C: case 0x57: return "au";
    default: return nullptr;
  }
}

constexpr unsigned kNukta = 0x3C;
constexpr unsigned kVirama = 0x4D;

struct Block {
  char32_t base;
  Script script;
};

bool block_of(char32_t c, Block* block) {
  if (c >= 0x900 && c < 0x980) *block = {0x900, Script::kDevanagari};
  else if (c >= 0x980 && c < 0xA00) *block = {0x980, Script::kBengali};
  else if (c >= 0xB80 && c < 0xC00) *block = {0xB80, Script::kTamil};
  else return false;
  return true;
}

std::vector<char32_t> nfc_code_points(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = normalized;
  }
  std::vector<char32_t> out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    out.push_back(static_cast<char32_t>(u.char32At(i)));
  }
  return out;
}

void replace_all(std::string* s, std::string_view from, std::string_view to) {
  size_t hit = s->find(from);
  if (hit == std::string::npos) return;  // most rules miss most words: no copy
  std::string out;
  size_t pos = 0;
  for (; hit != std::string::npos; hit = s->find(from, pos)) {
    out.append(*s, pos, hit - pos);
    out += to;
    pos = hit + from.size();
  }
  out.append(*s, pos, std::string::npos);
  *s = std::move(out);
}

}  // namespace

std::string Romanizer::key_of_native(std::string_view word) const {
  const std::vector<char32_t> cps = nfc_code_points(word);
  Block block{};
  Script script = Script::kOther;
  for (char32_t c : cps) {
    if (block_of(c, &block)) {
      script = block.script;
      break;
    }
  }
  if (script == Script::kOther) return {};

  std::string latin;
  // The inherent vowel is spelled out as "a"; fold() drops medial "a"s after
  // collapsing doubled letters, as typed spellings get the same treatment.
  bool pending = false;  // a consonant whose inherent vowel has not been cancelled
  auto flush = [&] {
    if (pending) latin += 'a';
    pending = false;
  };
  auto emit_consonant = [&](const char* letters) {
    flush();
    latin += letters;
    pending = true;
  };
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
    if (!block_of(c, &block)) {
      flush();
      if (c < 0x80) latin += ascii_lower(static_cast<char>(c));
      continue;
    }
    const unsigned off = static_cast<unsigned>(c - block.base);
    const unsigned next_off = next >= block.base ? static_cast<unsigned>(next - block.base) : 0;
    if (block.script == Script::kBengali) {
      // ড় and ঢ় are typed r, য় is y while plain য is j, অ is typed o,
      // and the ya-phala (্য) is silent or doubles the consonant.
      if ((off == 0x21 || off == 0x22) && next_off == kNukta) {
        emit_consonant("r");
        ++i;
        continue;
      }
      if (off == 0x2F && next_off == kNukta) {
        emit_consonant("y");
        ++i;
        continue;
      }
      if (off == 0x2F) {
        emit_consonant("j");
        continue;
      }
      if (off == kVirama && next == 0x9AF) {
        pending = false;
        ++i;
        continue;
      }
      if (off == 0x05) {
        flush();
        latin += 'o';
        continue;
      }
    }
    if (block.script == Script::kTamil && off == kVirama && next == 0xBB1 && i > 0 &&
        (cps[i - 1] == 0xBB1 || cps[i - 1] == 0xBA9)) {
      // ற்ற is said and typed "tr", ன்ற "ndr" (folded to "ntr").
      if (cps[i - 1] == 0xBB1) {
        latin.back() = 't';
      } else {
        latin += 't';
      }
      pending = false;
      emit_consonant("r");
      ++i;
      continue;
    }
    if (block.script == Script::kDevanagari && off == 0x1C && next_off == kVirama &&
        i + 2 < cps.size() && cps[i + 2] == 0x91E) {
      emit_consonant("gy");  // ज्ञ is said and typed "gy" ("gyan"), not "jn"
      i += 2;
      continue;
    }
    if (const char* letters = consonant(off)) {
      emit_consonant(letters);
    } else if (const char* sign = vowel_sign(off)) {
      pending = false;
      latin += sign;
    } else if (off == kVirama || off == kNukta) {
      if (off == kVirama) pending = false;
    } else if (const char* vowel = independent_vowel(off)) {
      flush();
      latin += vowel;
    } else if (off == 0x01 || off == 0x02) {
      flush();
      latin += 'n';  // chandrabindu, anusvara
    } else if (off == 0x03) {
      flush();
      latin += 'h';  // visarga
    } else if (off >= 0x66 && off <= 0x6F) {
      flush();
      latin += static_cast<char>('0' + (off - 0x66));
    }
  }
  flush();
  return fold(std::move(latin), script);
}

std::string Romanizer::key_of_latin(std::string_view word, Script script) const {
  return fold(ascii_lower(word), script);
}

std::vector<std::string> Romanizer::keys_of_typed(std::string_view word, Script script) const {
  std::vector<std::string> keys = {key_of_latin(word, script)};
  const std::string& key = keys.front();
  // A final nasal is often left untyped: "nahi" for नहीं ("nahin"). Dropping
  // it from every key merges too much, so a typed word also tries it added.
  if (rules_.untyped_final_nasal && key.size() >= 2 &&
      std::string_view("eiou").find(key.back()) != std::string_view::npos) {
    keys.push_back(key + "n");
  }
  return keys;
}

std::string Romanizer::fold(std::string s, Script script) const {
  const bool tamil = script == Script::kTamil;
  const bool bengali = script == Script::kBengali;
  if (rules_.merge_z_j) replace_all(&s, "z", "j");
  if (rules_.merge_w_v) replace_all(&s, "w", "v");
  // English loanwords end in a silent e: "recharge" is रिचार्ज (richarj).
  if (rules_.final_ge_as_j && s.size() > 3 && s.compare(s.size() - 2, 2, "ge") == 0) {
    s.replace(s.size() - 2, 2, "j");
  }
  replace_all(&s, "q", "k");
  replace_all(&s, "x", "ks");
  // A "c" not starting "ch" or "cch" is the k sound of English words ("card";
  // "recharge" keeps its ch); the Brahmic spelling has no lone c.
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == 'c' && (i + 1 >= s.size() || (s[i + 1] != 'h' && s[i + 1] != 'c'))) s[i] = 'k';
  }
  replace_all(&s, "chh", "c");
  replace_all(&s, "ch", "c");
  if (tamil) replace_all(&s, "jh", "l");  // ழ, typed zh (z already folded to j)
  if (rules_.merge_aspirates) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == 'h' && i > 0 && std::string_view("kgcjtdpb").find(s[i - 1]) != std::string::npos) {
        continue;
      }
      out += s[i] == 'f' ? 'p' : s[i];
    }
    s = std::move(out);
  }
  if (rules_.merge_sibilants) replace_all(&s, "sh", "s");
  if (rules_.merge_vowel_length) {
    replace_all(&s, "aa", "a");
    replace_all(&s, "ii", "i");
    replace_all(&s, "ee", "i");
    replace_all(&s, "oo", "u");
    replace_all(&s, "uu", "u");
  }
  if (tamil && rules_.tamil_voicing) {
    for (char& c : s) {
      switch (c) {
        case 'g': c = 'k'; break;
        case 'd': c = 't'; break;
        case 'b': c = 'p'; break;
        case 'j': case 's': c = 'c'; break;
        default: break;
      }
    }
  }
  if (rules_.collapse_doubles) {
    std::string out;
    for (char c : s) {
      if (out.empty() || out.back() != c) out += c;
    }
    s = std::move(out);
  }
  if (rules_.final_ng_as_n && s.size() > 2 && s.compare(s.size() - 2, 2, "ng") == 0) s.pop_back();

  if (rules_.drop_medial_a || (bengali && rules_.bengali_drop_medial_o)) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      const bool medial = i > 0;
      if (medial && rules_.drop_medial_a && s[i] == 'a') continue;
      if (medial && bengali && rules_.bengali_drop_medial_o && s[i] == 'o') continue;
      out += s[i];
    }
    s = std::move(out);
  }
  if (rules_.y_as_i) replace_all(&s, "y", "i");
  if (rules_.merge_e_i) replace_all(&s, "e", "i");
  return s;
}

}  // namespace kb
