// The usage dashboard against a real kanri-service (demo data, 90 days of events): the tiles
// equal the sums of the service's own /usage series (added up here), a custom range counts the
// 23:30 JST sign-ins on their JST day (checked against the raw rows of the service's
// database), a period outside the cache says so, exports, dormant accounts, offline.
#include "pages/dashboardpage.h"
#include "pages/displaytext.h"
#include "pages/kpitile.h"
#include "pages/usagebreakdown.h"
#include "pages/usagechart.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineSeries>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTreeWidget>

#include <ctime>
#include <map>

using namespace kanri;
using itemmodels::DayRange;
using ui::UsageMetric;

class TestDashboardPage : public QObject
{
    Q_OBJECT

    test::WorkspaceFixture m_ws;
    QString m_token;
    std::unique_ptr<ui::DashboardPage> m_page;
    const QTimeZone m_tokyo{"Asia/Tokyo"};

    QDate tokyoToday() const { return QDateTime::currentDateTimeUtc().toTimeZone(m_tokyo).date(); }

    QJsonObject usage(const DayRange &range, const QString &granularity = QStringLiteral("day"))
    {
        const test::HttpAnswer a = m_ws.service().get(QStringLiteral("/usage?from=%1&to=%2&granularity=%3")
                                                          .arg(range.from.toString(Qt::ISODate),
                                                               range.to.toString(Qt::ISODate), granularity),
                                                      m_token);
        return a.status == 200 ? a.json() : QJsonObject();
    }

    // The five figures of `range`, added up here from the service's day buckets.
    std::map<UsageMetric, qint64> sums(const DayRange &range)
    {
        std::map<UsageMetric, qint64> out;
        const QJsonArray buckets = usage(range).value(QStringLiteral("buckets")).toArray();
        for (const QJsonValue &b : buckets) {
            out[UsageMetric::Logins] += b[QStringLiteral("logins")].toInteger();
            out[UsageMetric::Uploads] += b[QStringLiteral("uploads")].toInteger();
            out[UsageMetric::Downloads] += b[QStringLiteral("downloads")].toInteger();
        }
        if (!buckets.isEmpty()) {
            out[UsageMetric::ProjectsTotal] = buckets.last()[QStringLiteral("projects_total")].toInteger();
            out[UsageMetric::FilesTotal] = buckets.last()[QStringLiteral("files_total")].toInteger();
        }
        return out;
    }

    QString tileValue(UsageMetric metric) const { return m_page->tile(metric)->valueText(); }

    // Login times (ms) of the demo tenant from the service's database file, read with the
    // SQLite shell so that no SQLite library shares this process with the console's SQLCipher.
    QList<qint64> rawLoginTimes(qint64 fromMs, qint64 toMs)
    {
        QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            return {};
        QProcess p;
        p.start(shell, {m_ws.service().dataDir() + QStringLiteral("/kanri.db"),
                        QStringLiteral("SELECT at FROM events WHERE kind = 'login' AND at >= %1 AND at < %2 AND "
                                       "tenant_pk = (SELECT pk FROM tenants WHERE slug = 'demo');")
                            .arg(fromMs)
                            .arg(toMs)});
        if (!p.waitForFinished(30'000) || p.exitCode() != 0)
            return {};
        QList<qint64> times;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                times.append(line.trimmed().toLongLong());
        return times;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The console runs far east of Tokyo: 23:30 JST is already the next day here.
        qputenv("TZ", "Pacific/Kiritimati");
        tzset();
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!m_token.isEmpty());
        m_page = std::make_unique<ui::DashboardPage>(m_ws.workspace());
        m_page->resize(1200, 1400);
        m_page->show();
    }

    void cleanupTestCase() { m_page.reset(); }

    void tilesEqualTheServiceSeries_data()
    {
        QTest::addColumn<int>("preset");
        QTest::newRow("last 7 days") << int(itemmodels::UsagePreset::Last7Days);
        QTest::newRow("last 30 days") << int(itemmodels::UsagePreset::Last30Days);
        QTest::newRow("last 90 days") << int(itemmodels::UsagePreset::Last90Days);
        QTest::newRow("this month") << int(itemmodels::UsagePreset::ThisMonth);
        QTest::newRow("last month") << int(itemmodels::UsagePreset::LastMonth);
    }

    void tilesEqualTheServiceSeries()
    {
        QFETCH(int, preset);
        QVERIFY(m_ws.sync()); // today's figures as the service has them now
        m_page->setPreset(itemmodels::UsagePreset(preset));
        const DayRange range = m_page->range();
        QCOMPARE(range.to, preset == int(itemmodels::UsagePreset::LastMonth)
                               ? QDate(tokyoToday().year(), tokyoToday().month(), 1).addDays(-1)
                               : tokyoToday());
        const auto expected = sums(range);
        QCOMPARE(expected.size(), std::size_t(5));
        for (const auto &[metric, value] : expected)
            QCOMPARE(tileValue(metric), ui::DisplayText::number(value));
        // The change against the previous period of the same length, from the service too.
        const auto before = sums(range.previous());
        const qint64 delta = expected.at(UsageMetric::Uploads) - before.at(UsageMetric::Uploads);
        QVERIFY2(m_page->tile(UsageMetric::Uploads)->changeText().contains(ui::DisplayText::number(delta)),
                 qPrintable(m_page->tile(UsageMetric::Uploads)->changeText()));
    }

    void weeksAndHoverShowTheServiceBuckets()
    {
        m_page->setPreset(itemmodels::UsagePreset::Last90Days);
        m_page->setGranularity(domain::Granularity::Week);
        const QJsonArray weeks = usage(m_page->range(), QStringLiteral("week")).value(QStringLiteral("buckets")).toArray();
        QLineSeries *uploads = m_page->chart()->line(UsageMetric::Uploads);
        QCOMPARE(uploads->count(), weeks.size());
        for (int i = 0; i < weeks.size(); ++i)
            QCOMPARE(qint64(uploads->at(i).y()), weeks.at(i)[QStringLiteral("uploads")].toInteger());
        Q_EMIT uploads->hovered(uploads->at(2), true);
        const QString shown = test::textOf(*m_page, "chartPoint");
        const QDate start = QDate::fromString(weeks.at(2)[QStringLiteral("start")].toString(), Qt::ISODate);
        QVERIFY2(shown.contains(QLocale().toString(start, QLocale::ShortFormat)), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("Uploads: ")
                                + ui::DisplayText::number(weeks.at(2)[QStringLiteral("uploads")].toInteger())),
                 qPrintable(shown));
        m_page->setGranularity(domain::Granularity::Day);
    }

