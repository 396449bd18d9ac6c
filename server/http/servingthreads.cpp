#include "http/servingthreads.h"

#include "store/database.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServing, "kanri.http")

namespace kanri::server {

// A thread with its own HttpService, accepting from a duplicate of the main listening socket:
// whichever thread is free takes a new connection, and then serves it to the end.
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
        const int descriptor =
            ::fcntl(static_cast<int>(server->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
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
