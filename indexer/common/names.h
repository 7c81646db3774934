// Rules for the names that become paths or terms: client names (folders
// under the corpus and index roots) and article ids. Checked wherever a name
// comes from outside, so no name can climb out of its folder.
#pragma once

#include <string_view>

namespace kb {

// ^[a-z0-9][a-z0-9_-]{0,63}$: safe as a folder name, no "..", no "/".
bool is_valid_client_name(std::string_view name);

// ^[A-Za-z0-9._:-]{1,200}$ and not "." or "..".
bool is_valid_article_id(std::string_view id);

}  // namespace kb
