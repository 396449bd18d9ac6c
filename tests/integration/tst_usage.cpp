// The usage dashboard of a real kanri-service process (demo data). The figures are checked
// against what the test counts itself: sign-ins it makes, and the raw rows of the service's
// database, each put on its calendar day by converting its own time (not by the service's
// day boundaries).
#include "usertesthelpers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

using namespace kanri;
using kanri::test::HttpAnswer;

namespace {

struct Figures
{
    qint64 logins = 0;
    qint64 uploads = 0;
    qint64 downloads = 0;
    qint64 projectsTotal = 0;
    qint64 filesTotal = 0;
    bool operator==(const Figures &) const = default;
};

QDebug operator<<(QDebug d, const Figures &f)
{
    QDebugStateSaver saver(d);
    d.nospace() << "{logins " << f.logins << ", uploads " << f.uploads << ", downloads "
                << f.downloads << ", projects " << f.projectsTotal << ", files " << f.filesTotal
                << '}';
    return d;
}

Figures figuresOf(const QJsonValue &bucket)
{
    return {bucket[QStringLiteral("logins")].toInteger(),
            bucket[QStringLiteral("uploads")].toInteger(),
            bucket[QStringLiteral("downloads")].toInteger(),
            bucket[QStringLiteral("projects_total")].toInteger(),
            bucket[QStringLiteral("files_total")].toInteger()};
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

namespace QTest {
template<> char *toString(const Figures &f)
{
    QString s;
    QDebug(&s) << f;
    return qstrdup(s.toUtf8().constData());
}
} // namespace QTest

class TestUsage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku;
    QString m_other;
    QSqlDatabase m_db; // the service's own database, read directly for independent counts
    const QTimeZone m_tokyo{"Asia/Tokyo"};

    QDate today(const QTimeZone &zone) const
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    }

    HttpAnswer usage(QDate from, QDate to, const QString &granularity, const QString &token)
    {
        return m_svc->get(QStringLiteral("/usage?from=%1&to=%2&granularity=%3")
                              .arg(day(from), day(to), granularity),
                          token);
    }

