#pragma once

#include "json.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kanri::domain {

// One per-field complaint inside a Problem.
struct FieldError
{
    QString field;
    QString message;

    static Decoded<FieldError> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// RFC 9457 problem details, as every error response of the service carries them.
struct Problem
{
    QString type = QStringLiteral("about:blank");
    QString title;
    int status = 0;
    std::optional<QString> detail;
    std::optional<QString> instance;
    std::optional<QString> requestId;
    QList<FieldError> errors;
    std::optional<qint64> retryAfter;

    // The problem type's short code: "urn:kanri:problem:validation" → "validation".
    QString code() const;
    static QString typeFor(QStringView code);

    static Decoded<Problem> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

enum class HealthStatus { Ok, Degraded };
enum class DatabaseStatus { Ok, Unavailable };
template<>
struct EnumTraits<HealthStatus>
{
    static constexpr std::array values{std::pair{HealthStatus::Ok, "ok"},
                                       std::pair{HealthStatus::Degraded, "degraded"}};
};
template<>
struct EnumTraits<DatabaseStatus>
{
    static constexpr std::array values{std::pair{DatabaseStatus::Ok, "ok"},
                                       std::pair{DatabaseStatus::Unavailable, "unavailable"}};
};

struct Health
{
    HealthStatus status = HealthStatus::Ok;
    QString version;
    QDateTime time;
    DatabaseStatus database = DatabaseStatus::Ok;

    static Decoded<Health> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Health &, const Health &) = default;
};

struct Tombstone
{
    QString id;
    QDateTime deletedAt;

    static Decoded<Tombstone> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

// A page of a list: {"items": [...], "next_cursor": "..."|null}, and for delta requests
// (updated_since) also "tombstones" and "watermark".
template<typename T>
struct Page
{
    QList<T> items;
    std::optional<QString> nextCursor;
    QList<Tombstone> tombstones;
    std::optional<QString> watermark;

    static Decoded<Page> fromJson(const QJsonValue &json, const QString &path)
    {
        JsonReader r(json, path);
        Page page;
        page.items = r.list<T>(u"items");
        page.nextCursor = r.optString(u"next_cursor");
        page.watermark = r.optString(u"watermark");
        if (page.watermark)
            page.tombstones = r.list<Tombstone>(u"tombstones");
        return r.finish(std::move(page));
    }

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("items"), toJsonArray(items)},
                      {QStringLiteral("next_cursor"), nullable(nextCursor)}};
        if (watermark) {
            o.insert(QStringLiteral("tombstones"), toJsonArray(tombstones));
            o.insert(QStringLiteral("watermark"), *watermark);
        }
        return o;
    }
    friend bool operator==(const Page &, const Page &) = default;
};

} // namespace kanri::domain
