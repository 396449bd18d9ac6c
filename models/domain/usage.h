#pragma once

#include "json.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kanri::domain {

enum class Granularity { Day, Week, Month };
template<>
struct EnumTraits<Granularity>
{
    static constexpr std::array values{std::pair{Granularity::Day, "day"},
                                       std::pair{Granularity::Week, "week"},
                                       std::pair{Granularity::Month, "month"}};
};

// One day, week (from Monday) or calendar month, in the tenant's time zone.
struct UsageBucket
{
    QDate start;
    qint64 logins = 0;
    qint64 uploads = 0;
    qint64 downloads = 0;
    qint64 projectsTotal = 0; // at the end of the bucket
    qint64 filesTotal = 0;

    static Decoded<UsageBucket> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UsageBucket &, const UsageBucket &) = default;
};

struct UsageTotals
{
    qint64 logins = 0;
    qint64 uploads = 0;
    qint64 downloads = 0;
    qint64 projectsTotal = 0; // at the end of the range
    qint64 filesTotal = 0;

    static Decoded<UsageTotals> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UsageTotals &, const UsageTotals &) = default;
};

// GET /usage
struct UsageSeries
{
    QString timeZone;
    Granularity granularity = Granularity::Day;
    QDate from;
    QDate to; // inclusive
    QList<UsageBucket> buckets;
    UsageTotals totals;

    static Decoded<UsageSeries> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UsageSeries &, const UsageSeries &) = default;
};

enum class UsageTopKind { Folder, Project, User };
template<>
struct EnumTraits<UsageTopKind>
{
    static constexpr std::array values{std::pair{UsageTopKind::Folder, "folder"},
                                       std::pair{UsageTopKind::Project, "project"},
                                       std::pair{UsageTopKind::User, "user"}};
};

// GET /usage/top: one row of Page<UsageTopEntry>.
struct UsageTopEntry
{
    QString id;
    QString name;
    UsageTopKind kind = UsageTopKind::Project;
    qint64 uploads = 0;
    qint64 downloads = 0;
    qint64 logins = 0;

    static Decoded<UsageTopEntry> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const UsageTopEntry &, const UsageTopEntry &) = default;
};

} // namespace kanri::domain