    qint64 tenantPk(const QString &slug)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT pk FROM tenants WHERE slug = ?"));
        q.addBindValue(slug);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The day figures of [from, to] counted from the raw rows: each event on the calendar
    // day of its own time in `zone`; a project or file counts at the end of every day from
    // its creation day until the day before its deletion day.
    std::map<QDate, Figures> expectedDays(const QString &slug, QDate from, QDate to,
                                          const QTimeZone &zone)
    {
        std::map<QDate, Figures> days;
        for (QDate d = from; d <= to; d = d.addDays(1))
            days[d] = {};
        const qint64 tenant = tenantPk(slug);
        const auto localDay = [&zone](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
        };
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT kind, at FROM events WHERE tenant_pk = ? AND at >= ? AND at < ?"));
        q.addBindValue(tenant);
        q.addBindValue(
            QDateTime(from.addDays(-2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        q.addBindValue(QDateTime(to.addDays(3), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next()) {
            const auto it = days.find(localDay(q.value(1).toLongLong()));
            if (it == days.end())
                continue;
            const QString kind = q.value(0).toString();
            if (kind == QLatin1StringView("login"))
                ++it->second.logins;
            else if (kind == QLatin1StringView("upload"))
                ++it->second.uploads;
            else if (kind == QLatin1StringView("download"))
                ++it->second.downloads;
        }
        for (const QString &table : {QStringLiteral("projects"), QStringLiteral("files")}) {
            QSqlQuery rows(m_db);
            rows.setForwardOnly(true);
            rows.prepare(QStringLiteral("SELECT created_at, deleted_at FROM %1 WHERE tenant_pk = ?")
                             .arg(table));
            rows.addBindValue(tenant);
            if (!rows.exec())
                qWarning() << rows.lastError().text();
            while (rows.next()) {
                const QDate created = localDay(rows.value(0).toLongLong());
                const std::optional<QDate> deleted =
                    rows.value(1).isNull() ? std::nullopt
                                           : std::optional(localDay(rows.value(1).toLongLong()));
                for (auto &[d, f] : days) {
                    if (created <= d && (!deleted || *deleted > d))
                        ++(table == QLatin1StringView("projects") ? f.projectsTotal : f.filesTotal);
                }
            }
        }
        return days;
    }

    qint64 loginsOver(QDate from, QDate to, const QString &token)
    {
        const HttpAnswer a = usage(from, to, QStringLiteral("day"), token);
        return a.status == 200
                   ? a.json()[QStringLiteral("totals")][QStringLiteral("logins")].toInteger()
                   : -1;
    }

    // Compares a week or month series with the day series of the same range.
    static void checkRollUp(const QJsonObject &days, const QJsonObject &coarse, QDate from,
                            QDate to, bool weeks)
    {
        const QJsonArray dayBuckets = days[QStringLiteral("buckets")].toArray();
        const QJsonArray buckets = coarse[QStringLiteral("buckets")].toArray();
        QCOMPARE(dayBuckets.size(), from.daysTo(to) + 1);
        // Expected starts: `from`, then every Monday or first of the month up to `to`.
        QList<QDate> starts{from};
        for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
            if (weeks ? d.dayOfWeek() == Qt::Monday : d.day() == 1)
                starts << d;
        }
        QCOMPARE(buckets.size(), starts.size());
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            QCOMPARE(buckets[i][QStringLiteral("start")].toString(), day(starts[i]));
            const QDate end = i + 1 < starts.size() ? starts[i + 1] : to.addDays(1);
            Figures sum;
            for (QDate d = starts[i]; d < end; d = d.addDays(1)) {
                const Figures f = figuresOf(dayBuckets[from.daysTo(d)]);
                sum.logins += f.logins;
                sum.uploads += f.uploads;
                sum.downloads += f.downloads;
                sum.projectsTotal = f.projectsTotal; // the last day's
                sum.filesTotal = f.filesTotal;
            }
            QCOMPARE(figuresOf(buckets[i]), sum);
        }
        QCOMPARE(coarse[QStringLiteral("totals")].toObject(),
                 days[QStringLiteral("totals")].toObject());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_other = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_other.isEmpty());
        QVERIFY(m_tokyo.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("usage-check"));
        m_db.setDatabaseName(m_svc->dataDir() + QStringLiteral("/kanri.db"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        QVERIFY(tenantPk(QStringLiteral("demo")) > 0);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("usage-check"));
    }

    void signInsCountOnToday()
    {
        const QDate before = today(m_tokyo);
        const HttpAnswer first = usage(before, before, QStringLiteral("day"), m_keiyaku);
        QCOMPARE(first.status, 200);
        const qint64 around = loginsOver(before.addDays(-1), before.addDays(1), m_keiyaku);
        QVERIFY(around >= 1); // keiyaku@ signed in for this test
        const int n = 4;
        for (int i = 0; i < n; ++i)
            QVERIFY(!m_svc->signIn(QStringLiteral("guest@demo.example")).isEmpty());
        // A failed sign-in is not a sign-in.
        QVERIFY(m_svc->signIn(QStringLiteral("guest@demo.example"), QStringLiteral("wrong1234"))
                    .isEmpty());
        QCOMPARE(loginsOver(before.addDays(-1), before.addDays(1), m_keiyaku), around + n);
        if (today(m_tokyo) == before) {
            const HttpAnswer second = usage(before, before, QStringLiteral("day"), m_keiyaku);
            const QJsonArray b1 = first.json()[QStringLiteral("buckets")].toArray();
            const QJsonArray b2 = second.json()[QStringLiteral("buckets")].toArray();
            QCOMPARE(b2.size(), 1);
            QCOMPARE(b2[0][QStringLiteral("start")].toString(), day(before));
            QCOMPARE(b2[0][QStringLiteral("logins")].toInteger(),
                     b1[0][QStringLiteral("logins")].toInteger() + n);
            QCOMPARE(second.json()[QStringLiteral("totals")][QStringLiteral("logins")].toInteger(),
                     b2[0][QStringLiteral("logins")].toInteger());
        }
    }

    void dayBucketsMatchTheRawRows()
    {
        const QDate to = today(m_tokyo);
        const QDate from = to.addDays(-89);
        const HttpAnswer a = usage(from, to, QStringLiteral("day"), m_keiyaku);
        QCOMPARE(a.status, 200);
        const QJsonObject series = a.json();
        QCOMPARE(series[QStringLiteral("time_zone")].toString(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(series[QStringLiteral("granularity")].toString(), QStringLiteral("day"));
        QCOMPARE(series[QStringLiteral("from")].toString(), day(from));
        QCOMPARE(series[QStringLiteral("to")].toString(), day(to));
        const QJsonArray buckets = series[QStringLiteral("buckets")].toArray();
        QCOMPARE(buckets.size(), 90);
        const std::map<QDate, Figures> expected =
            expectedDays(QStringLiteral("demo"), from, to, m_tokyo);
        Figures totals;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            const QDate d = from.addDays(i);
            QCOMPARE(buckets[i][QStringLiteral("start")].toString(), day(d));
            QCOMPARE(figuresOf(buckets[i]), expected.at(d));
            totals.logins += expected.at(d).logins;
            totals.uploads += expected.at(d).uploads;
            totals.downloads += expected.at(d).downloads;
        }
        totals.projectsTotal = expected.at(to).projectsTotal;
        totals.filesTotal = expected.at(to).filesTotal;
        QCOMPARE(figuresOf(series[QStringLiteral("totals")]), totals);
        // The demo is busy: the comparison is not between zeros.
        QVERIFY(totals.logins > 1000);
        QVERIFY(totals.uploads > 0 && totals.downloads > 0);
        QVERIFY(totals.projectsTotal > 0 && totals.filesTotal > totals.projectsTotal);
        QVERIFY(expected.at(from).projectsTotal <
                totals.projectsTotal); // projects were created in the range
    }

    void weeksAndMonthsAddUpTheirDays_data()
    {
        QTest::addColumn<int>("firstDayAgo");
        QTest::addColumn<int>("lastDayAgo");
        QTest::newRow("90 days") << 89 << 0;
        QTest::newRow("custom") << 61 << 17;
        QTest::newRow("one day") << 3 << 3;
    }

    void weeksAndMonthsAddUpTheirDays()
    {
        QFETCH(int, firstDayAgo);
        QFETCH(int, lastDayAgo);
        const QDate now = today(m_tokyo);
        const QDate from = now.addDays(-firstDayAgo);
        const QDate to = now.addDays(-lastDayAgo);
        const HttpAnswer days = usage(from, to, QStringLiteral("day"), m_keiyaku);
        const HttpAnswer weeks = usage(from, to, QStringLiteral("week"), m_keiyaku);
        const HttpAnswer months = usage(from, to, QStringLiteral("month"), m_keiyaku);
        QCOMPARE(days.status, 200);
        QCOMPARE(weeks.status, 200);
        QCOMPARE(months.status, 200);
        QCOMPARE(weeks.json()[QStringLiteral("granularity")].toString(), QStringLiteral("week"));
        checkRollUp(days.json(), weeks.json(), from, to, true);
        checkRollUp(days.json(), months.json(), from, to, false);
        // Leaving out the granularity means days.
        QCOMPARE(
            m_svc->get(QStringLiteral("/usage?from=%1&to=%2").arg(day(from), day(to)), m_keiyaku)
                .json(),
            days.json());
    }

    void otherTenantCountsOnlyItsOwn()
    {
        const QDate now = today(m_tokyo);
        const qint64 demoBefore = loginsOver(now.addDays(-1), now.addDays(1), m_keiyaku);
        const qint64 otherBefore = loginsOver(now.addDays(-1), now.addDays(1), m_other);
        QVERIFY(demoBefore > 0 && otherBefore > 0);
        const HttpAnswer demo = usage(now.addDays(-89), now, QStringLiteral("month"), m_keiyaku);
        const HttpAnswer other = usage(now.addDays(-89), now, QStringLiteral("month"), m_other);
        QVERIFY(figuresOf(demo.json()[QStringLiteral("totals")]) !=
                figuresOf(other.json()[QStringLiteral("totals")]));
        QVERIFY(other.json()[QStringLiteral("totals")][QStringLiteral("logins")].toInteger() <
                demo.json()[QStringLiteral("totals")][QStringLiteral("logins")].toInteger());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_svc->signIn(QStringLiteral("keiyaku@other.example")).isEmpty());
        QCOMPARE(loginsOver(now.addDays(-1), now.addDays(1), m_other), otherBefore + 3);
        QCOMPARE(loginsOver(now.addDays(-1), now.addDays(1), m_keiyaku), demoBefore);
    }

    void tenantTimeZoneDecidesTheDays()
    {
        // A zone with a daylight saving change in the last 85 days if there is one, so that a
        // 23- or 25-hour day lies in the range.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray zoneId = "Europe/Berlin";
        for (const char *candidate : {"Europe/Berlin", "America/New_York", "Australia/Sydney",
                                      "Pacific/Auckland", "America/Santiago", "Asia/Jerusalem"}) {
            const QTimeZone z(candidate);
            const auto t = z.previousTransition(now);
            if (z.isValid() && t.atUtc.isValid() && t.atUtc.daysTo(now) < 85) {
                zoneId = candidate;
                break;
            }
        }
        const QTimeZone zone(zoneId);
        QVERIFY(zone.isValid());
        const HttpAnswer tenant = m_svc->get(QStringLiteral("/tenant"), m_other);
        QCOMPARE(tenant.status, 200);
        const HttpAnswer patched = m_svc->request(
            "PATCH", QStringLiteral("/tenant"),
            test::jsonBytes({{QStringLiteral("time_zone"), QString::fromLatin1(zoneId)}}), m_other,
            {{"If-Match", tenant.header("ETag")}});
        QCOMPARE(patched.status, 200);

        const QDate to = today(zone);
        const QDate from = to.addDays(-89);
        const HttpAnswer a = usage(from, to, QStringLiteral("day"), m_other);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()[QStringLiteral("time_zone")].toString(), QString::fromLatin1(zoneId));
        const QJsonArray buckets = a.json()[QStringLiteral("buckets")].toArray();
        QCOMPARE(buckets.size(), 90);
        const std::map<QDate, Figures> expected =
            expectedDays(QStringLiteral("other"), from, to, zone);
        qint64 logins = 0;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            QCOMPARE(buckets[i][QStringLiteral("start")].toString(), day(from.addDays(i)));
            QCOMPARE(figuresOf(buckets[i]), expected.at(from.addDays(i)));
            logins += expected.at(from.addDays(i)).logins;
        }
        QVERIFY(logins > 0);
        // The demo tenant still counts in its own zone.
        const QDate tokyoToday = today(m_tokyo);
        const HttpAnswer demo =
            usage(tokyoToday.addDays(-6), tokyoToday, QStringLiteral("day"), m_keiyaku);
        QCOMPARE(demo.json()[QStringLiteral("time_zone")].toString(), QStringLiteral("Asia/Tokyo"));
        const std::map<QDate, Figures> demoExpected =
            expectedDays(QStringLiteral("demo"), tokyoToday.addDays(-6), tokyoToday, m_tokyo);
        for (qsizetype i = 0; i < 7; ++i)
            QCOMPARE(figuresOf(demo.json()[QStringLiteral("buckets")][i]),
                     demoExpected.at(tokyoToday.addDays(i - 6)));
    }

