#pragma once

#include "cache/cachestore.h"
#include "sync/syncresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

namespace kanri::api {
class ApiClient;
class ApiRequest;
struct ApiError;
} // namespace kanri::api

namespace kanri::sync {

class PageDecoder;
class SyncWorker;

// Brings the cache up to date with the service: every resource, with updated_since deltas,
// tombstones and per-resource watermarks. The first sync pages through everything; later ones
// fetch only the changes. Requests go through the ApiClient on this object's thread (the GUI
// thread); decoding and writing run on a sync thread with a connection of its own, each page in
// one transaction with its watermark (pages that arrive while earlier ones are being written
// share one). A sync that stops (kill, cancel, network) resumes at the last page written.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(api::ApiClient &client, cache::CacheConnection connection, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Items per page (1–1000).
    void setPageSize(int size) { m_pageSize = size; }
    // The waits before each retry when the network or the service fails (after the ApiClient's
    // own retries); the sync fails when they are used up.
    void setRetryDelays(QList<std::chrono::milliseconds> delays) { m_retryDelays = std::move(delays); }
    // Only these resources (tests); all by default.
    void setResources(QList<Resource> resources) { m_resources = std::move(resources); }

    bool isRunning() const { return m_running; }
    // Starts a sync. While one runs, another follows it once (F5, the timer and changes may ask
    // at any time).
    void sync();
    // Stops the running sync: what was applied stays; `failed` with Kind::Cancelled follows.
    void cancel();

Q_SIGNALS:
    // `full`: some resource is pulled from the beginning (the first sync, or after a rebuild).
    void started(bool full);
    // Items applied so far for `resource` in this sync; `estimated` is 0 when unknown.
    void progress(kanri::sync::Resource resource, qint64 done, qint64 estimated);
    // Waiting `delayMs` before trying again after `error`.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    void finished(const kanri::sync::SyncSummary &summary);
    void failed(const kanri::sync::SyncError &error);

private:
    struct ResourceState
    {
        std::optional<QString> watermark;
        std::optional<QString> nextCursor;
        bool complete = false;
        qint64 itemCount = 0;
    };

    void startRun();
    void onStateLoaded(quint64 run, const QList<cache::Watermark> &state,
                       const std::optional<SyncError> &error);
    void startResource();
    void fetch();
    void onFetched(api::ApiRequest *request);
    bool retryAfter(const api::ApiError &error);
    void onParsed(quint64 run, Resource resource, const std::optional<QString> &nextCursor);
    void onApplied(quint64 run, Resource resource, const ResourceCounts &counts,
                   const std::optional<SyncError> &error);
    void nextResource();
    void onRunRecorded(quint64 run, const std::optional<SyncError> &error);
    void stop(const std::optional<SyncError> &error);
    Resource current() const { return m_resources.at(m_index); }

    api::ApiClient &m_client;
    QThread m_thread;
    SyncWorker *m_worker; // lives on m_thread; deleted when it finishes
    QThread m_decodeThread;
    PageDecoder *m_decoder; // lives on m_decodeThread
    int m_pageSize = 1000;
    QList<std::chrono::milliseconds> m_retryDelays;
    QList<Resource> m_resources;

    bool m_running = false;
    bool m_again = false;
    quint64 m_run = 0;
    qsizetype m_index = 0;
    QHash<QString, ResourceState> m_state;
    SyncSummary m_summary;
    QElapsedTimer m_elapsed;
    QString m_timeZone; // the tenant's, for the usage range

    // The resource in progress.
    QPointer<api::ApiRequest> m_request;
    QTimer m_retryTimer;
    int m_attempt = 0;
    QString m_cursor;       // the next page's cursor (empty: start from the watermark)
    bool m_cursorStored = false; // m_cursor came from the cache, and may be refused
    QList<QByteArray> m_bodies; // pages of a resource without deltas
    int m_pendingApplies = 0;
    bool m_lastPageSent = false;
    bool m_fetchWhenApplied = false; // the next page waits for the writer
};

} // namespace kanri::sync
