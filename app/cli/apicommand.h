#pragma once

#include <QString>

#include <memory>

namespace Hookbench::Storage {
class Workspace;
}
namespace Hookbench::Engine {
class DeliveryEngine;
}
namespace Hookbench::Subscriptions {
class ManagementServer;
}

namespace Hookbench::Cli {

// Starts the subscription APIs for `hookbench api` and `hookbench run`: port 0 and an empty token take the
// workspace's settings (a token is generated and kept the first time). Prints the base URL and the token on
// stdout, then one line per API request (and the reason of a refusal) and per WebSub verification on stderr. Null
// (reason printed) on failure.
std::unique_ptr<Subscriptions::ManagementServer> serveSubscriptionApis(Storage::Workspace &workspace,
                                                                       Engine::DeliveryEngine &engine, quint16 port,
                                                                       QString token, const QString &command);

} // namespace Hookbench::Cli
