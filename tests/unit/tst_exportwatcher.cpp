// ExportWatcher over a fake network: polls only the pending exports, with If-None-Match; a 304
// is no change, a new answer is told once; nothing pending, no polling.
#include "exports/logexportorders.h"
#include "fakenetwork.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kanri;
using test::Canned;

namespace {

domain::LogExport logExport(const QString &id, domain::LogExportState state, const QString &etag)
{
    domain::LogExport e;
    e.id = id;
    e.state = state;
    e.from = QDateTime::fromString(QStringLiteral("2026-10-01T00:00:00Z"), Qt::ISODate);
    e.to = QDateTime::fromString(QStringLiteral("2026-10-02T00:00:00Z"), Qt::ISODate);
    e.requestedBy = QStringLiteral("u-1");
    e.requestedAt = e.from;
    e.updatedAt = e.from;
    e.etag = etag;
    return e;
}

} // namespace

class tst_ExportWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsPendingExportsUntilTheyChange()
    {
        auto network = std::make_unique<test::FakeNetwork>();
        test::FakeNetwork &fake = *network;
        api::ApiClient client(QUrl(QStringLiteral("https://kanri.test")), api::TlsPolicy(), std::move(network));
        domain::LogExport ready = logExport(QStringLiteral("le_1"), domain::LogExportState::Ready, QStringLiteral("e2"));
        ready.size = 10;
        ready.sha256 = QString(64, QLatin1Char('0'));
        fake.onSequence("GET /log-exports/le_1",
                        {Canned{304, {}, {{"ETag", "\"e1\""}}},
                         Canned::json(200, QJsonDocument(ready.toJson()).toJson()).header("ETag", "\"e2\""),
                         Canned{304, {}, {{"ETag", "\"e2\""}}}});

        exports::ExportWatcher watcher(client);
        watcher.setInterval(std::chrono::milliseconds(20));
        QSignalSpy changed(&watcher, &exports::ExportWatcher::changed);
        watcher.watch({logExport(QStringLiteral("le_1"), domain::LogExportState::Approved, QStringLiteral("e1")),
                       logExport(QStringLiteral("le_0"), domain::LogExportState::Ready, QStringLiteral("e0"))});
        QVERIFY(watcher.isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(fake.count("GET /log-exports/le_1") >= 4, 5000);
        watcher.stop();
        QCOMPARE(changed.size(), 1); // the 304s after it are no news
        QCOMPARE(changed.first().first().value<domain::LogExport>().state, domain::LogExportState::Ready);
        const QList<test::Call> calls = fake.callsTo("GET /log-exports/le_1");
        QCOMPARE(calls.at(0).header("If-None-Match"), QByteArray("\"e1\""));
        QCOMPARE(calls.at(2).header("If-None-Match"), QByteArray("\"e2\"")); // the new tag
        QCOMPARE(fake.count("GET /log-exports/le_0"), 0); // ready: nothing to wait for

        watcher.watch({ready});
        QVERIFY(!watcher.isWatching());
    }
};

QTEST_GUILESS_MAIN(tst_ExportWatcher)
#include "tst_exportwatcher.moc"
