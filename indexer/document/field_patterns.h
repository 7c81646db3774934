// The string patterns of schema/document.schema.json as plain functions, with
// the schema's ECMA-262 meaning: \d is an ASCII digit, \S is anything but
// Unicode white space, and $ matches only at the very end.
#pragma once

#include <string_view>

namespace kb {

// id: ^[A-Za-z0-9._:-]+$
bool matches_id_pattern(std::string_view id);

// client: ^[a-z0-9][a-z0-9_-]*$
bool matches_client_pattern(std::string_view client);

// language: ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$ (a BCP-47 tag's shape)
bool matches_language_pattern(std::string_view language);

// type: one of faq, guide, policy
bool is_article_type(std::string_view type);

// url: ^(https?://|/)\S*$
bool matches_url_pattern(std::string_view url);

// updated_at: YYYY-MM-DD, optionally followed by Thh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm]
bool matches_date_pattern(std::string_view date);

}  // namespace kb
