#pragma once

#include "json.h"
#include "tenant.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

enum class LogType { Access, Operation };
template<>
struct EnumTraits<LogType>
{
    static constexpr std::array values{std::pair{LogType::Access, "access"},
                                       std::pair{LogType::Operation, "operation"}};
};

// "combined" (Apache combined log format) exists only for access logs.
enum class LogFormat { Csv, Jsonl, Combined };
template<>
struct EnumTraits<LogFormat>
{
    static constexpr std::array values{std::pair{LogFormat::Csv, "csv"},
                                       std::pair{LogFormat::Jsonl, "jsonl"},
                                       std::pair{LogFormat::Combined, "combined"}};
};
// The file name extension of a log in that format, before ".gz": "csv", "jsonl", "log".
QString fileExtension(LogFormat format);

enum class LogExportState {
    Requested,
    Approved,
    Generating,
    Ready,
    Expired,
    Rejected,
    Cancelled,
    Failed
};
template<>
struct EnumTraits<LogExportState>
{
    static constexpr std::array values{std::pair{LogExportState::Requested, "requested"},
                                       std::pair{LogExportState::Approved, "approved"},
                                       std::pair{LogExportState::Generating, "generating"},
                                       std::pair{LogExportState::Ready, "ready"},
                                       std::pair{LogExportState::Expired, "expired"},
                                       std::pair{LogExportState::Rejected, "rejected"},
                                       std::pair{LogExportState::Cancelled, "cancelled"},
                                       std::pair{LogExportState::Failed, "failed"}};
};

enum class Compression { Gzip };
template<>
struct EnumTraits<Compression>
{
    static constexpr std::array values{std::pair{Compression::Gzip, "gzip"}};
};

// Narrows an export; absent fields do not filter.
struct LogExportFilters
{
    std::optional<QString> userId;
    std::optional<QString> pathPrefix;
    std::optional<QString> action;

    static Decoded<LogExportFilters> fromJson(const QJsonValue &json, const QString &path);
    // Inside a request: a misspelt filter must not silently widen a paid export.
    static Decoded<LogExportFilters> fromRequestJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportFilters &, const LogExportFilters &) = default;
};

// POST /log-exports/quote
struct LogExportQuoteRequest
{
    LogType logType = LogType::Access;
    QDateTime from;
    QDateTime to; // after `from`
    LogFormat format = LogFormat::Csv;
    std::optional<LogExportFilters> filters;
    std::optional<bool> csvBom;

    static Decoded<LogExportQuoteRequest> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportQuoteRequest &, const LogExportQuoteRequest &) = default;
};

struct LogExportQuote
{
    QString quoteId;
    LogType logType = LogType::Access;
    QDateTime from;
    QDateTime to;
    LogFormat format = LogFormat::Csv;
    LogExportFilters filters;
    bool csvBom = false;
    qint64 rowsEstimate = 0;
    qint64 sizeEstimate = 0; // bytes, compressed
    qint64 price = 0;
    Currency currency = Currency::Jpy;
    QDateTime validUntil;

    static Decoded<LogExportQuote> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportQuote &, const LogExportQuote &) = default;
};

// POST /log-exports: must repeat what was quoted.
struct LogExportCreate
{
    QString quoteId;
    LogType logType = LogType::Access;
    QDateTime from;
    QDateTime to;
    LogFormat format = LogFormat::Csv;
    std::optional<LogExportFilters> filters;
    std::optional<bool> csvBom;

    static Decoded<LogExportCreate> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportCreate &, const LogExportCreate &) = default;
};

struct LogExport
{
    QString id;
    LogType logType = LogType::Access;
    QDateTime from;
    QDateTime to;
    LogFormat format = LogFormat::Csv;
    LogExportFilters filters;
    bool csvBom = false;
    LogExportState state = LogExportState::Requested;
    std::optional<QString> reason; // why it was rejected or failed
    qint64 price = 0;
    Currency currency = Currency::Jpy;
    qint64 rowsEstimate = 0;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> readyAt;
    std::optional<QDateTime> expiresAt;
    std::optional<qint64> rowCount;
    std::optional<qint64> size;
    std::optional<QString> sha256;
    QString etag;

    // The name the service gives the generated file (Content-Disposition).
    QString fileName() const;

    static Decoded<LogExport> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExport &, const LogExport &) = default;
};

// GET /log-exports/{id}/manifest: describes the generated file.
struct LogExportManifest
{
    QString tenantId;
    QString tenantName;
    LogType logType = LogType::Access;
    QDateTime from;
    QDateTime to;
    LogExportFilters filters;
    LogFormat format = LogFormat::Csv;
    bool csvBom = false;
    Compression compression = Compression::Gzip;
    qint64 rowCount = 0;
    qint64 size = 0;
    QString sha256;
    QDateTime generatedAt;

    static Decoded<LogExportManifest> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const LogExportManifest &, const LogExportManifest &) = default;
};

} // namespace kanri::domain
