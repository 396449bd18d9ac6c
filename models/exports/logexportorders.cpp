#include "exports/logexportorders.h"

#include "exports/logexporttablemodel.h"

namespace kanri::exports {

QuoteRequest *requestQuote(api::ApiClient &client, const domain::LogExportQuoteRequest &body)
{
    return client.post<domain::LogExportQuote>(QStringLiteral("/log-exports/quote"), body.toJson());
}

LogExportRequest *orderExport(api::ApiClient &client, const domain::LogExportQuote &quote,
                              const QByteArray &idempotencyKey)
{
    domain::LogExportCreate body;
    body.quoteId = quote.quoteId;
    body.logType = quote.logType;
    body.from = quote.from;
    body.to = quote.to;
    body.format = quote.format;
    if (quote.filters != domain::LogExportFilters{})
        body.filters = quote.filters;
    body.csvBom = quote.csvBom;
    return client.post<domain::LogExport>(QStringLiteral("/log-exports"), body.toJson(),
                                          idempotencyKey);
}

api::NoContentRequest *cancelExport(api::ApiClient &client, const QString &id)
{
    return client.post<void>(QStringLiteral("/log-exports/%1/cancel").arg(id), {});
}

ExportWatcher::ExportWatcher(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ExportWatcher::poll);
}

void ExportWatcher::watch(const QList<domain::LogExport> &exports)
{
    m_pending.clear();
    for (const domain::LogExport &e : exports) {
        if (LogExportTableModel::isPending(e.state))
            m_pending.insert(e.id, e.etag);
    }
    if (m_pending.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void ExportWatcher::stop()
{
    m_timer.stop();
}

void ExportWatcher::poll()
{
    if (m_inFlight > 0)
        return; // the last round has not answered yet
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        api::RequestSpec spec;
        spec.path = QStringLiteral("/log-exports/%1").arg(it.key());
        spec.headers.append({QByteArrayLiteral("If-None-Match"), '"' + it.value().toLatin1() + '"'});
        LogExportRequest *request = m_client.send<domain::LogExport>(std::move(spec));
        ++m_inFlight;
        connect(request, &api::ApiRequest::finished, this, [this, request, id = it.key()] {
            --m_inFlight;
            if (request->error() || request->notModified() || !m_pending.contains(id))
                return;
            const domain::LogExport &now = request->result();
            m_pending.insert(id, now.etag); // asked again only if it changes once more
            Q_EMIT changed(now);
        });
    }
}

} // namespace kanri::exports
