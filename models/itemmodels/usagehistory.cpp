#include "itemmodels/usagehistory.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace kanri::itemmodels {

DayRange presetRange(UsagePreset preset, QDate today)
{
    switch (preset) {
    case UsagePreset::Last7Days:
        return {today.addDays(-6), today};
    case UsagePreset::Last30Days:
        return {today.addDays(-29), today};
    case UsagePreset::Last90Days:
        return {today.addDays(-89), today};
    case UsagePreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case UsagePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    }
    return {today, today};
}

QDate todayIn(const QString &timeZone)
{
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = timeZone == QLatin1StringView("Asia/Tokyo") ? QTimeZone(9 * 3600) : QTimeZone::utc();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

QDate nextBucketStart(QDate start, domain::Granularity granularity)
{
    switch (granularity) {
    case domain::Granularity::Day:
        break;
    case domain::Granularity::Week:
        return start.addDays(8 - start.dayOfWeek());
    case domain::Granularity::Month:
        return QDate(start.year(), start.month(), 1).addMonths(1);
    }
    return start.addDays(1);
}

bool UsageHistory::load(cache::Database &db)
{
    cache::Statement query(db, "SELECT day, logins, uploads, downloads, projects_total, files_total "
                               "FROM usage_days ORDER BY day");
    QList<domain::UsageBucket> days;
    while (query.next()) {
        domain::UsageBucket day;
        day.start = domain::parseDate(query.text(0)).value_or(QDate());
        if (!day.start.isValid())
            continue;
        day.logins = query.int64(1);
        day.uploads = query.int64(2);
        day.downloads = query.int64(3);
        day.projectsTotal = query.int64(4);
        day.filesTotal = query.int64(5);
        days.append(day);
    }
    if (query.failed() || !query.isValid())
        return false;
    m_days = std::move(days);
    return true;
}

std::pair<qsizetype, qsizetype> UsageHistory::span(const DayRange &range) const
{
    const auto before = [](const domain::UsageBucket &b, QDate d) { return b.start < d; };
    const auto first = std::lower_bound(m_days.begin(), m_days.end(), range.from, before);
    const auto last = std::lower_bound(first, m_days.end(), range.to.addDays(1), before);
    return {first - m_days.begin(), last - m_days.begin()};
}

bool UsageHistory::covers(const DayRange &range) const
{
    if (!range.isValid())
        return false;
    const auto [first, last] = span(range);
    // The rows are unique days, so the range is complete when it holds as many as it has days.
    return last - first == range.days();
}

std::optional<domain::UsageSeries> UsageHistory::series(const DayRange &range, domain::Granularity granularity,
                                                        const QString &timeZone) const
{
    if (!covers(range))
        return std::nullopt;
    domain::UsageSeries series;
    series.timeZone = timeZone;
    series.granularity = granularity;
    series.from = range.from;
    series.to = range.to;
    const auto [first, last] = span(range);
    QDate next = range.from;
    for (qsizetype i = first; i < last; ++i) {
        const domain::UsageBucket &day = m_days.at(i);
        if (day.start == next) {
            domain::UsageBucket bucket;
            bucket.start = day.start;
            series.buckets.append(bucket);
            next = nextBucketStart(day.start, granularity);
        }
        domain::UsageBucket &bucket = series.buckets.last();
        bucket.logins += day.logins;
        bucket.uploads += day.uploads;
        bucket.downloads += day.downloads;
        bucket.projectsTotal = day.projectsTotal; // at the end of the bucket
        bucket.filesTotal = day.filesTotal;
        series.totals.logins += day.logins;
        series.totals.uploads += day.uploads;
        series.totals.downloads += day.downloads;
    }
    series.totals.projectsTotal = series.buckets.last().projectsTotal;
    series.totals.filesTotal = series.buckets.last().filesTotal;
    return series;
}

} // namespace kanri::itemmodels
