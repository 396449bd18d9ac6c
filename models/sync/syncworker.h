#pragma once

#include "cache/cachestore.h"
#include "sync/cachewriter.h"
#include "sync/syncresult.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace kanri::sync {

// The sync engine's hands on the sync thread: decodes pages and writes them into the cache
// through its own connection. Every call is queued from the engine; answers are signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(cache::CacheConnection connection);
    ~SyncWorker() override;

    void loadState(quint64 run);
    void applyDelta(quint64 run, Resource resource, const QByteArray &body);
    void applyWhole(quint64 run, Resource resource, const QList<QByteArray> &bodies);
    void clear(quint64 run, Resource resource);
    void finishRun(quint64 run);

Q_SIGNALS:
    void stateLoaded(quint64 run, const QList<kanri::cache::Watermark> &state,
                     const std::optional<kanri::sync::SyncError> &error);
    // A delta page was decoded (before it is written): the next one may be fetched.
    void parsed(quint64 run, kanri::sync::Resource resource, const std::optional<QString> &nextCursor);
    void applied(quint64 run, kanri::sync::Resource resource, const kanri::sync::ResourceCounts &counts,
                 const std::optional<kanri::sync::SyncError> &error);
    void runRecorded(quint64 run, const std::optional<kanri::sync::SyncError> &error);

private:
    std::optional<SyncError> ensureOpen();
    // Writes the decoded pages waiting for their transaction.
    void flush();

    cache::CacheConnection m_connection;
    cache::Database m_db;
    std::unique_ptr<CacheWriter> m_writer;
    // Pages decoded while the previous ones were written share one transaction: the engine
    // fetches ahead, and a first sync is bound by writing (every page is encrypted).
    quint64 m_batchRun = 0;
    QList<ParsedPage> m_batch;
    QTimer *m_flushTimer;
};

} // namespace kanri::sync
