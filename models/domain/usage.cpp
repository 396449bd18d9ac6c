#include "usage.h"

namespace kanri::domain {

namespace {
constexpr qint64 kMaxCount = 9007199254740991; // 2^53 - 1
} // namespace

Decoded<UsageBucket> UsageBucket::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UsageBucket b;
    b.start = r.date(u"start");
    b.logins = r.integer(u"logins", 0, kMaxCount);
    b.uploads = r.integer(u"uploads", 0, kMaxCount);
    b.downloads = r.integer(u"downloads", 0, kMaxCount);
    b.projectsTotal = r.integer(u"projects_total", 0, kMaxCount);
    b.filesTotal = r.integer(u"files_total", 0, kMaxCount);
    return r.finish(std::move(b));
}

QJsonObject UsageBucket::toJson() const
{
    return {{QStringLiteral("start"), formatDate(start)},
            {QStringLiteral("logins"), logins},
            {QStringLiteral("uploads"), uploads},
            {QStringLiteral("downloads"), downloads},
            {QStringLiteral("projects_total"), projectsTotal},
            {QStringLiteral("files_total"), filesTotal}};
}

Decoded<UsageTotals> UsageTotals::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UsageTotals t;
    t.logins = r.integer(u"logins", 0, kMaxCount);
    t.uploads = r.integer(u"uploads", 0, kMaxCount);
    t.downloads = r.integer(u"downloads", 0, kMaxCount);
    t.projectsTotal = r.integer(u"projects_total", 0, kMaxCount);
    t.filesTotal = r.integer(u"files_total", 0, kMaxCount);
    return r.finish(std::move(t));
}

QJsonObject UsageTotals::toJson() const
{
    return {{QStringLiteral("logins"), logins},
            {QStringLiteral("uploads"), uploads},
            {QStringLiteral("downloads"), downloads},
            {QStringLiteral("projects_total"), projectsTotal},
            {QStringLiteral("files_total"), filesTotal}};
}

Decoded<UsageSeries> UsageSeries::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UsageSeries s;
    s.timeZone = r.string(u"time_zone");
    if (r.ok() && !isTimeZoneId(s.timeZone))
        r.fail(u"time_zone", QStringLiteral("expected an IANA time zone such as Asia/Tokyo"));
    s.granularity = r.enumeration<Granularity>(u"granularity");
    s.from = r.date(u"from");
    s.to = r.date(u"to");
    if (r.ok() && s.to < s.from)
        r.fail(u"to", QStringLiteral("must not be before \"from\""));
    s.buckets = r.list<UsageBucket>(u"buckets");
    s.totals = r.object<UsageTotals>(u"totals");
    return r.finish(std::move(s));
}

QJsonObject UsageSeries::toJson() const
{
    return {{QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("granularity"), toWire(granularity)},
            {QStringLiteral("from"), formatDate(from)},
            {QStringLiteral("to"), formatDate(to)},
            {QStringLiteral("buckets"), toJsonArray(buckets)},
            {QStringLiteral("totals"), totals.toJson()}};
}

Decoded<UsageTopEntry> UsageTopEntry::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    UsageTopEntry e;
    e.id = r.string(u"id");
    e.name = r.string(u"name");
    e.kind = r.enumeration<UsageTopKind>(u"kind");
    e.uploads = r.integer(u"uploads", 0, kMaxCount);
    e.downloads = r.integer(u"downloads", 0, kMaxCount);
    e.logins = r.integer(u"logins", 0, kMaxCount);
    return r.finish(std::move(e));
}

QJsonObject UsageTopEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), toWire(kind)},
            {QStringLiteral("uploads"), uploads},
            {QStringLiteral("downloads"), downloads},
            {QStringLiteral("logins"), logins}};
}

} // namespace kanri::domain
