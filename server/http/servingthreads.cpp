#include "http/servingthreads.h"

#include "store/database.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QThread>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServing, "kanri.http")

namespace kanri::server {

namespace {

// Another listening socket for the address and port of `listener`, for a serving thread.
// On Linux a socket of its own in the port's SO_REUSEPORT group, so the kernel spreads new
// connections evenly over the threads (a duplicate of one socket goes to whichever thread wakes
// first, which under a burst of connections is mostly one). Elsewhere a duplicate.
int siblingListener(int listener)
{
#ifdef Q_OS_LINUX
    // The first socket was bound without SO_REUSEPORT, so "address in use" kept its meaning;
    // setting it now, before the siblings bind, lets them join its group.
    const int one = 1;
    sockaddr_storage address = {};
    socklen_t length = sizeof address;
    if (::setsockopt(listener, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return -1;
    const int sibling = ::socket(address.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (sibling < 0)
        return -1;
    int v6only = 0;
    socklen_t v6length = sizeof v6only;
    const bool ok =
        ::setsockopt(sibling, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0
        && ::setsockopt(sibling, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) == 0
        && (address.ss_family != AF_INET6
            || (::getsockopt(listener, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, &v6length) == 0
                && ::setsockopt(sibling, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only) == 0))
        && ::bind(sibling, reinterpret_cast<const sockaddr *>(&address), length) == 0
        && ::listen(sibling, 128) == 0;
    if (!ok) {
        ::close(sibling);
        return -1;
    }
    return sibling;
#else
    return ::fcntl(listener, F_DUPFD_CLOEXEC, 0);
#endif
}

} // namespace

// A thread with its own HttpService, accepting from a listening socket on the same port as the
// main one (siblingListener()), and then serving each connection it took to the end.
class ServingThreads::Thread : public QThread
{
public:
    Thread(const ServingThreads &owner, qintptr descriptor)
        : m_owner(owner)
        , m_descriptor(descriptor)
    {
    }

protected:
    void run() override
    {
        {
            HttpService http(m_owner.m_router);
            http.setObserver(m_owner.m_observer);
            auto *server = new QSslServer(&http);
            server->setSslConfiguration(m_owner.m_ssl);
            if (server->setSocketDescriptor(m_descriptor)) {
                http.serve(server);
                exec();
            } else {
                qCWarning(lcServing) << "a serving thread cannot accept:" << server->errorString();
                ::close(static_cast<int>(m_descriptor));
            }
        }
        m_owner.m_database.releaseConnection();
    }

private:
    const ServingThreads &m_owner;
    const qintptr m_descriptor;
};

ServingThreads::ServingThreads(const Router &router, QSslConfiguration ssl,
                               HttpService::Observer observer, const Database &database)
    : m_router(router)
    , m_ssl(std::move(ssl))
    , m_observer(std::move(observer))
    , m_database(database)
    , m_main(std::make_unique<HttpService>(router))
{
    m_main->setObserver(m_observer);
}

ServingThreads::~ServingThreads()
{
    for (const auto &thread : m_threads)
        thread->quit();
    for (const auto &thread : m_threads)
        thread->wait();
}

quint16 ServingThreads::listen(const QHostAddress &address, quint16 port, int threads,
                               QString *error)
{
    auto *server = new QSslServer(m_main.get());
    server->setSslConfiguration(m_ssl);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    m_main->serve(server);
    if (threads <= 0)
        threads = std::min(QThread::idealThreadCount(), 4);
    for (int i = 1; i < threads; ++i) {
        const int descriptor = siblingListener(static_cast<int>(server->socketDescriptor()));
        if (descriptor < 0) {
            qCWarning(lcServing) << "cannot share the listening socket; serving with"
                                 << threadCount() << "threads";
            break;
        }
        m_threads.push_back(std::make_unique<Thread>(*this, descriptor));
        m_threads.back()->setObjectName(QStringLiteral("http-%1").arg(i));
        m_threads.back()->start();
    }
    return server->serverPort();
}

} // namespace kanri::server
