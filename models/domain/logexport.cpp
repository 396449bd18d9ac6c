#include "logexport.h"

namespace kanri::domain {

namespace {
constexpr qint64 kMaxCount = 9007199254740991; // 2^53 - 1

// What every quote, export and manifest names: which log, of which period, in which format.
template<typename T>
void readSelection(JsonReader &r, T &t)
{
    t.logType = r.enumeration<LogType>(u"log_type");
    t.from = r.dateTime(u"from");
    t.to = r.dateTime(u"to");
    if (r.ok() && t.to <= t.from)
        r.fail(u"to", QStringLiteral("must be after \"from\""));
    t.format = r.enumeration<LogFormat>(u"format");
    if (r.ok() && t.format == LogFormat::Combined && t.logType != LogType::Access)
        r.fail(u"format", QStringLiteral("\"combined\" is only available for access logs"));
}

template<typename T>
void writeSelection(QJsonObject &o, const T &t)
{
    o.insert(QStringLiteral("log_type"), toWire(t.logType));
    o.insert(QStringLiteral("from"), formatDateTime(t.from));
    o.insert(QStringLiteral("to"), formatDateTime(t.to));
    o.insert(QStringLiteral("format"), toWire(t.format));
}

// The optional part of the quote request and the create body.
template<typename T>
void readRequestOptions(JsonReader &r, T &t)
{
    t.filters = r.optRequestObject<LogExportFilters>(u"filters");
    t.csvBom = r.optBoolean(u"csv_bom");
}

template<typename T>
void writeRequestOptions(QJsonObject &o, const T &t)
{
    if (t.filters)
        o.insert(QStringLiteral("filters"), t.filters->toJson());
    if (t.csvBom)
        o.insert(QStringLiteral("csv_bom"), *t.csvBom);
}

void checkSha256(JsonReader &r, const std::optional<QString> &value)
{
    if (r.ok() && value && !isSha256Hex(*value))
        r.fail(u"sha256", QStringLiteral("expected 64 lowercase hexadecimal digits"));
}

Decoded<LogExportFilters> decodeFilters(const QJsonValue &json, const QString &path, bool request)
{
    JsonReader r(json, path);
    LogExportFilters f;
    f.userId = r.optString(u"user_id");
    f.pathPrefix = r.optString(u"path_prefix");
    f.action = r.optString(u"action");
    if (request)
        r.rejectUnknownKeys();
    return r.finish(std::move(f));
}
} // namespace

Decoded<LogExportFilters> LogExportFilters::fromJson(const QJsonValue &json, const QString &path)
{
    return decodeFilters(json, path, false);
}

Decoded<LogExportFilters> LogExportFilters::fromRequestJson(const QJsonValue &json,
                                                            const QString &path)
{
    return decodeFilters(json, path, true);
}

QJsonObject LogExportFilters::toJson() const
{
    QJsonObject o;
    if (userId)
        o.insert(QStringLiteral("user_id"), *userId);
    if (pathPrefix)
        o.insert(QStringLiteral("path_prefix"), *pathPrefix);
    if (action)
        o.insert(QStringLiteral("action"), *action);
    return o;
}

QString fileExtension(LogFormat format)
{
    switch (format) {
    case LogFormat::Csv:
        return QStringLiteral("csv");
    case LogFormat::Jsonl:
        return QStringLiteral("jsonl");
    case LogFormat::Combined:
        return QStringLiteral("log");
    }
    return QStringLiteral("txt");
}

Decoded<LogExportQuoteRequest> LogExportQuoteRequest::fromJson(const QJsonValue &json,
                                                               const QString &path)
{
    JsonReader r(json, path);
    LogExportQuoteRequest q;
    readSelection(r, q);
    readRequestOptions(r, q);
    r.rejectUnknownKeys();
    return r.finish(std::move(q));
}

QJsonObject LogExportQuoteRequest::toJson() const
{
    QJsonObject o;
    writeSelection(o, *this);
    writeRequestOptions(o, *this);
    return o;
}

Decoded<LogExportQuote> LogExportQuote::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LogExportQuote q;
    q.quoteId = r.string(u"quote_id");
    readSelection(r, q);
    q.filters = r.object<LogExportFilters>(u"filters");
    q.csvBom = r.boolean(u"csv_bom");
    q.rowsEstimate = r.integer(u"rows_estimate", 0, kMaxCount);
    q.sizeEstimate = r.integer(u"size_estimate", 0, kMaxCount);
    q.price = r.integer(u"price", 0, kMaxCount);
    q.currency = r.enumeration<Currency>(u"currency");
    q.validUntil = r.dateTime(u"valid_until");
    return r.finish(std::move(q));
}