    void lateSignInsCountOnTheirTokyoDay()
    {
        // A past day with a sign-in at 23:30 sharp JST (the demo has one on most days).
        const QDate today = tokyoToday();
        const QList<qint64> times = rawLoginTimes(today.addDays(-60).startOfDay(m_tokyo).toMSecsSinceEpoch(),
                                                  today.startOfDay(m_tokyo).toMSecsSinceEpoch());
        QVERIFY2(!times.isEmpty(), "the service's database could not be read with the SQLite shell");
        std::map<QDate, qint64> perTokyoDay;
        QDate lateDay;
        for (qint64 ms : times) {
            const QDateTime tokyo = QDateTime::fromMSecsSinceEpoch(ms, m_tokyo);
            ++perTokyoDay[tokyo.date()];
            if (tokyo.time() == QTime(23, 30) && tokyo.date() < today.addDays(-1))
                lateDay = tokyo.date();
        }
        QVERIFY(lateDay.isValid());
        // Here (UTC+14) that sign-in falls on the next calendar day.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(lateDay.startOfDay(m_tokyo).addSecs(23 * 3600 + 1800).toMSecsSinceEpoch())
                     .toLocalTime()
                     .date(),
                 lateDay.addDays(1));
        m_page->setCustomRange({lateDay, lateDay});
        QCOMPARE(tileValue(UsageMetric::Logins), ui::DisplayText::number(perTokyoDay[lateDay]));
        m_page->setCustomRange({lateDay.addDays(1), lateDay.addDays(1)});
        QCOMPARE(tileValue(UsageMetric::Logins), ui::DisplayText::number(perTokyoDay[lateDay.addDays(1)]));
    }

    void aPeriodOutsideTheCacheSaysSo()
    {
        const QDate old = tokyoToday().addDays(-2000);
        m_page->setCustomRange({old, old.addDays(9)});
        for (UsageMetric metric : ui::kUsageMetrics)
            QCOMPARE(tileValue(metric), QStringLiteral("—"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("rangeNotice"))->isVisible());
        QVERIFY(test::textOf(*m_page, "rangeNotice").startsWith(QStringLiteral("This period is not in the cache")));
        QVERIFY(!m_page->chart()->findChild<QWidget *>(QStringLiteral("activityChart"))->isVisible());
        QVERIFY(!m_page->saveCsv(QDir::temp().filePath(QStringLiteral("never.csv"))));
    }

    void exportsTheFigures()
    {
        m_page->setPreset(itemmodels::UsagePreset::Last7Days);
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("usage.csv"));
        QVERIFY(m_page->saveCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 7 + 1); // header, 7 days, totals
        QCOMPARE(lines.at(0).trimmed(),
                 QByteArray("Period start (Asia/Tokyo),Sign-ins,Projects (total),Uploads,Files (total),Downloads"));
        const QJsonArray days = usage(m_page->range()).value(QStringLiteral("buckets")).toArray();
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        QCOMPARE(first.at(0), days.at(0)[QStringLiteral("start")].toString().toUtf8());
        QCOMPARE(first.at(3).toLongLong(), days.at(0)[QStringLiteral("uploads")].toInteger());
        const QString pngPath = dir.filePath(QStringLiteral("usage.png"));
        QVERIFY(m_page->saveChartImage(pngPath));
        const QImage image(pngPath);
        QVERIFY(image.width() > 400 && image.height() > 300);
    }

    void dormantAccountsComeFromTheCache()
    {
        // Counted here from the service's user list.
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-60);
        qint64 expected = 0;
        QString cursor;
        do {
            const QJsonObject page = m_ws.service()
                                         .get(QStringLiteral("/users?limit=1000") +
                                                  (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                                              m_token)
                                         .json();
            for (const QJsonValue &u : page.value(QStringLiteral("items")).toArray()) {
                const QString last = u[QStringLiteral("last_login_at")].toString();
                if (u[QStringLiteral("status")].toString() != QLatin1StringView("disabled")
                    && (last.isEmpty() || QDateTime::fromString(last, Qt::ISODateWithMs) < cutoff))
                    ++expected;
            }
            cursor = page.value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        QVERIFY(expected > 0);
        m_page->breakdown()->setDormantDays(60);
        // Read on a thread of the pool: the note and the table change when it answers.
        QTRY_VERIFY2_WITH_TIMEOUT(test::textOf(*m_page, "dormantNote").startsWith(ui::DisplayText::number(expected)),
                                  qPrintable(test::textOf(*m_page, "dormantNote")), 10'000);
        auto *table = m_page->findChild<QTreeWidget *>(QStringLiteral("dormantUsers"));
        QCOMPARE(qint64(table->topLevelItemCount()), std::min<qint64>(expected, ui::UsageBreakdown::kDormantShown));
    }

    // The service's GET /usage/top for `range`, as the table shows it: name and uploads.
    QStringList serviceTopProjects(const DayRange &range)
    {
        const QJsonArray items = m_ws.service()
                                     .get(QStringLiteral("/usage/top?by=project&limit=20&from=%1&to=%2")
                                              .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)),
                                          m_token)
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QStringList rows;
        for (const QJsonValue &item : items)
            rows.append(item[QStringLiteral("name")].toString() + u'|'
                        + ui::DisplayText::number(item[QStringLiteral("uploads")].toInteger()));
        return rows;
    }

    QStringList shownTopProjects() const
    {
        auto *projects = m_page->findChild<QTreeWidget *>(QStringLiteral("topProjects"));
        QStringList rows;
        for (int i = 0; i < projects->topLevelItemCount(); ++i)
            rows.append(projects->topLevelItem(i)->text(0) + u'|' + projects->topLevelItem(i)->text(1));
        return rows;
    }

    void rankingsOnlineAndOffline()
    {
        m_page->setPreset(itemmodels::UsagePreset::Last30Days);
        const DayRange month = m_page->range();
        const QStringList expected = serviceTopProjects(month);
        QVERIFY(expected.size() > 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownTopProjects(), expected, 30'000);

        // Stepping quickly through days: the table ends with the last day's ranking, never an
        // earlier answer.
        const QDate day = month.to.addDays(-10);
        for (int i = 0; i < 6; ++i)
            m_page->setCustomRange({day.addDays(i), day.addDays(i)});
        const QStringList lastDay = serviceTopProjects({day.addDays(5), day.addDays(5)});
        QVERIFY(lastDay != expected);
        QTRY_COMPARE_WITH_TIMEOUT(shownTopProjects(), lastDay, 30'000);
        QTest::qWait(500); // any stale answer would land now
        QCOMPARE(shownTopProjects(), lastDay);

        // A period seen before comes back at once, without asking the service.
        m_page->setPreset(itemmodels::UsagePreset::Last30Days);
        QCOMPARE(shownTopProjects(), expected);

        // Offline, what this run fetched for the synced data stays; another period says why not.
        m_ws.workspace().setOnline(false);
        m_page->setCustomRange({day, day.addDays(1)});
        QCOMPARE(shownTopProjects(), QStringList());
        QVERIFY(test::textOf(*m_page, "topProjectsNote").contains(QStringLiteral("not kept offline")));
        QCOMPARE(tileValue(UsageMetric::Logins), ui::DisplayText::number(sums(m_page->range()).at(UsageMetric::Logins)));
        m_page->setPreset(itemmodels::UsagePreset::Last30Days);
        QCOMPARE(shownTopProjects(), expected);
        m_ws.workspace().setOnline(true);
    }

    void screenshots()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            test::useLanguage(language);
            m_page = std::make_unique<ui::DashboardPage>(m_ws.workspace());
            m_page->resize(1200, 1500);
            m_page->show();
            auto *projects = m_page->findChild<QTreeWidget *>(QStringLiteral("topProjects"));
            QTRY_VERIFY_WITH_TIMEOUT(projects->topLevelItemCount() > 0, 30'000);
            QTRY_VERIFY(m_page->findChild<QTreeWidget *>(QStringLiteral("dormantUsers"))->topLevelItemCount() > 0);
            test::saveScreenshot(*m_page, QStringLiteral("dashboard-") + language);
        }
        test::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
