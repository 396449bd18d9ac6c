// The log exports of the cache as the page lists them: newest request first, words for the
// states and formats, periods as whole days of the tenant's zone, sizes and prices; and
// QAbstractItemModelTester over it.
#include "cache/cachestore.h"
#include "exports/logexporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace kanri;
using exports::LogExportTableModel;
using Column = LogExportTableModel::Column;

namespace {

domain::LogExport logExport(const QString &id, domain::LogExportState state, const QString &requestedAt)
{
    const QTimeZone tokyo("Asia/Tokyo");
    domain::LogExport e;
    e.id = id;
    e.state = state;
    e.logType = domain::LogType::Access;
    e.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), tokyo).toUTC();
    e.to = QDateTime(QDate(2026, 11, 1), QTime(0, 0), tokyo).toUTC();
    e.format = domain::LogFormat::Csv;
    e.csvBom = true;
    e.price = 15000;
    e.rowsEstimate = 1234;
    e.requestedBy = QStringLiteral("u-1");
    e.requestedAt = QDateTime::fromString(requestedAt, Qt::ISODate);
    e.updatedAt = e.requestedAt;
    e.etag = QStringLiteral("e-") + id;
    return e;
}

} // namespace

class tst_LogExportTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<cache::CacheStore> m_store;

    void put(const domain::LogExport &e)
    {
        cache::Statement s(m_store->database(), "INSERT OR REPLACE INTO log_exports (id, state, "
                                                "requested_at, updated_at, json) VALUES (?1, ?2, ?3, ?4, ?5)");
        s.bind(1, e.id)
            .bind(2, domain::toWire(e.state))
            .bind(3, e.requestedAt.toString(Qt::ISODate))
            .bind(4, e.updatedAt.toString(Qt::ISODate))
            .bind(5, QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)));
        QVERIFY(s.run());
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = std::make_unique<cache::CacheStore>(cache::CacheStore::inMemory());
        QVERIFY(!m_store->open());
    }

    void listsNewestFirstInWords()
    {
        domain::LogExport ready = logExport(QStringLiteral("le_1"), domain::LogExportState::Ready,
                                            QStringLiteral("2026-11-01T00:00:00Z"));
        ready.size = 2'500'000;
        ready.sha256 = QString(64, QLatin1Char('a'));
        ready.rowCount = 1200;
        put(ready);
        domain::LogExport rejected = logExport(QStringLiteral("le_2"), domain::LogExportState::Rejected,
                                               QStringLiteral("2026-11-02T00:00:00Z"));
        rejected.reason = QStringLiteral("not paid");
        put(rejected);
        put(logExport(QStringLiteral("le_3"), domain::LogExportState::Requested,
                      QStringLiteral("2026-11-03T00:00:00Z")));

        LogExportTableModel model(m_store->connection(), QStringLiteral("Asia/Tokyo"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row, Column c) { return model.index(row, static_cast<int>(c)).data().toString(); };
        QCOMPARE(model.exportAt(0)->id, QStringLiteral("le_3"));
        QCOMPARE(model.rowOf(QStringLiteral("le_1")), 2);
        QCOMPARE(text(0, Column::State), QStringLiteral("Awaiting approval"));
        QCOMPARE(text(1, Column::State), QStringLiteral("Rejected (not paid)"));
        QCOMPARE(text(2, Column::State), QStringLiteral("Ready"));
        // October in Tokyo: 2026-10-01 00:00 JST up to 2026-11-01 00:00 JST, shown as its days.
        QCOMPARE(text(2, Column::Period), QStringLiteral("10/1/26 – 10/31/26"));
        QCOMPARE(text(2, Column::Format), QStringLiteral("CSV with BOM"));
        QCOMPARE(text(2, Column::Rows), QStringLiteral("1,200")); // the count, once generated
        QCOMPARE(text(0, Column::Rows), QStringLiteral("1,234")); // the estimate before
        QCOMPARE(text(2, Column::Size), QStringLiteral("2.38 MiB"));
        QCOMPARE(text(0, Column::Size), QString());
        QCOMPARE(text(2, Column::Price), QStringLiteral("¥15,000"));
        QCOMPARE(model.index(1, 0).data(LogExportTableModel::kIdRole).toString(), QStringLiteral("le_2"));
        QCOMPARE(model.headerData(static_cast<int>(Column::Price), Qt::Horizontal).toString(), QStringLiteral("Price"));
    }

    void pendingStates()
    {
        using S = domain::LogExportState;
        for (S s : {S::Requested, S::Approved, S::Generating})
            QVERIFY(LogExportTableModel::isPending(s));
        for (S s : {S::Ready, S::Expired, S::Rejected, S::Cancelled, S::Failed})
            QVERIFY(!LogExportTableModel::isPending(s));
    }
};

QTEST_GUILESS_MAIN(tst_LogExportTableModel)
#include "tst_logexporttablemodel.moc"
