#include "bench/mo_catalog.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>

#include "tests/test_util.h"

namespace kb::bench {
namespace {

void put_u32(std::string* out, uint32_t v, bool big_endian) {
  for (int i = 0; i < 4; ++i) {
    const int shift = big_endian ? 24 - 8 * i : 8 * i;
    out->push_back(static_cast<char>((v >> shift) & 0xff));
  }
}

// A .mo file with these (msgid, msgstr) pairs, in either byte order.
std::string make_mo(const std::vector<std::pair<std::string, std::string>>& entries,
                    bool big_endian = false) {
  const uint32_t n = static_cast<uint32_t>(entries.size());
  const uint32_t originals = 28, translations = originals + 8 * n;
  uint32_t offset = translations + 8 * n;
  std::string header, tables_o, tables_t, strings;
  put_u32(&header, 0x950412de, big_endian);
  put_u32(&header, 0, big_endian);
  put_u32(&header, n, big_endian);
  put_u32(&header, originals, big_endian);
  put_u32(&header, translations, big_endian);
  put_u32(&header, 0, big_endian);
  put_u32(&header, 0, big_endian);
  for (const auto& [id, str] : entries) {
    put_u32(&tables_o, static_cast<uint32_t>(id.size()), big_endian);
    put_u32(&tables_o, offset, big_endian);
    strings += id + '\0';
    offset += static_cast<uint32_t>(id.size() + 1);
  }
  for (const auto& [id, str] : entries) {
    put_u32(&tables_t, static_cast<uint32_t>(str.size()), big_endian);
    put_u32(&tables_t, offset, big_endian);
    strings += str + '\0';
    offset += static_cast<uint32_t>(str.size() + 1);
  }
  return header + tables_o + tables_t + strings;
}

TEST(ReadMoTranslations, ReturnsTranslationsWithoutHeaderInEitherByteOrder) {
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"", "Content-Type: text/plain; charset=UTF-8\n"},
      {"Open", "खोलें"},
      {"Untranslated", ""},
      {std::string("%d file") + '\0' + "%d files", std::string("%d फ़ाइल") + '\0' + "%d फ़ाइलें"},
  };
  for (bool big_endian : {false, true}) {
    auto got = read_mo_translations(make_mo(entries, big_endian), "x.mo");
    ASSERT_OK(got);
    EXPECT_EQ(*got, (std::vector<std::string>{"खोलें", "%d फ़ाइल"})) << big_endian;
  }
}

TEST(ReadMoTranslations, RejectsWhatIsNotACatalog) {
  const std::string good = make_mo({{"a", "b"}});
  const struct {
    std::string bytes;
    const char* message;
  } cases[] = {
      {"short", "shorter than"},
      {std::string(28, 'x'), "magic"},
      {good.substr(0, 30), "past the end"},
      {good.substr(0, good.size() - 2), "past the end"},
  };
  for (const auto& c : cases) {
    auto got = read_mo_translations(c.bytes, "broken.mo");
    ASSERT_FALSE(got.is_ok());
    EXPECT_NE(got.status().message().find("broken.mo"), std::string::npos);
    EXPECT_NE(got.status().message().find(c.message), std::string::npos) << got.status().message();
  }
}

}  // namespace
}  // namespace kb::bench
