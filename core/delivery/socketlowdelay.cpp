#include "socketlowdelay.h"

#include <QHostAddress>

#ifdef Q_OS_LINUX
#include <cstdlib>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

namespace Hookbench::Engine {

#ifdef Q_OS_LINUX

namespace {

bool peerMatches(int fd, const QHostAddress &peer, quint16 port)
{
    int protocol = 0;
    socklen_t length = sizeof protocol;
    if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 || protocol != IPPROTO_TCP)
        return false;
    sockaddr_storage address {};
    length = sizeof address;
    // A socket still connecting has no peer yet (ENOTCONN); the caller scans once the connection answered.
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    QHostAddress actual;
    quint16 actualPort = 0;
    if (address.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&address);
        actual.setAddress(ntohl(in->sin_addr.s_addr));
        actualPort = ntohs(in->sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        actual.setAddress(in6->sin6_addr.s6_addr);
        actualPort = ntohs(in6->sin6_port);
    } else {
        return false;
    }
    // isEqual with the convenience conversion also matches 127.0.0.1 against ::ffff:127.0.0.1 (a dual-stack socket).
    return actualPort == port && (peer.isNull() || actual.isEqual(peer, QHostAddress::ConvertV4MappedToIPv4));
}

} // namespace

// Cost: reading /proc/self/fd, an fstat per descriptor and three or four more system calls per socket, so a few
// hundred system calls in a process with a hundred descriptors: too much per request, nothing once per connection,
// which is how often the sender calls it.
//
// Threads: QNAM's sockets live on its own HTTP thread while this runs on the sender's. That is fine for the
// kernel, which serialises setsockopt with the other thread's writes under the socket's lock. Should a descriptor
// be closed and reused between the checks and setsockopt, the worst case is TCP_NODELAY on another TCP socket, or
// an ENOPROTOOPT on a non-TCP one, which is ignored.
//
// Matching on the peer only can also catch another socket of this process talking to the same address and port
// (another QNAM, a second sender). TCP_NODELAY changes only when small writes leave, never what is sent, so that
// is harmless.
int setLowDelayOnSocketsTo(const QHostAddress &peer, quint16 port)
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return 0;
    int changed = 0;
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long number = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || number == ::dirfd(dir))
            continue;
        const int fd = int(number);
        struct stat info = {};
        if (::fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode) || !peerMatches(fd, peer, port))
            continue;
        int on = 0;
        socklen_t length = sizeof on;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &length) != 0 || on)
            continue;
        on = 1;
        if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    ::closedir(dir);
    return changed;
}

#else

int setLowDelayOnSocketsTo(const QHostAddress &, quint16)
{
    return 0;
}

#endif

} // namespace Hookbench::Engine
