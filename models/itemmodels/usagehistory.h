#pragma once

#include "cache/sqlite.h"
#include "domain/usage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kanri::itemmodels {

// A range of calendar days in the tenant's time zone, both ends included.
struct DayRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The range of equal length that ends the day before this one starts.
    DayRange previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

// The ranges the dashboard offers, relative to `today` (the tenant's today).
enum class UsagePreset { Last7Days, Last30Days, Last90Days, ThisMonth, LastMonth };
DayRange presetRange(UsagePreset preset, QDate today);
// Today in the IANA time zone `timeZone` (UTC when the zone is unknown here; JST for Tokyo).
QDate todayIn(const QString &timeZone);

// The usage figures the cache keeps (usage_days: one row per day of the tenant's time zone, as
// the service counted them), added up into the dashboard's buckets exactly as GET /usage
// does: the first bucket starts at `from`, weeks start on Monday, months on the 1st.
class UsageHistory
{
public:
    // Reads every cached day (a few hundred rows). False when the cache cannot be read.
    bool load(cache::Database &db);

    bool isEmpty() const { return m_days.isEmpty(); }
    // The first and last cached day (invalid when empty).
    QDate firstDay() const { return m_days.isEmpty() ? QDate() : m_days.first().start; }
    QDate lastDay() const { return m_days.isEmpty() ? QDate() : m_days.last().start; }
    // True when every day of `range` is in the cache.
    bool covers(const DayRange &range) const;
    // The buckets and totals of `range`; nullopt when the cache lacks a day of it.
    std::optional<domain::UsageSeries> series(const DayRange &range, domain::Granularity granularity,
                                              const QString &timeZone) const;

private:
    // The cached days of `range`: [first, last) indexes into m_days.
    std::pair<qsizetype, qsizetype> span(const DayRange &range) const;

    QList<domain::UsageBucket> m_days; // one per cached day, ascending
};

// The first day of the bucket after the one starting at `start`.
QDate nextBucketStart(QDate start, domain::Granularity granularity);

} // namespace kanri::itemmodels
