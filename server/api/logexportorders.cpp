// Quotes and orders of paid log exports: what an export would cost, and ordering it.
#include "api/logexportsupport.h"

#include "auth/tokens.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace kanri::server {

namespace {

using domain::LogType;
using exports::LogSelection;

constexpr qint64 kQuoteValidMs = 15 * 60 * 1000;

// Bytes of a formatted row besides its variable text (time, ids, numbers, separators, and for
// JSON Lines the member names), and how well gzip shrinks such rows: request ids and times
// hardly compress, member names and repeated paths almost vanish. Measured on a million
// access log rows like the service writes; an estimate, not a promise.
qint64 fixedRowBytes(LogType type, domain::LogFormat format)
{
    const bool access = type == LogType::Access;
    switch (format) {
    case domain::LogFormat::Csv:
        return access ? 62 : 52;
    case domain::LogFormat::Jsonl:
        return access ? 170 : 140;
    case domain::LogFormat::Combined:
        return 48;
    }
    return 64;
}

double compressionRatio(domain::LogFormat format)
{
    switch (format) {
    case domain::LogFormat::Csv:
        return 0.30;
    case domain::LogFormat::Jsonl:
        return 0.23;
    case domain::LogFormat::Combined:
        return 0.14;
    }
    return 0.3;
}

// Checks the selection against the contract's rules and the tenant's retention; resolves the
// user filter.
std::variant<LogSelection, Response> checkSelection(const Call &call, const ExportTerms &terms,
                                                    LogType type, const QDateTime &from,
                                                    const QDateTime &to,
                                                    const domain::LogExportFilters &filters)
{
    LogSelection s;
    s.tenantPk = call.principal.tenantPk;
    s.logType = type;
    s.fromMs = from.toMSecsSinceEpoch();
    s.toMs = to.toMSecsSinceEpoch();
    if (filters.pathPrefix) {
        if (type != LogType::Access)
            return validationError(QStringLiteral("filters/path_prefix"),
                                   QStringLiteral("applies to access logs only"));
        const qsizetype n = filters.pathPrefix->toUcs4().size();
        if (n < 1 || n > 1024)
            return validationError(QStringLiteral("filters/path_prefix"),
                                   QStringLiteral("must be 1 to 1024 characters"));
        s.pathPrefix = filters.pathPrefix;
    }
    if (filters.action) {
        if (type != LogType::Operation)
            return validationError(QStringLiteral("filters/action"),
                                   QStringLiteral("applies to operation logs only"));
        const qsizetype n = filters.action->toUcs4().size();
        if (n < 1 || n > 100)
            return validationError(QStringLiteral("filters/action"),
                                   QStringLiteral("must be 1 to 100 characters"));
        s.action = filters.action;
    }
    if (filters.userId) {
        // Deleted users too: their rows are still in the logs.
        QSqlQuery q = runQuery(
            call.db(), QStringLiteral("SELECT pk FROM users WHERE tenant_pk = ? AND id = ?"),
            {call.principal.tenantPk, *filters.userId});
        if (!q.next())
            return validationError(QStringLiteral("filters/user_id"),
                                   QStringLiteral("no such user in this tenant"));
        s.userPk = q.value(0).toLongLong();
    }
    const qint64 start = exports::retentionStart(call.now, terms.retentionDays, terms.timeZone);
    if (s.fromMs < start) {
        const QTimeZone zone(terms.timeZone);
        return Response::problem(
            400, u"retention-exceeded", QStringLiteral("Outside the retention period"),
            QStringLiteral(
                "Logs are kept for %1 days: data is available from %2 (%3 %4) on. Choose a later "
                "\"from\".")
                .arg(terms.retentionDays)
                .arg(domain::formatDateTime(fromMs(start)),
                     fromMs(start)
                         .toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     QString::fromLatin1(terms.timeZone)),
            {domain::FieldError{
                QStringLiteral("from"),
                QStringLiteral("before %1").arg(domain::formatDateTime(fromMs(start)))}});
    }
    return s;
}

qint64 priceFor(const ExportTerms &terms, qint64 rows)
{
    return terms.priceBase + terms.pricePerMillion * ((rows + 999'999) / 1'000'000);
}

QString describe(LogType type, const QDateTime &from, const QDateTime &to, domain::LogFormat format)
{
    return QStringLiteral("%1 %2..%3 %4")
        .arg(domain::toWire(type), domain::formatDateTime(from), domain::formatDateTime(to),
             domain::toWire(format));
}

} // namespace

std::optional<ExportTerms> loadExportTerms(QSqlDatabase db, qint64 tenantPk)
{
    QSqlQuery q = runQuery(
        db,
        QStringLiteral("SELECT opt_log_export, export_auto_approve, log_retention_days, time_zone, "
                       "price_base, price_per_million FROM tenants WHERE pk = ?"),
        {tenantPk});
    if (!q.next())
        return std::nullopt;
    return ExportTerms{q.value(0).toBool(),     q.value(1).toBool(),
                       q.value(2).toInt(),      q.value(3).toString().toLatin1(),
                       q.value(4).toLongLong(), q.value(5).toLongLong()};
}

Response optionNotPurchased()
{
    return Response::problem(
        403, u"option-not-purchased", QStringLiteral("Option not purchased"),
        QStringLiteral("Log exports are a paid option of the contract, and this tenant "
                       "has not bought it. Ask the vendor to add it."));
}


exports::Actor actorOf(const Call &call)
{
    QString ip = call.request.peer.toString();
    if (ip.startsWith(QLatin1StringView("::ffff:")))
        ip = ip.mid(7);
    return {call.principal.userPk, call.principal.login, ip, call.request.requestId};
}

Response quoteLogExport(Call &call)
{
    const auto terms = loadExportTerms(call.db(), call.principal.tenantPk);
    if (!terms)
        return storageFailure();
    if (!terms->purchased)
        return optionNotPurchased();
    const auto body = call.body<domain::LogExportQuoteRequest>();
    if (!body)
        return invalidBody(body.error());
    const domain::LogExportFilters filters = body->filters.value_or(domain::LogExportFilters{});
    auto checked = checkSelection(call, *terms, body->logType, body->from, body->to, filters);
    if (auto *refused = std::get_if<Response>(&checked))
        return *refused;
    const LogSelection &selection = std::get<LogSelection>(checked);

    bool ok = false;
    const qint64 rows = selection.count(call.db(), &ok);
    if (!ok)
        return storageFailure();
    const double rowBytes =
        double(fixedRowBytes(body->logType, body->format)) + selection.averageTextBytes(call.db());
    domain::LogExportQuote quote;
    quote.quoteId = auth::newId(u"q");
    quote.logType = body->logType;
    quote.from = fromMs(selection.fromMs);
    quote.to = fromMs(selection.toMs);
    quote.format = body->format;
    quote.filters = filters;
    quote.csvBom = body->csvBom.value_or(false) && body->format == domain::LogFormat::Csv;
    quote.rowsEstimate = rows;
    quote.sizeEstimate =
        rows == 0 ? 20 : qint64(double(rows) * rowBytes * compressionRatio(body->format)) + 20;
    quote.price = priceFor(*terms, rows);
    quote.validUntil = fromMs(call.now + kQuoteValidMs);

    QSqlQuery q(call.db());
    const QVariant noUser(QMetaType::fromType<qint64>());
    run(q,
        QStringLiteral("DELETE FROM log_export_quotes WHERE tenant_pk = ? AND used = 0 AND "
                       "valid_until < ?"),
        {call.principal.tenantPk, call.now - 24LL * 3600 * 1000});
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO log_export_quotes (quote_id, tenant_pk, user_pk, log_type, from_at, "
                 "to_at, "
                 "format, filters, user_filter_pk, csv_bom, rows_estimate, size_estimate, price, "
                 "created_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {quote.quoteId, call.principal.tenantPk, call.principal.userPk,
              domain::toWire(quote.logType), selection.fromMs, selection.toMs,
              domain::toWire(quote.format), domain::toBytes(filters.toJson()),
              selection.userPk ? QVariant(*selection.userPk) : noUser, quote.csvBom, rows,
              quote.sizeEstimate, quote.price, call.now, call.now + kQuoteValidMs}))
        return storageFailure();
    call.audit(QStringLiteral("log_export.quote"), quote.quoteId,
               QStringLiteral("%1 rows=%2 price=%3 JPY")
                   .arg(describe(quote.logType, quote.from, quote.to, quote.format))
                   .arg(rows)
                   .arg(quote.price));
    return Response::json(quote.toJson());
}

