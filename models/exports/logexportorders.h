#pragma once

#include "api/apiclient.h"
#include "domain/logexport.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace kanri::exports {

using QuoteRequest = api::TypedRequest<domain::LogExportQuote>;
using LogExportRequest = api::TypedRequest<domain::LogExport>;

// POST /log-exports/quote.
QuoteRequest *requestQuote(api::ApiClient &client, const domain::LogExportQuoteRequest &body);
// POST /log-exports for an accepted quote. Send every attempt of one order with the same
// `idempotencyKey`: the service then orders (and bills) once.
LogExportRequest *orderExport(api::ApiClient &client, const domain::LogExportQuote &quote,
                              const QByteArray &idempotencyKey);
// POST /log-exports/{id}/cancel.
api::NoContentRequest *cancelExport(api::ApiClient &client, const QString &id);

// Polls the exports that are still waiting (requested, approved, generating) with
// If-None-Match, so that an unchanged export costs a 304; tells when any of them changed.
class ExportWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kDefaultInterval{3};

    explicit ExportWatcher(api::ApiClient &client, QObject *parent = nullptr);

    // The exports as the cache now has them: the pending ones are watched, the others not.
    void watch(const QList<domain::LogExport> &exports);
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    bool isWatching() const { return m_timer.isActive(); }
    // Stops polling (offline) until watch() is called again.
    void stop();

Q_SIGNALS:
    // An export changed on the service (a sync brings the change into the cache).
    void changed(const kanri::domain::LogExport &logExport);

private:
    void poll();

    api::ApiClient &m_client;
    QTimer m_timer;
    QHash<QString, QString> m_pending; // id → entity-tag
    int m_inFlight = 0;
};

} // namespace kanri::exports
