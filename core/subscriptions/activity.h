#pragma once

#include "router.h"
#include "storage/apiactivitystore.h"

#include <optional>

namespace Hookbench::Subscriptions {

// What the activity log keeps of an answered API request: which API, what it asked for, about what (the URL or
// id), and how it ended, with the provider's own refusal message. Successful reads change nothing and are not
// kept (nullopt).
std::optional<Storage::ApiActivity> requestActivity(const ApiRequest &request, const ApiResult &result,
                                                    const QDateTime &at);

} // namespace Hookbench::Subscriptions
