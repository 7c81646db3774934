// Where kb-server may listen: without API keys only on a loopback address,
// so an open server is never reachable from another machine by mistake.
#pragma once

#include <string_view>

#include "indexer/common/status.h"

namespace kb {

// Whether requests must carry an API key.
enum class Auth { kNone, kApiKeys };

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_address(std::string_view address);

// Ok when `bind` may be used; InvalidArgument (field "bind") saying to pass
// --keys when a non-loopback address is asked for with Auth::kNone.
Status check_bind_policy(std::string_view bind, Auth auth);

}  // namespace kb
