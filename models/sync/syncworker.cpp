#include "sync/syncworker.h"

namespace kanri::sync {

namespace {

constexpr qsizetype kMaxBatch = 16;

SyncError cacheError(std::optional<Resource> resource, cache::CacheError error)
{
    return SyncError{SyncError::Kind::Cache, resource, std::nullopt, std::move(error), QString()};
}

} // namespace

SyncWorker::SyncWorker(cache::CacheConnection connection)
    : m_connection(std::move(connection))
{
}

SyncWorker::~SyncWorker() = default;

std::optional<SyncError> SyncWorker::ensureOpen()
{
    if (m_db.isOpen())
        return std::nullopt;
    if (auto error = cache::openConnection(m_connection, m_db)) {
        m_db.close();
        return cacheError(std::nullopt, *error);
    }
    // Pages are decrypted and authenticated on every read from the file: a page cache large
    // enough for the indexes a first sync touches at random saves most of those reads.
    m_db.exec("PRAGMA cache_size = -65536");
    m_writer = std::make_unique<CacheWriter>(m_db);
    return std::nullopt;
}

void SyncWorker::loadState(quint64 run)
{
    flush();
    if (auto error = ensureOpen()) {
        Q_EMIT stateLoaded(run, {}, error);
        return;
    }
    const std::optional<QList<cache::Watermark>> state = cache::readWatermarks(m_db);
    if (!state) {
        Q_EMIT stateLoaded(run, {}, cacheError(std::nullopt, cache::CacheError::fromSql(m_db.lastError())));
        return;
    }
    Q_EMIT stateLoaded(run, *state, std::nullopt);
}

void SyncWorker::enqueue(quint64 run, ParsedPage page)
{
    if (!m_batch.isEmpty() && (m_batchRun != run || m_batch.first().resource != page.resource))
        flush();
    m_batchRun = run;
    m_batch.append(std::move(page));
    if (m_batch.size() >= kMaxBatch) {
        flush();
    } else if (!m_flushPosted) {
        // Behind the calls queued already: the pages among them join this transaction.
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &SyncWorker::flush, Qt::QueuedConnection);
    }
}

void SyncWorker::reject(quint64 run, Resource resource, const SyncError &error)
{
    flush();
    Q_EMIT applied(run, resource, {}, error);
}

void SyncWorker::flush()
{
    m_flushPosted = false;
    if (m_batch.isEmpty())
        return;
    const QList<ParsedPage> pages = std::exchange(m_batch, {});
    const Resource resource = pages.first().resource;
    QList<ResourceCounts> counts;
    std::optional<SyncError> error = ensureOpen();
    if (!error) {
        if (auto failure = m_writer->applyDeltaPages(pages, counts))
            error = cacheError(resource, *failure);
    }
    for (qsizetype i = 0; i < pages.size(); ++i)
        Q_EMIT applied(m_batchRun, resource, counts.value(i), error);
}

void SyncWorker::applyWhole(quint64 run, Resource resource, const QList<QByteArray> &bodies)
{
    flush();
    ResourceCounts counts;
    std::optional<SyncError> error = ensureOpen();
    if (!error) {
        switch (resource) {
        case Resource::Tenant:
            error = m_writer->applyTenant(bodies.value(0));
            counts.changed = error ? 0 : 1;
            break;
        case Resource::Roles:
            error = m_writer->applyRoles(bodies, counts);
            break;
        case Resource::Usage:
            error = m_writer->applyUsage(bodies.value(0), counts);
            break;
        default:
            error = SyncError{SyncError::Kind::Malformed, resource, std::nullopt, std::nullopt,
                              QStringLiteral("not a whole resource")};
            break;
        }
    }
    Q_EMIT applied(run, resource, counts, error);
}

void SyncWorker::clear(quint64 run, Resource resource)
{
    flush();
    ResourceCounts counts;
    counts.skipped = true;
    std::optional<SyncError> error = ensureOpen();
    if (!error) {
        if (auto failure = m_writer->clearResource(resource))
            error = cacheError(resource, *failure);
    }
    Q_EMIT applied(run, resource, counts, error);
}

void SyncWorker::finishRun(quint64 run)
{
    flush();
    std::optional<SyncError> error = ensureOpen();
    if (!error) {
        if (auto failure = m_writer->recordSyncFinished(QDateTime::currentDateTimeUtc()))
            error = cacheError(std::nullopt, *failure);
        // The page cache grows during a first sync; between syncs the console keeps little.
        m_db.exec("PRAGMA shrink_memory");
    }
    Q_EMIT runRecorded(run, error);
}

void PageDecoder::decode(quint64 run, Resource resource, const QByteArray &body, SyncWorker *writer)
{
    auto decoded = parseDeltaPage(resource, body);
    if (auto *error = std::get_if<domain::DecodeError>(&decoded)) {
        const SyncError failure{SyncError::Kind::Malformed, resource, std::nullopt, std::nullopt,
                                error->toString()};
        QMetaObject::invokeMethod(writer, [writer, run, resource, failure] { writer->reject(run, resource, failure); },
                                  Qt::QueuedConnection);
        return;
    }
    auto page = std::make_shared<ParsedPage>(std::move(std::get<ParsedPage>(decoded)));
    Q_EMIT parsed(run, resource, page->nextCursor);
    QMetaObject::invokeMethod(writer, [writer, run, page] { writer->enqueue(run, std::move(*page)); },
                              Qt::QueuedConnection);
}

} // namespace kanri::sync
