#pragma once

#include <QtGlobal>

class QHostAddress;

namespace Hookbench::Engine {

// Sets TCP_NODELAY on every TCP socket of this process whose peer is `port` on `peer` (any address when `peer` is
// null) and that does not have it yet; returns how many were changed. Linux only (it reads /proc/self/fd); a no-op
// returning 0 elsewhere.
//
// Why: Qt 6.4's QNetworkAccessManager writes an HTTP/2 request as several small writes to a socket it leaves
// without TCP_NODELAY, and offers no way to reach that socket. Each write after the first waits for the peer's
// delayed ACK (~40 ms on Linux) under Nagle's algorithm. The HTTP sender calls this once per new HTTP/2 connection.
int setLowDelayOnSocketsTo(const QHostAddress &peer, quint16 port);

} // namespace Hookbench::Engine
