#include "sync/syncengine.h"

#include "api/apiclient.h"
#include "sync/rawbody.h"
#include "sync/syncworker.h"

#include <QDate>
#include <QTimeZone>

namespace kanri::sync {

namespace {

using RawRequest = api::TypedRequest<RawBody>;
constexpr int kPagesAhead = 8; // fetched but not yet written
using namespace std::chrono_literals;

bool isTransient(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Server
           || error.kind == Kind::RateLimited;
}

SyncError apiFailure(Resource resource, const api::ApiError &error)
{
    const auto kind = error.kind == api::ApiError::Kind::Cancelled ? SyncError::Kind::Cancelled
                                                                   : SyncError::Kind::Api;
    return SyncError{kind, resource, error, std::nullopt, error.technicalDetail};
}

} // namespace

SyncEngine::SyncEngine(api::ApiClient &client, cache::CacheConnection connection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_worker(new SyncWorker(std::move(connection)))
    , m_decoder(new PageDecoder)
    , m_retryDelays{1s, 2s, 4s, 8s, 16s}
    , m_resources(kAllResources.begin(), kAllResources.end())
{
    m_thread.setObjectName(QStringLiteral("kanri-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateLoaded, this, &SyncEngine::onStateLoaded);
    m_decodeThread.setObjectName(QStringLiteral("kanri-decode"));
    m_decoder->moveToThread(&m_decodeThread);
    connect(&m_decodeThread, &QThread::finished, m_decoder, &QObject::deleteLater);
    connect(m_decoder, &PageDecoder::parsed, this, &SyncEngine::onParsed);
    connect(m_worker, &SyncWorker::applied, this, &SyncEngine::onApplied);
    connect(m_worker, &SyncWorker::runRecorded, this, &SyncEngine::onRunRecorded);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::fetch);
    m_thread.start();
    m_decodeThread.start();
}

SyncEngine::~SyncEngine()
{
    if (m_request)
        m_request->abort();
    m_decodeThread.quit(); // first: it hands pages to the worker
    m_decodeThread.wait();
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::sync()
{
    if (m_running) {
        m_again = true;
        return;
    }
    startRun();
}

void SyncEngine::cancel()
{
    m_again = false;
    if (m_running)
        stop(SyncError{SyncError::Kind::Cancelled, std::nullopt, std::nullopt, std::nullopt, QString()});
}

void SyncEngine::startRun()
{
    m_running = true;
    ++m_run;
    m_summary = SyncSummary{};
    m_elapsed.start();
    m_index = 0;
    m_timeZone.clear();
    const quint64 run = m_run;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, run] { worker->loadState(run); },
                              Qt::QueuedConnection);
}

void SyncEngine::onStateLoaded(quint64 run, const QList<cache::Watermark> &state,
                               const std::optional<SyncError> &error)
{
    if (run != m_run || !m_running)
        return;
    if (error) {
        stop(error);
        return;
    }
    m_state.clear();
    for (const cache::Watermark &w : state)
        m_state.insert(w.resource, ResourceState{w.watermark, w.nextCursor, w.complete, w.itemCount});
    bool full = false;
    for (Resource r : std::as_const(m_resources)) {
        if (hasDeltas(r) && !m_state.value(resourceKey(r)).watermark)
            full = true;
    }
    m_summary.full = full;
    Q_EMIT started(full);
    startResource();
}

void SyncEngine::startResource()
{
    if (m_index >= m_resources.size()) {
        const quint64 run = m_run;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, run] { worker->finishRun(run); },
                                  Qt::QueuedConnection);
        return;
    }
    const ResourceState &state = m_state[resourceKey(current())];
    m_attempt = 0;
    m_bodies.clear();
    m_pendingApplies = 0;
    m_lastPageSent = false;
    m_fetchWhenApplied = false;
    m_cursorStored = state.nextCursor.has_value() && !state.complete;
    m_cursor = m_cursorStored ? *state.nextCursor : QString();
    m_summary.counts.insert(current(), ResourceCounts{});
    Q_EMIT progress(current(), 0, state.watermark ? 0 : state.itemCount);
    fetch();
}

void SyncEngine::fetch()
{
    if (!m_running)
        return;
    const Resource resource = current();
    QUrlQuery query;
    if (resource == Resource::Usage) {
        const QTimeZone zone(m_timeZone.toUtf8());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
        query.addQueryItem(QStringLiteral("from"), domain::formatDate(today.addDays(1 - kUsageDays)));
        query.addQueryItem(QStringLiteral("to"), domain::formatDate(today));
        query.addQueryItem(QStringLiteral("granularity"), QStringLiteral("day"));
    } else if (resource != Resource::Tenant) {
        api::ListParams params;
        params.limit = m_pageSize;
        params.cursor = m_cursor;
        if (hasDeltas(resource) && m_cursor.isEmpty())
            params.updatedSince = m_state.value(resourceKey(resource)).watermark.value_or(QStringLiteral("0"));
        query = params.toQuery();
    }
    RawRequest *request = m_client.get<RawBody>(resourcePath(resource), query);
    m_request = request;
    connect(request, &api::ApiRequest::finished, this, [this, request] { onFetched(request); });
}

