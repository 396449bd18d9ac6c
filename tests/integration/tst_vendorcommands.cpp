// The operator's commands of kanri-service, and the retention purge, on a real data directory.
#include "servicefixture.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace kanri;

class TestVendorCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QProcess p;
        p.start(service::LocalService::findExecutable(), args);
        p.waitForFinished(60'000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }

private Q_SLOTS:
    void initTestCase()
    {
        // A first start creates the database and certificates.
        test::ServiceFixture svc({}, m_dir.path());
        QVERIFY(svc.started());
    }

    void tenantCreateAndList()
    {
        Result r = run(QStringList{QStringLiteral("tenant"), QStringLiteral("create")} + dataDir()
                       + QStringList{QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"),
                                     QStringLiteral("アクメ建設株式会社"), QStringLiteral("--mfa")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("created tenant acme (t_")), qPrintable(r.out));
        r = run(QStringList{QStringLiteral("tenant"), QStringLiteral("create")} + dataDir()
                + QStringList{QStringLiteral("--slug"), QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("Again")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("exists already")));
        r = run(QStringList{QStringLiteral("tenant"), QStringLiteral("create")} + dataDir()
                + QStringList{QStringLiteral("--slug"), QStringLiteral("x2"), QStringLiteral("--name"), QStringLiteral("X"),
                              QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown time zone")));
        r = run(QStringList{QStringLiteral("tenant"), QStringLiteral("list")} + dataDir());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("acme")) && r.out.contains(QStringLiteral("アクメ建設株式会社"))
                     && r.out.contains(QStringLiteral("mfa")),
                 qPrintable(r.out));
    }

    void userCreateIssuesAContractAdministratorWhoCanSignIn()
    {
        QTemporaryFile passwordFile;
        QVERIFY(passwordFile.open());
        passwordFile.write("weak\n");
        passwordFile.flush();
        Result r = run(QStringList{QStringLiteral("user"), QStringLiteral("create")} + dataDir()
                       + QStringList{QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--login"),
                                     QStringLiteral("admin@acme.example"), QStringLiteral("--name"), QStringLiteral("山田 太郎"),
                                     QStringLiteral("--password-file"), passwordFile.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at least 6")), qPrintable(r.err));

        r = run(QStringList{QStringLiteral("user"), QStringLiteral("create")} + dataDir()
                + QStringList{QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--login"),
                              QStringLiteral("admin@acme.example"), QStringLiteral("--name"), QStringLiteral("山田 太郎")});
        QCOMPARE(r.code, 0);
        const qsizetype at = r.out.indexOf(QStringLiteral("temporary password: "));
        QVERIFY2(at >= 0, qPrintable(r.out));
        const QString password = r.out.mid(at + 20).trimmed();
        QVERIFY(password.size() >= 6);

        r = run(QStringList{QStringLiteral("user"), QStringLiteral("create")} + dataDir()
                + QStringList{QStringLiteral("--tenant"), QStringLiteral("nope"), QStringLiteral("--login"),
                              QStringLiteral("x@y.example"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no tenant 'nope'")));

        test::ServiceFixture svc({}, m_dir.path());
        QVERIFY(svc.started());
        const QString token = svc.signIn(QStringLiteral("ADMIN@acme.example"), password);
        QVERIFY(!token.isEmpty());
        const test::HttpAnswer me = svc.get(QStringLiteral("/auth/me"), token);
        QCOMPARE(me.json().value(QStringLiteral("admin_level")).toString(), QStringLiteral("contract_admin"));
        QCOMPARE(me.json().value(QStringLiteral("tenant_name")).toString(), QStringLiteral("アクメ建設株式会社"));
    }

    void noticePublishValidates()
    {
        Result r = run(QStringList{QStringLiteral("notice"), QStringLiteral("publish")} + dataDir()
                       + QStringList{QStringLiteral("--all"), QStringLiteral("--kind"), QStringLiteral("maintenance"),
                                     QStringLiteral("--title"), QStringLiteral("定期メンテナンス"), QStringLiteral("--body"),
                                     QStringLiteral("本文")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("needs --starts-at")));
        r = run(QStringList{QStringLiteral("notice"), QStringLiteral("publish")} + dataDir()
                + QStringList{QStringLiteral("--all"), QStringLiteral("--kind"), QStringLiteral("maintenance"),
                              QStringLiteral("--title"), QStringLiteral("定期メンテナンス"), QStringLiteral("--body"),
                              QStringLiteral("本文"), QStringLiteral("--starts-at"), QStringLiteral("2026-12-04T01:00:00+09:00"),
                              QStringLiteral("--ends-at"), QStringLiteral("2026-12-04T05:00:00+09:00")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("published notice to 1 tenant(s)")), qPrintable(r.out));
        r = run(QStringList{QStringLiteral("notice"), QStringLiteral("publish")} + dataDir()
                + QStringList{QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--kind"), QStringLiteral("rumour"),
                              QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--body"), QStringLiteral("b")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--kind must be one of")));
    }

    void helpAndErrors()
    {
        Result r = run({QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--slug")));
        r = run({QStringLiteral("tenant"), QStringLiteral("delete")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'tenant delete'")));
        r = run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--data-dir"), QStringLiteral("/no/such/dir")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--data-dir")));
    }

    void retentionPurgesRowsOlderThanNinetyDays()
    {
        QTemporaryDir dir;
        {
            test::ServiceFixture first({}, dir.path());
            QVERIFY(first.started());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("retention"));
            db.setDatabaseName(dir.filePath(QStringLiteral("kanri.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const qint64 age : {91 * day, 89 * day}) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO access_log (at, client_ip, method, path, status, latency_us, "
                                              "bytes, request_id) VALUES (%1, '127.0.0.1', 'GET', '/api/v1/health', 200, 1, 1, 'r%2')")
                                   .arg(now - age)
                                   .arg(age)));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO operation_log (at, action, result) VALUES (%1, 'test', 'ok')").arg(now - age)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("retention"));
        test::ServiceFixture svc({QStringLiteral("--purge-interval"), QStringLiteral("1")}, dir.path());
        QVERIFY(svc.started());
        QTest::qWait(1500);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.filePath(QStringLiteral("kanri.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM access_log WHERE at < %1").arg(now - 90 * day)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM access_log WHERE request_id = 'r%1'").arg(89 * day)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM operation_log WHERE action = 'test'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestVendorCommands)
#include "tst_vendorcommands.moc"
