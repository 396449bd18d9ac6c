#pragma once

#include "exports/exportgenerator.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace kanri::server {

class Database;

namespace exports {

// The background side of paid log exports: picks approved exports one at a time and
// generates their files on a worker thread (the HTTP server stays responsive), marks them
// ready or failed, and expires ready ones when their time is up. Polls the database, so an
// approval from the operator's command line is picked up within a second.
//
// A service that stops or dies during a generation leaves the export `generating` and at
// most a `.part` file; the next start deletes the partial files and generates such exports
// again from the beginning. Only a complete, synced file is ever renamed to its final name
// and marked ready.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(Database &database, qint64 ttlSeconds, int throttleMs, QObject *parent = nullptr);
    ~ExportJob() override;

    // Looks for work now instead of at the next poll.
    void poke();

private:
    void tick();
    void expireDue();
    void startNext();
    void finish();

    Database &m_database;
    qint64 m_ttlSeconds;
    int m_throttleMs;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    qint64 m_runningPk = 0;
    GenerateSpec m_spec;
    std::shared_ptr<GenerateResult> m_result;
};

} // namespace exports
} // namespace kanri::server
