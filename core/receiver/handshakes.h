#pragma once

#include "http/connection.h"

#include <optional>

namespace Hookbench::Receiving {

// The automatic answer to a provider's handshake, or nothing when the request is not one:
// - WebSub intent verification: GET with hub.mode and hub.challenge in the query -> 200 with the challenge;
// - CloudEvents webhook abuse protection: OPTIONS with WebHook-Request-Origin -> 200 with
//   WebHook-Allowed-Origin (the origin) and WebHook-Allowed-Rate (the requested rate, or * when none was asked);
// - Slack Events API: POST of {"type":"url_verification","challenge":…} -> 200 with the challenge.
std::optional<Http::Response> handshakeResponse(const Http::Request &request);

} // namespace Hookbench::Receiving