void SyncEngine::onFetched(api::ApiRequest *request)
{
    if (request != m_request || !m_running)
        return;
    m_request = nullptr;
    const Resource resource = current();
    if (const auto &error = request->error()) {
        using Kind = api::ApiError::Kind;
        if (error->kind == Kind::Forbidden && m_cursor.isEmpty() && m_bodies.isEmpty()) {
            // Not for this account (e.g. usage for an administrator): nothing of it is kept.
            ++m_pendingApplies;
            m_lastPageSent = true;
            const quint64 run = m_run;
            QMetaObject::invokeMethod(m_worker, [worker = m_worker, run, resource] { worker->clear(run, resource); },
                                      Qt::QueuedConnection);
            return;
        }
        if (error->kind == Kind::Validation && m_cursorStored) {
            // A cursor from an earlier run that the service no longer takes: the watermark
            // stored with it resumes at the same place.
            m_cursorStored = false;
            m_cursor.clear();
            fetch();
            return;
        }
        if (!retryAfter(*error))
            stop(apiFailure(resource, *error));
        return;
    }
    m_attempt = 0;
    m_cursorStored = false;
    const QByteArray body = static_cast<RawRequest *>(request)->result().bytes;
    const quint64 run = m_run;
    if (hasDeltas(resource)) {
        ++m_pendingApplies;
        QMetaObject::invokeMethod(m_decoder, [decoder = m_decoder, worker = m_worker, run, resource, body] {
            decoder->decode(run, resource, body, worker);
        }, Qt::QueuedConnection);
        return;
    }
    m_bodies.append(body);
    if (resource == Resource::Tenant) {
        if (auto tenant = domain::decodeBody<domain::Tenant>(body))
            m_timeZone = tenant->timeZone;
    } else if (resource == Resource::Roles) {
        auto page = domain::parseObject(body);
        const QJsonValue next = page ? page->value(QStringLiteral("next_cursor")) : QJsonValue();
        if (next.isString()) {
            m_cursor = next.toString();
            fetch();
            return;
        }
    }
    ++m_pendingApplies;
    m_lastPageSent = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, run, resource, bodies = m_bodies] {
        worker->applyWhole(run, resource, bodies);
    }, Qt::QueuedConnection);
}

bool SyncEngine::retryAfter(const api::ApiError &error)
{
    if (!isTransient(error) || m_attempt >= m_retryDelays.size())
        return false;
    std::chrono::milliseconds delay = m_retryDelays.at(m_attempt++);
    if (error.retryAfterSeconds)
        delay = std::max(delay, std::chrono::milliseconds(std::chrono::seconds(*error.retryAfterSeconds)));
    Q_EMIT retrying(m_attempt, static_cast<qint64>(delay.count()), error.message());
    m_retryTimer.start(delay);
    return true;
}

void SyncEngine::onParsed(quint64 run, Resource resource, const std::optional<QString> &nextCursor)
{
    if (run != m_run || !m_running || resource != current())
        return;
    if (nextCursor) {
        m_cursor = *nextCursor;
        // While the sync threads write this page; but never far ahead of the writer, so that
        // memory stays bounded when the network is faster than the disk.
        if (m_pendingApplies < kPagesAhead)
            fetch();
        else
            m_fetchWhenApplied = true;
    } else {
        m_lastPageSent = true;
    }
}

void SyncEngine::onApplied(quint64 run, Resource resource, const ResourceCounts &counts,
                           const std::optional<SyncError> &error)
{
    if (run != m_run || !m_running || resource != current())
        return;
    --m_pendingApplies;
    if (error) {
        stop(error);
        return;
    }
    ResourceCounts &total = m_summary.counts[resource];
    total.changed += counts.changed;
    total.deleted += counts.deleted;
    total.skipped = total.skipped || counts.skipped;
    const ResourceState &state = m_state[resourceKey(resource)];
    Q_EMIT progress(resource, total.changed + total.deleted, state.watermark ? 0 : state.itemCount);
    if (m_fetchWhenApplied && m_pendingApplies < kPagesAhead) {
        m_fetchWhenApplied = false;
        fetch();
    } else if (m_lastPageSent && m_pendingApplies == 0 && !m_request) {
        nextResource();
    }
}

void SyncEngine::nextResource()
{
    ++m_index;
    startResource();
}

void SyncEngine::onRunRecorded(quint64 run, const std::optional<SyncError> &error)
{
    if (run != m_run || !m_running)
        return;
    if (error) {
        stop(error);
        return;
    }
    m_summary.finishedAt = QDateTime::currentDateTimeUtc();
    m_summary.elapsedMs = m_elapsed.elapsed();
    stop(std::nullopt);
}

void SyncEngine::stop(const std::optional<SyncError> &error)
{
    m_running = false;
    ++m_run; // late answers of this run are ignored
    m_retryTimer.stop();
    if (m_request) {
        QPointer<api::ApiRequest> request = m_request;
        m_request = nullptr;
        request->abort();
    }
    const QPointer<SyncEngine> self(this); // a slot may delete the engine
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT finished(m_summary);
    if (!self)
        return;
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                startRun();
        });
    }
}

} // namespace kanri::sync