Response createLogExport(Call &call)
{
    using domain::LogExportState;
    if (!call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator may order a paid log export."));
    if (call.request.header("idempotency-key").isEmpty())
        return validationError(
            QStringLiteral("Idempotency-Key"),
            QStringLiteral("is required: it keeps a retry from ordering (and billing) twice"));
    const auto terms = loadExportTerms(call.db(), call.principal.tenantPk);
    if (!terms)
        return storageFailure();
    if (!terms->purchased)
        return optionNotPurchased();
    const auto body = call.body<domain::LogExportCreate>();
    if (!body)
        return invalidBody(body.error());

    QSqlQuery quote =
        runQuery(call.db(),
                 QStringLiteral("SELECT pk, log_type, from_at, to_at, format, filters, csv_bom, "
                                "rows_estimate, price, valid_until, used FROM log_export_quotes "
                                "WHERE tenant_pk = ? AND quote_id = ?"),
                 {call.principal.tenantPk, body->quoteId});
    if (!quote.next())
        return validationError(QStringLiteral("quote_id"),
                               QStringLiteral("no such quote; ask for a quote first"));
    const domain::LogExportFilters filters = body->filters.value_or(domain::LogExportFilters{});
    const bool bom = body->csvBom.value_or(false) && body->format == domain::LogFormat::Csv;
    const auto quotedFilters = domain::LogExportFilters::fromJson(
        QJsonDocument::fromJson(quote.value(5).toByteArray()).object(), QString());
    const QList<std::pair<QString, bool>> differs{
        {QStringLiteral("log_type"), domain::toWire(body->logType) != quote.value(1).toString()},
        {QStringLiteral("from"), body->from.toMSecsSinceEpoch() != quote.value(2).toLongLong()},
        {QStringLiteral("to"), body->to.toMSecsSinceEpoch() != quote.value(3).toLongLong()},
        {QStringLiteral("format"), domain::toWire(body->format) != quote.value(4).toString()},
        {QStringLiteral("filters"), !quotedFilters || !(*quotedFilters == filters)},
        {QStringLiteral("csv_bom"), bom != quote.value(6).toBool()},
    };
    for (const auto &[field, different] : differs) {
        if (different)
            return validationError(field, QStringLiteral("differs from the quote's"));
    }
    if (quote.value(10).toBool())
        return conflict(
            QStringLiteral("This quote was used for an order already; ask for a new quote."));
    if (quote.value(9).toLongLong() <= call.now)
        return conflict(QStringLiteral("This quote expired at %1; ask for a new quote.")
                            .arg(domain::formatDateTime(fromMs(quote.value(9).toLongLong()))));
    const qint64 quotePk = quote.value(0).toLongLong();
    const qint64 rowsEstimate = quote.value(7).toLongLong();
    const qint64 price = quote.value(8).toLongLong();
    quote.finish();
    // The same rules as the quote, again: the retention window moves on while a quote waits.
    auto checked = checkSelection(call, *terms, body->logType, body->from, body->to, filters);
    if (auto *refused = std::get_if<Response>(&checked))
        return *refused;
    const LogSelection &selection = std::get<LogSelection>(checked);

    const QString id = auth::newId(u"le");
    QSqlQuery q(call.db());
    const QVariant noUser(QMetaType::fromType<qint64>());
    if (!run(q, QStringLiteral("UPDATE log_export_quotes SET used = 1 WHERE pk = ?"), {quotePk}) ||
        !run(q,
             QStringLiteral(
                 "INSERT INTO log_exports (id, tenant_pk, quote_pk, log_type, from_at, to_at, "
                 "format, "
                 "filters, user_filter_pk, csv_bom, state, price, rows_estimate, requested_by_pk, "
                 "requested_at, updated_at, seq) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?, ?)"),
             {id, call.principal.tenantPk, quotePk, domain::toWire(body->logType), selection.fromMs,
              selection.toMs, domain::toWire(body->format), domain::toBytes(filters.toJson()),
              selection.userPk ? QVariant(*selection.userPk) : noUser, bom, price, rowsEstimate,
              call.principal.userPk, call.now, call.now,
              nextSeq(call.db(), call.principal.tenantPk)}))
        return storageFailure();
    call.audit(exports::actionFor(LogExportState::Requested), id,
               QStringLiteral("%1 quote=%2 price=%3 JPY")
                   .arg(describe(body->logType, body->from, body->to, body->format), body->quoteId)
                   .arg(price));
    auto created = exports::findExport(call.db(), call.principal.tenantPk, id);
    if (!created)
        return storageFailure();
    if (terms->autoApprove) {
        if (!exports::changeState(call.db(), *created, {LogExportState::Requested},
                                  LogExportState::Approved, exports::Actor::service(),
                                  QStringLiteral("approved automatically (tenant setting)")))
            return storageFailure();
        created = exports::findExport(call.db(), call.principal.tenantPk, id);
        if (!created)
            return storageFailure();
    }
    return jsonWithEtag(created->object.toJson(), created->object.etag, 201);
}

} // namespace kanri::server
