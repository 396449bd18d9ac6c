#pragma once

#include "http/httpservice.h"

#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <vector>

namespace kanri::server {

class Database;

// The HTTPS listener: an HttpService on the calling (main) thread and one more on each of
// `threads - 1` threads, each listening on the same port (on Linux with a socket of its own in
// an SO_REUSEPORT group, which spreads new connections evenly). Every thread serves the same
// routes, through a database connection of its own.
class ServingThreads
{
public:
    ServingThreads(const Router &router, QSslConfiguration ssl, HttpService::Observer observer,
                   const Database &database);
    // Stops the threads (their open connections close).
    ~ServingThreads();
    ServingThreads(const ServingThreads &) = delete;
    ServingThreads &operator=(const ServingThreads &) = delete;

    // Listens on address:port (0: a free port) with up to `threads` serving threads; returns
    // the port, or 0 with `error` set.
    quint16 listen(const QHostAddress &address, quint16 port, int threads, QString *error);

    int threadCount() const { return 1 + static_cast<int>(m_threads.size()); }

private:
    class Thread;

    const Router &m_router;
    const QSslConfiguration m_ssl;
    const HttpService::Observer m_observer;
    const Database &m_database;
    std::unique_ptr<HttpService> m_main;
    std::vector<std::unique_ptr<Thread>> m_threads;
};

} // namespace kanri::server
