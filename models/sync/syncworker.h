#pragma once

#include "cache/cachestore.h"
#include "sync/cachewriter.h"
#include "sync/syncresult.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace kanri::sync {

// The sync engine's hands on the sync thread: writes into the cache through its own
// connection. Every call is queued (from the engine, or from the PageDecoder); answers are
// signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(cache::CacheConnection connection);
    ~SyncWorker() override;

    void loadState(quint64 run);
    // A decoded delta page. Pages that arrive while earlier ones are written share their
    // transaction (with the last page's watermark).
    void enqueue(quint64 run, ParsedPage page);
    void reject(quint64 run, Resource resource, const SyncError &error);
    void applyWhole(quint64 run, Resource resource, const QList<QByteArray> &bodies);
    void clear(quint64 run, Resource resource);
    void finishRun(quint64 run);

Q_SIGNALS:
    void stateLoaded(quint64 run, const QList<kanri::cache::Watermark> &state,
                     const std::optional<kanri::sync::SyncError> &error);
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
    // A first sync is bound by writing (every page is encrypted and authenticated), and the
    // engine and the decoder run ahead: the pages waiting here go into one transaction.
    quint64 m_batchRun = 0;
    QList<ParsedPage> m_batch;
    bool m_flushPosted = false;
};

// Decodes delta pages on a thread of its own, so that the engine can fetch the next page and
// the worker can write the previous ones meanwhile.
class PageDecoder : public QObject
{
    Q_OBJECT
public:
    // Decodes `body`; says `parsed`, then hands the page (or the decoding error) to `writer`.
    void decode(quint64 run, Resource resource, const QByteArray &body, SyncWorker *writer);

Q_SIGNALS:
    // A delta page was decoded (before it is written): the next one may be fetched.
    void parsed(quint64 run, kanri::sync::Resource resource, const std::optional<QString> &nextCursor);
};

} // namespace kanri::sync