QJsonObject LogExportQuote::toJson() const
{
    QJsonObject o{{QStringLiteral("quote_id"), quoteId},
                  {QStringLiteral("filters"), filters.toJson()},
                  {QStringLiteral("csv_bom"), csvBom},
                  {QStringLiteral("rows_estimate"), rowsEstimate},
                  {QStringLiteral("size_estimate"), sizeEstimate},
                  {QStringLiteral("price"), price},
                  {QStringLiteral("currency"), toWire(currency)},
                  {QStringLiteral("valid_until"), formatDateTime(validUntil)}};
    writeSelection(o, *this);
    return o;
}

Decoded<LogExportCreate> LogExportCreate::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LogExportCreate c;
    c.quoteId = r.string(u"quote_id");
    readSelection(r, c);
    readRequestOptions(r, c);
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject LogExportCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("quote_id"), quoteId}};
    writeSelection(o, *this);
    writeRequestOptions(o, *this);
    return o;
}

Decoded<LogExport> LogExport::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LogExport e;
    e.id = r.string(u"id");
    readSelection(r, e);
    e.filters = r.object<LogExportFilters>(u"filters");
    e.csvBom = r.boolean(u"csv_bom");
    e.state = r.enumeration<LogExportState>(u"state");
    e.reason = r.optString(u"reason");
    e.price = r.integer(u"price", 0, kMaxCount);
    e.currency = r.enumeration<Currency>(u"currency");
    e.rowsEstimate = r.integer(u"rows_estimate", 0, kMaxCount);
    e.requestedBy = r.string(u"requested_by");
    e.requestedAt = r.dateTime(u"requested_at");
    e.updatedAt = r.dateTime(u"updated_at");
    e.readyAt = r.optDateTime(u"ready_at");
    e.expiresAt = r.optDateTime(u"expires_at");
    e.rowCount = r.optInteger(u"row_count", 0, kMaxCount);
    e.size = r.optInteger(u"size", 0, kMaxCount);
    e.sha256 = r.optString(u"sha256");
    checkSha256(r, e.sha256);
    e.etag = r.string(u"etag");
    return r.finish(std::move(e));
}

QString LogExport::fileName() const
{
    return QStringLiteral("log-export-%1.%2.gz").arg(id, fileExtension(format));
}

QJsonObject LogExport::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("filters"), filters.toJson()},
                  {QStringLiteral("csv_bom"), csvBom},
                  {QStringLiteral("state"), toWire(state)},
                  {QStringLiteral("reason"), nullable(reason)},
                  {QStringLiteral("price"), price},
                  {QStringLiteral("currency"), toWire(currency)},
                  {QStringLiteral("rows_estimate"), rowsEstimate},
                  {QStringLiteral("requested_by"), requestedBy},
                  {QStringLiteral("requested_at"), formatDateTime(requestedAt)},
                  {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
                  {QStringLiteral("ready_at"), nullable(readyAt)},
                  {QStringLiteral("expires_at"), nullable(expiresAt)},
                  {QStringLiteral("row_count"), nullable(rowCount)},
                  {QStringLiteral("size"), nullable(size)},
                  {QStringLiteral("sha256"), nullable(sha256)},
                  {QStringLiteral("etag"), etag}};
    writeSelection(o, *this);
    return o;
}

Decoded<LogExportManifest> LogExportManifest::fromJson(const QJsonValue &json,
                                                       const QString &path)
{
    JsonReader r(json, path);
    LogExportManifest m;
    m.tenantId = r.string(u"tenant_id");
    m.tenantName = r.string(u"tenant_name");
    readSelection(r, m);
    m.filters = r.object<LogExportFilters>(u"filters");
    m.csvBom = r.boolean(u"csv_bom");
    m.compression = r.enumeration<Compression>(u"compression");
    m.rowCount = r.integer(u"row_count", 0, kMaxCount);
    m.size = r.integer(u"size", 0, kMaxCount);
    m.sha256 = r.string(u"sha256");
    checkSha256(r, m.sha256);
    m.generatedAt = r.dateTime(u"generated_at");
    return r.finish(std::move(m));
}

QJsonObject LogExportManifest::toJson() const
{
    QJsonObject o{{QStringLiteral("tenant_id"), tenantId},
                  {QStringLiteral("tenant_name"), tenantName},
                  {QStringLiteral("filters"), filters.toJson()},
                  {QStringLiteral("csv_bom"), csvBom},
                  {QStringLiteral("compression"), toWire(compression)},
                  {QStringLiteral("row_count"), rowCount},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("generated_at"), formatDateTime(generatedAt)}};
    writeSelection(o, *this);
    return o;
}

} // namespace kanri::domain
