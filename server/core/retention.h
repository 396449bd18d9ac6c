#pragma once

#include <QObject>
#include <QTimer>

namespace kanri::server {

class Database;

// Deletes what the service keeps for a limited time: access and operation logs and usage
// events older than each tenant's retention (90 days by the seed), expired tokens, old
// idempotency answers and stale sign-in failure counters. Runs at start and then every
// `intervalSeconds`.
class RetentionJob : public QObject
{
    Q_OBJECT
public:
    RetentionJob(Database &database, qint64 intervalSeconds, qint64 idempotencySeconds,
                 QObject *parent = nullptr);

    // Runs one purge now; returns the number of rows deleted.
    qint64 purge();

private:
    Database &m_database;
    qint64 m_idempotencySeconds;
    QTimer m_timer;
};

} // namespace kanri::server
