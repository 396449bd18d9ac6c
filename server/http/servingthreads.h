#pragma once

#include "http/httpservice.h"

#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <vector>

namespace kanri::server {

class Database;

// The HTTPS listener: an HttpService on the calling (main) thread and, where the system spreads
// a port's connections over several listening sockets (Linux SO_REUSEPORT), one more on each
// of `threads - 1` threads, each with a socket of its own on the same port. Every thread serves
// the same routes, through a database connection of its own.
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
