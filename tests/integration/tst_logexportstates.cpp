// The life of paid log exports on a real kanri-service (demo data plus a known log): the
// state machine with its operation log, the operator's approve/reject commands, the cancel
// rules, polling with ETags, list and delta, who may see and download what, and expiry.
#include "logexportdemo.h"

using namespace kanri;
using kanri::test::HttpAnswer;
using kanri::test::kDay;
using kanri::test::kHour;

class TestLogExportStates : public QObject, public test::DemoLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Every chunk of 5,000 rows takes 400 ms more, so that the big export is caught
        // `generating`; the small ones fit in one chunk.
        setUpDemoLog(QStringList{QStringLiteral("--demo"), QStringLiteral("--export-throttle"),
                                 QStringLiteral("400")},
                     true);
        QVERIFY(m_ready);
    }

    void autoApprovedExportBecomesReady()
    {
        const QJsonObject created = test::orderExport(
            *m_svc, m_keiyaku, known(QStringLiteral("access"), QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("le_")));
        QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(created.value(QStringLiteral("requested_by")).toString(), m_keiyakuId);
        QCOMPARE(created.value(QStringLiteral("price")).toInteger(), 15000);
        QCOMPARE(created.value(QStringLiteral("rows_estimate")).toInteger(), 11);
        QVERIFY(created.value(QStringLiteral("sha256")).isNull() &&
                created.value(QStringLiteral("size")).isNull());
        HttpAnswer a = m_svc->get(QStringLiteral("/log-exports/%1/manifest").arg(id), m_keiyaku);
        QCOMPARE(a.status, 409);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_keiyaku).status, 409);

        const QJsonObject ready =
            test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("ready")});
        QCOMPARE(ready.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(ready.value(QStringLiteral("row_count")).toInteger(), 11);
        const qint64 readyAt =
            QDateTime::fromString(ready.value(QStringLiteral("ready_at")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const qint64 expiresAt =
            QDateTime::fromString(ready.value(QStringLiteral("expires_at")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        QCOMPARE(expiresAt - readyAt, 7 * kDay);

        a = m_svc->get(QStringLiteral("/log-exports/%1/manifest").arg(id), m_kanri);
        QCOMPARE(a.status, 200);
        const QJsonObject m = a.json();
        QCOMPARE(
            m.value(QStringLiteral("tenant_id")),
            m_svc->get(QStringLiteral("/tenant"), m_keiyaku).json().value(QStringLiteral("id")));
        QCOMPARE(m.value(QStringLiteral("tenant_name")).toString(), QStringLiteral("デモ株式会社"));
        QCOMPARE(m.value(QStringLiteral("row_count")).toInteger(), 11);
        QCOMPARE(m.value(QStringLiteral("compression")).toString(), QStringLiteral("gzip"));
        QCOMPARE(m.value(QStringLiteral("sha256")), ready.value(QStringLiteral("sha256")));
        QCOMPARE(m.value(QStringLiteral("size")), ready.value(QStringLiteral("size")));
        QCOMPARE(m.value(QStringLiteral("from")).toString(), test::rfc3339(m_base));

        a = m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_keiyaku);
        QCOMPARE(a.status, 200);
        QCOMPARE(test::sha256Hex(a.body), m.value(QStringLiteral("sha256")).toString());
        QCOMPARE(a.header("ETag"),
                 '"' + m.value(QStringLiteral("sha256")).toString().toLatin1() + '"');
        QCOMPARE(a.header("Content-Length").toLongLong(),
                 m.value(QStringLiteral("size")).toInteger());
        bool ok = false;
        QCOMPARE(test::gunzip(a.body, &ok).count('\n'), 12); // header and 11 rows
        QVERIFY(ok);

        // Administrators read it but may not download; others see nothing of it.
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1").arg(id), m_kanri).status, 200);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_kanri).problem(),
                 QStringLiteral("forbidden"));
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1").arg(id), m_ippan).problem(),
                 QStringLiteral("not-admin"));
        for (const QString &path :
             {QStringLiteral("/log-exports/%1"), QStringLiteral("/log-exports/%1/manifest"),
              QStringLiteral("/log-exports/%1/file")})
            QCOMPARE(m_svc->get(path.arg(id), m_other).status, 404);
        QCOMPARE(m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_other).status,
                 404);
        a = m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_keiyaku);
        QCOMPARE(a.status, 409);

        QCOMPARE(test::operationsOn(*m_db, id),
                 (QStringList{QStringLiteral("log_export.request by keiyaku@demo.example"),
                              QStringLiteral("log_export.approve by service"),
                              QStringLiteral("log_export.generate by service"),
                              QStringLiteral("log_export.ready by service")}));
        // The download itself is in the access log.
        QTest::qWait(400);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE path = ? AND "
                                            "status = 200 AND bytes = ?"),
                             {QStringLiteral("/api/v1/log-exports/%1/file").arg(id),
                              m.value(QStringLiteral("size")).toInteger()})
                    .toInt() >= 1);
    }

    void pollingWithEtag()
    {
        const QJsonObject created = test::orderExport(
            *m_svc, m_keiyaku, known(QStringLiteral("operation"), QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        const QJsonObject ready =
            test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("ready")});
        const QByteArray etag =
            '"' + ready.value(QStringLiteral("etag")).toString().toLatin1() + '"';
        HttpAnswer a = m_svc->request("GET", QStringLiteral("/log-exports/") + id, {}, m_keiyaku,
                                      {{"If-None-Match", etag}});
        QCOMPARE(a.status, 304);
        QVERIFY(a.body.isEmpty());
        QCOMPARE(a.header("ETag"), etag);
        a = m_svc->request(
            "GET", QStringLiteral("/log-exports/") + id, {}, m_keiyaku,
            {{"If-None-Match",
              '"' + created.value(QStringLiteral("etag")).toString().toLatin1() + '"'}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("ETag"), etag);
    }

    void listNewestFirstAndDelta()
    {
        const test::Delta before = test::deltaSince(*m_svc, QStringLiteral("/log-exports"),
                                                    QStringLiteral("0"), m_keiyaku);
        QVERIFY(before.ok);
        const QJsonObject created = test::orderExport(
            *m_svc, m_keiyaku, known(QStringLiteral("access"), QStringLiteral("jsonl")));
        const QString id = created.value(QStringLiteral("id")).toString();
        HttpAnswer a = m_svc->get(QStringLiteral("/log-exports?limit=1"), m_kanri);
        QCOMPARE(a.status, 200);
        QCOMPARE(test::idsOf(a.json().value(QStringLiteral("items")).toArray()), QStringList{id});
        const QString cursor = a.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        a = m_svc->get(QStringLiteral("/log-exports?limit=1&cursor=") + test::percent(cursor),
                       m_kanri);
        QCOMPARE(a.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(test::idsOf(a.json().value(QStringLiteral("items")).toArray()).first() != id);
        bool ok = false;
        const QJsonArray all =
            test::allItems(*m_svc, QStringLiteral("/log-exports?limit=2"), m_keiyaku, &ok);
        QVERIFY(ok);
        QStringList requested;
        for (const QJsonValue &v : all)
            requested << v[QStringLiteral("requested_at")].toString();
        QStringList sorted = requested;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(requested, sorted);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports"), m_other)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);

        test::Delta delta =
            test::deltaSince(*m_svc, QStringLiteral("/log-exports"), before.watermark, m_keiyaku);
        QVERIFY(delta.ok);
        QCOMPARE(test::findById(delta.items, id).value(QStringLiteral("id")).toString(), id);
        QVERIFY(delta.tombstones.isEmpty());
        test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("ready")});
        delta =
            test::deltaSince(*m_svc, QStringLiteral("/log-exports"), delta.watermark, m_keiyaku);
        QCOMPARE(test::findById(delta.items, id).value(QStringLiteral("state")).toString(),
                 QStringLiteral("ready"));
        QVERIFY(delta.watermark.toLongLong() > before.watermark.toLongLong());
    }

    void cannotCancelWhileGenerating()
    {
        const QJsonObject created =
            test::orderExport(*m_svc, m_keiyaku,
                              test::selection(QStringLiteral("access"), m_bigBase,
                                              m_bigBase + kHour, QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(test::waitForState(*m_svc, m_keiyaku, id,
                                    {QStringLiteral("generating"), QStringLiteral("ready")})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("generating"));
        const HttpAnswer a =
            m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_keiyaku);
        QCOMPARE(a.status, 409);
        QCOMPARE(a.problem(), QStringLiteral("conflict"));
        const QJsonObject ready =
            test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("ready")});
        QCOMPARE(ready.value(QStringLiteral("row_count")).toInteger(), 30000);
    }

    void vendorApprovesRejectsAndCustomerCancels()
    {
        const QString dir = m_svc->dataDir();
        test::CommandResult r = test::runVendor(
            dir, {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("--slug"),
                  QStringLiteral("other"), QStringLiteral("--log-export"), QStringLiteral("on"),
                  QStringLiteral("--auto-approve"), QStringLiteral("off")});
        QCOMPARE(r.code, 0);
        const QJsonObject body = test::selection(QStringLiteral("access"), m_base, m_base + kHour,
                                                 QStringLiteral("combined"));
        const auto order = [&] {
            return test::orderExport(*m_svc, m_other, body);
        };

        // Cancelled by the customer while requested; after that, no more.
        QJsonObject e = order();
        QString id = e.value(QStringLiteral("id")).toString();
        QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("requested"));
        QCOMPARE(e.value(QStringLiteral("rows_estimate")).toInteger(), 1);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/") + id, m_keiyaku).status, 404);
        QCOMPARE(
            m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_keiyaku).status,
            404);
        QCOMPARE(m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_other).status,
                 204);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/") + id, m_other)
                     .json()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_other).status,
                 409);
        QCOMPARE(
            test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("approve"), id}).code,
            1);

        // Approved by the vendor, then generated.
        e = order();
        id = e.value(QStringLiteral("id")).toString();
        r = test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("list"),
                                  QStringLiteral("--state"), QStringLiteral("requested")});
        QCOMPARE(r.code, 0);
        const QString line = r.out.split(QLatin1Char('\n')).filter(id).value(0);
        QVERIFY2(
            line.contains(QStringLiteral("other")) && line.contains(QStringLiteral("requested")) &&
                line.contains(QStringLiteral("access")) &&
                line.contains(QStringLiteral("combined")) && line.contains(test::rfc3339(m_base)) &&
                line.contains(QStringLiteral(" 15000")),
            qPrintable(r.out));
        QTest::qWait(2500); // nothing happens without the vendor
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/") + id, m_other)
                     .json()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("requested"));
        r = test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("approve"), id});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("approved ") + id));
        QCOMPARE(test::waitForState(*m_svc, m_other, id, {QStringLiteral("ready")})
                     .value(QStringLiteral("row_count"))
                     .toInteger(),
                 1);
        QCOMPARE(test::operationsOn(*m_db, id).mid(0, 2),
                 (QStringList{QStringLiteral("log_export.request by keiyaku@other.example"),
                              QStringLiteral("log_export.approve by vendor")}));
        QCOMPARE(test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("reject"), id,
                                       QStringLiteral("--reason"), QStringLiteral("late")})
                     .code,
                 1);

        // Rejected by the vendor, with the reason shown to the customer.
        e = order();
        id = e.value(QStringLiteral("id")).toString();
        QCOMPARE(
            test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("reject"), id}).code,
            2);
        r = test::runVendor(dir,
                            {QStringLiteral("exports"), QStringLiteral("reject"), id,
                             QStringLiteral("--reason"), QStringLiteral("ご契約の確認が必要です")});
        QCOMPARE(r.code, 0);
        e = m_svc->get(QStringLiteral("/log-exports/") + id, m_other).json();
        QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(e.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ご契約の確認が必要です"));
        QCOMPARE(m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_other).status,
                 409);
        QCOMPARE(test::operationsOn(*m_db, id).last(),
                 QStringLiteral("log_export.reject by vendor"));
        QCOMPARE(test::runVendor(dir, {QStringLiteral("exports"), QStringLiteral("approve"),
                                       QStringLiteral("le_nope")})
                     .code,
                 1);
    }

    void generationFailureIsReported()
    {
        // A directory where the partial file must go makes the generation fail. It is made
        // while the order waits its moment before generation (a cancel window).
        const QJsonObject created = test::orderExport(
            *m_svc, m_keiyaku, known(QStringLiteral("operation"), QStringLiteral("jsonl")));
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(QDir(m_svc->dataDir()).mkpath(QStringLiteral("exports/%1.part/blocker").arg(id)));
        const QJsonObject failed = test::waitForState(
            *m_svc, m_keiyaku, id, {QStringLiteral("failed"), QStringLiteral("ready")});
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString reason = failed.value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("could not be generated")) &&
                     !reason.contains(m_svc->dataDir()),
                 qPrintable(reason));
        QVERIFY(failed.value(QStringLiteral("sha256")).isNull());
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_keiyaku).status, 409);
        QCOMPARE(
            m_svc->post(QStringLiteral("/log-exports/%1/cancel").arg(id), {}, m_keiyaku).status,
            409);
        QVERIFY(!QFile::exists(
            QDir(m_svc->dataDir()).filePath(QStringLiteral("exports/%1.gz").arg(id))));
        QCOMPARE(test::operationsOn(*m_db, id).last(),
                 QStringLiteral("log_export.fail by service"));
        QVERIFY(QDir(QDir(m_svc->dataDir()).filePath(QStringLiteral("exports/%1.part").arg(id)))
                    .removeRecursively());
    }

    // Last: restarts the service with a short time to live for generated files.
    void readyExportsExpire()
    {
        QVERIFY(m_svc->restart(
            {QStringLiteral("--demo"), QStringLiteral("--export-ttl"), QStringLiteral("3")}));
        const QJsonObject created = test::orderExport(
            *m_svc, m_keiyaku, known(QStringLiteral("access"), QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        const QJsonObject ready =
            test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("ready")});
        const QString file =
            QDir(m_svc->dataDir()).filePath(QStringLiteral("exports/%1.gz").arg(id));
        QVERIFY(QFile::exists(file));
        const QJsonObject expired =
            test::waitForState(*m_svc, m_keiyaku, id, {QStringLiteral("expired")}, 20'000);
        QCOMPARE(expired.value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
        QCOMPARE(expired.value(QStringLiteral("expires_at")),
                 ready.value(QStringLiteral("expires_at")));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_keiyaku).status, 409);
        QCOMPARE(m_svc->get(QStringLiteral("/log-exports/%1/manifest").arg(id), m_keiyaku).status,
                 409);
        QCOMPARE(test::operationsOn(*m_db, id).last(),
                 QStringLiteral("log_export.expire by service"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_svc.reset();
    }
};

QTEST_MAIN(TestLogExportStates)
#include "tst_logexportstates.moc"