    void badRangesNameTheParameter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("no from") << "to=2026-11-01"
                                 << "from";
        QTest::newRow("no to") << "from=2026-11-01"
                               << "to";
        QTest::newRow("not a date") << "from=yesterday&to=2026-11-01"
                                    << "from";
        QTest::newRow("no such day") << "from=2026-02-29&to=2026-03-01"
                                     << "from";
        QTest::newRow("slashes") << "from=2026-11-01&to=2026/11/02"
                                 << "to";
        QTest::newRow("with time") << "from=2026-11-01T00:00:00Z&to=2026-11-02"
                                   << "from";
        QTest::newRow("to before from") << "from=2026-11-02&to=2026-11-01"
                                        << "to";
        QTest::newRow("granularity") << "from=2026-11-01&to=2026-11-02&granularity=year"
                                     << "granularity";
        QTest::newRow("1001 days") << "from=2024-01-01&to=2026-09-27"
                                   << "to";
        QTest::newRow("1001 months") << "from=1900-01-01&to=1983-05-01&granularity=month"
                                     << "to";
    }

    void badRangesNameTheParameter()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpAnswer a = m_svc->get(QStringLiteral("/usage?") + query, m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("validation"));
        QCOMPARE(test::problemFields(a), QStringList{field});
    }

    void largestRangesAreServed()
    {
        // 1000 buckets is the most: 1000 days, 1000 months.
        const HttpAnswer days =
            m_svc->get(QStringLiteral("/usage?from=2024-01-01&to=2026-09-26"), m_keiyaku);
        QCOMPARE(days.status, 200);
        QCOMPARE(days.json()[QStringLiteral("buckets")].toArray().size(), 1000);
        const HttpAnswer months = m_svc->get(
            QStringLiteral("/usage?from=1900-01-15&to=1983-04-30&granularity=month"), m_keiyaku);
        QCOMPARE(months.status, 200);
        const QJsonArray buckets = months.json()[QStringLiteral("buckets")].toArray();
        QCOMPARE(buckets.size(), 1000);
        QCOMPARE(buckets.first()[QStringLiteral("start")].toString(), QStringLiteral("1900-01-15"));
        QCOMPARE(buckets[1][QStringLiteral("start")].toString(), QStringLiteral("1900-02-01"));
        QCOMPARE(buckets.last()[QStringLiteral("start")].toString(), QStringLiteral("1983-04-01"));
        QCOMPARE(figuresOf(months.json()[QStringLiteral("totals")]), Figures{});
    }

    void onlyTheContractAdministrator()
    {
        const QString path = QStringLiteral("/usage?from=2026-11-01&to=2026-11-02");
        const HttpAnswer admin =
            m_svc->get(path, m_svc->signIn(QStringLiteral("kanri@demo.example")));
        QCOMPARE(admin.status, 403);
        QCOMPARE(admin.problem(), QStringLiteral("forbidden"));
        const HttpAnswer general =
            m_svc->get(path, m_svc->signIn(QStringLiteral("ippan@demo.example")));
        QCOMPARE(general.status, 403);
        QCOMPARE(general.problem(), QStringLiteral("not-admin"));
        QCOMPARE(m_svc->get(path).status, 401);
        const QString top = QStringLiteral("/usage/top?from=2026-11-01&to=2026-11-02&by=user");
        QCOMPARE(m_svc->get(top, m_svc->signIn(QStringLiteral("kanri@demo.example"))).problem(),
                 QStringLiteral("forbidden"));
        QCOMPARE(m_svc->get(top, m_svc->signIn(QStringLiteral("guest@demo.example"))).problem(),
                 QStringLiteral("not-admin"));
    }

    void topRanksByActivity_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("table");
        QTest::newRow("project") << "project"
                                 << "project_pk"
                                 << "projects";
        QTest::newRow("folder") << "folder"
                                << "folder_pk"
                                << "folders";
        QTest::newRow("user") << "user"
                              << "user_pk"
                              << "users";
    }

    void topRanksByActivity()
    {
        QFETCH(QString, by);
        QFETCH(QString, column);
        QFETCH(QString, table);
        const QDate to = today(m_tokyo);
        const QDate from = to.addDays(-29);
        const HttpAnswer a = m_svc->get(
            QStringLiteral("/usage/top?from=%1&to=%2&by=%3&limit=1000").arg(day(from), day(to), by),
            m_keiyaku);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json()[QStringLiteral("next_cursor")].isNull());
        const QJsonArray items = a.json()[QStringLiteral("items")].toArray();
        QVERIFY(!items.isEmpty());

        // Counted here from the raw events of the same 30 Tokyo days.
        struct Count
        {
            qint64 uploads = 0;
            qint64 downloads = 0;
            qint64 logins = 0;
        };
        QHash<QString, Count> expected;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT x.id, e.kind FROM events e JOIN %1 x ON x.pk = e.%2 "
                      "WHERE e.tenant_pk = ? AND e.at >= ? AND e.at < ? AND x.deleted_at IS NULL")
                      .arg(table, column));
        q.addBindValue(tenantPk(QStringLiteral("demo")));
        q.addBindValue(from.startOfDay(m_tokyo).toMSecsSinceEpoch());
        q.addBindValue(to.addDays(1).startOfDay(m_tokyo).toMSecsSinceEpoch());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next()) {
            Count &c = expected[q.value(0).toString()];
            const QString kind = q.value(1).toString();
            if (kind == QLatin1StringView("upload"))
                ++c.uploads;
            else if (kind == QLatin1StringView("download"))
                ++c.downloads;
            else if (kind == QLatin1StringView("login") && by == QLatin1StringView("user"))
                ++c.logins;
        }
        qsizetype active = 0;
        for (const Count &c : std::as_const(expected))
            active += c.uploads + c.downloads + c.logins > 0;
        QCOMPARE(items.size(), std::min<qsizetype>(active, 1000));

        qint64 previous = std::numeric_limits<qint64>::max();
        QString previousName;
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e[QStringLiteral("kind")].toString(), by);
            const Count c = expected.value(e[QStringLiteral("id")].toString());
            QCOMPARE(e[QStringLiteral("uploads")].toInteger(), c.uploads);
            QCOMPARE(e[QStringLiteral("downloads")].toInteger(), c.downloads);
            QCOMPARE(e[QStringLiteral("logins")].toInteger(), c.logins);
            QVERIFY(!e[QStringLiteral("name")].toString().isEmpty());
            const qint64 sum = c.uploads + c.downloads + c.logins;
            QVERIFY(sum > 0);
            QVERIFY(sum <= previous);
            if (sum == previous)
                QVERIFY(previousName <= e[QStringLiteral("name")].toString());
            previous = sum;
            previousName = e[QStringLiteral("name")].toString();
        }
        // limit takes the head of the same ranking.
        const HttpAnswer three = m_svc->get(
            QStringLiteral("/usage/top?from=%1&to=%2&by=%3&limit=3").arg(day(from), day(to), by),
            m_keiyaku);
        QCOMPARE(three.status, 200);
        QCOMPARE(three.json()[QStringLiteral("items")].toArray(),
                 QJsonArray({items[0], items[1], items[2]}));
        QCOMPARE(m_svc
                     ->get(QStringLiteral("/usage/top?from=%1&to=%2&by=%3&limit=0")
                               .arg(day(from), day(to), by),
                           m_keiyaku)
                     .status,
                 400);
    }

    void topValidatesItsParameters()
    {
        QCOMPARE(test::problemFields(m_svc->get(
                     QStringLiteral("/usage/top?from=2026-11-01&to=2026-11-02"), m_keiyaku)),
                 QStringList{QStringLiteral("by")});
        QCOMPARE(
            test::problemFields(m_svc->get(
                QStringLiteral("/usage/top?from=2026-11-01&to=2026-11-02&by=label"), m_keiyaku)),
            QStringList{QStringLiteral("by")});
        QCOMPARE(test::problemFields(
                     m_svc->get(QStringLiteral("/usage/top?to=2026-11-02&by=user"), m_keiyaku)),
                 QStringList{QStringLiteral("from")});
        QCOMPARE(
            test::problemFields(m_svc->get(
                QStringLiteral("/usage/top?from=2026-11-03&to=2026-11-02&by=user"), m_keiyaku)),
            QStringList{QStringLiteral("to")});
        // A quiet range is an empty ranking, not an error.
        const HttpAnswer empty = m_svc->get(
            QStringLiteral("/usage/top?from=2001-01-01&to=2001-01-31&by=user"), m_keiyaku);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json()[QStringLiteral("items")].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
