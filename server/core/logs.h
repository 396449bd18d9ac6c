#pragma once

#include "http/router.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

namespace kanri::server {

class Database;

// The access log (seed §3.3.1): one row per request with time received, client address,
// method, path without query, status, latency, bytes, user, request id and user agent.
// Rows are buffered and written in one transaction every 200 ms (and at shutdown) by a thread
// of the log's own, so logging costs the request path almost nothing and no serving thread
// waits for the writes. Never records bodies, tokens or query strings. record() is called by
// every serving thread.
class AccessLog : public QObject
{
    Q_OBJECT
public:
    explicit AccessLog(Database &database, QObject *parent = nullptr);
    ~AccessLog() override;

    void record(const Request &request, const Response &response, qint64 latencyUs);
    // Writes the buffered rows now (on the calling thread).
    void flush();

private:
    struct Row
    {
        qint64 tenantPk;
        qint64 at;
        QString clientIp;
        QString method;
        QString path;
        int status;
        qint64 latencyUs;
        qint64 bytes;
        qint64 userPk;
        QString requestId;
        QString userAgent;
    };
    Database &m_database;
    QMutex m_mutex;
    QList<Row> m_rows; // guarded by m_mutex
    QThread m_writer;
    QObject *m_writerContext = nullptr; // lives on m_writer: runs its timer and queued flushes
};

// One entry of the operation log (seed §3.3.2): who did what to what, with what result.
struct Operation
{
    qint64 tenantPk = 0;
    qint64 actorPk = 0;
    QString actor;    // login of the actor, or "vendor" for operator commands
    QString action;   // e.g. "user.create"
    QString target;   // e.g. the user's id
    QString result;   // "ok", "denied", "failed"
    QString details;  // never passwords, tokens or codes
    QString clientIp;
    QString requestId;
};

// Writes an operation log row with the caller's connection (inside its transaction, so the
// log and the change commit together).
bool writeOperation(QSqlDatabase db, const Operation &operation);

} // namespace kanri::server
