#include "sync/syncworker.h"

namespace kanri::sync {

namespace {

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
    m_writer = std::make_unique<CacheWriter>(m_db);
    return std::nullopt;
}

void SyncWorker::loadState(quint64 run)
{
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

void SyncWorker::applyDelta(quint64 run, Resource resource, const QByteArray &body)
{
    ResourceCounts counts;
    auto parsedPage = parseDeltaPage(resource, body);
    if (auto *error = std::get_if<domain::DecodeError>(&parsedPage)) {
        Q_EMIT applied(run, resource, counts,
                       SyncError{SyncError::Kind::Malformed, resource, std::nullopt, std::nullopt,
                                 error->toString()});
        return;
    }
    const ParsedPage &page = std::get<ParsedPage>(parsedPage);
    Q_EMIT parsed(run, resource, page.nextCursor);
    if (auto error = ensureOpen()) {
        Q_EMIT applied(run, resource, counts, error);
        return;
    }
    if (auto error = m_writer->applyDeltaPage(page, counts)) {
        Q_EMIT applied(run, resource, counts, cacheError(resource, *error));
        return;
    }
    Q_EMIT applied(run, resource, counts, std::nullopt);
}

void SyncWorker::applyWhole(quint64 run, Resource resource, const QList<QByteArray> &bodies)
{
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
    std::optional<SyncError> error = ensureOpen();
    if (!error) {
        if (auto failure = m_writer->recordSyncFinished(QDateTime::currentDateTimeUtc()))
            error = cacheError(std::nullopt, *failure);
    }
    Q_EMIT runRecorded(run, error);
}

} // namespace kanri::sync
