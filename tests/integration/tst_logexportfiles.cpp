// The files of paid log exports, for a fresh tenant made with the operator's commands whose
// log is laid down row by row: the exact bytes of every format (CSV with and without BOM,
// JSON Lines, combined log format), SHA-256 and size against the manifest, Range requests,
// a standard analyser (goaccess) reading the combined format, another tenant refused, and a
// service killed during a generation that still ends with a complete file.
#include "logexporttesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <csignal>

using namespace kanri;
using kanri::test::HttpAnswer;

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
const QString kLogin = QStringLiteral("admin@known.example");

// "14/Nov/2026:14:00:00 +0900": the combined format's time, in Tokyo.
QByteArray clfTime(qint64 ms)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Tokyo"));
    return t.toString(QStringLiteral("dd/")).toLatin1() + months[t.date().month() - 1] +
           t.toString(QStringLiteral("/yyyy:HH:mm:ss")).toLatin1() + " +0900";
}

QByteArray utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        .toLatin1();
}
} // namespace

class TestLogExportFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_tmp;
    QString m_admin; // contract administrator of the fresh tenant "known"
    QByteArray m_adminId;
    qint64 m_tenantPk = 0;
    qint64 m_base = 0; // the known log lies in [m_base, m_base + 1 h), ten days ago

    QJsonObject knownHour(const QString &type, const QString &format,
                          const QJsonObject &filters = {}) const
    {
        return test::selection(type, m_base, m_base + kHour, format, filters);
    }

    // Orders, waits for the file and downloads it, checking it against the export and its
    // manifest; the uncompressed content.
    QByteArray exportContent(const QJsonObject &selectionBody, qint64 expectedRows,
                             QJsonObject *exported = nullptr)
    {
        const QJsonObject created = test::orderExport(*m_svc, m_admin, selectionBody);
        const QString id = created.value(QStringLiteral("id")).toString();
        const QJsonObject ready = test::waitForState(
            *m_svc, m_admin, id, {QStringLiteral("ready"), QStringLiteral("failed")});
        if (exported)
            *exported = ready;
        if (ready.value(QStringLiteral("state")).toString() != QLatin1StringView("ready") ||
            ready.value(QStringLiteral("row_count")).toInteger() != expectedRows) {
            qWarning() << "export not as expected:" << ready;
            return {};
        }
        const QJsonObject manifest =
            m_svc->get(QStringLiteral("/log-exports/%1/manifest").arg(id), m_admin).json();
        const HttpAnswer file = m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_admin);
        const QString sha = test::sha256Hex(file.body);
        const bool consistent =
            file.status == 200 && sha == manifest.value(QStringLiteral("sha256")).toString() &&
            sha == ready.value(QStringLiteral("sha256")).toString() &&
            file.header("ETag") == '"' + sha.toLatin1() + '"' &&
            file.header("Content-Length").toLongLong() == file.body.size() &&
            file.body.size() == manifest.value(QStringLiteral("size")).toInteger() &&
            file.header("Accept-Ranges") == "bytes" &&
            file.header("Content-Type") == "application/gzip" &&
            manifest.value(QStringLiteral("row_count")).toInteger() == expectedRows &&
            manifest.value(QStringLiteral("format")) ==
                selectionBody.value(QStringLiteral("format")) &&
            manifest.value(QStringLiteral("tenant_name")).toString() ==
                QStringLiteral("既知株式会社");
        if (!consistent) {
            qWarning() << "file and manifest disagree:" << file.status << file.headers << manifest
                       << sha;
            return {};
        }
        bool ok = false;
        const QByteArray content = test::gunzip(file.body, &ok);
        return ok ? content : QByteArray("(not gzip)");
    }

    bool insertAccess(qint64 at, const QString &ip, const QString &method, const QString &path,
                      int status, qint64 latency, qint64 bytes, bool byAdmin,
                      const QString &requestId, const QString &agent)
    {
        const qint64 admin =
            m_db->scalar(QStringLiteral("SELECT pk FROM users WHERE login_key = ?"), {kLogin})
                .toLongLong();
        return m_db->exec(
            QStringLiteral(
                "INSERT INTO access_log (tenant_pk, at, client_ip, method, path, status, "
                "latency_us, bytes, user_pk, request_id, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)"),
            {m_tenantPk, at, ip, method, path, status, latency, bytes,
             byAdmin ? QVariant(admin) : QVariant(QMetaType::fromType<qint64>()), requestId,
             agent});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_svc = std::make_unique<test::ServiceFixture>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--export-throttle"), QStringLiteral("150")});
        QVERIFY(m_svc->started());
        const QString dir = m_svc->dataDir();
        test::CommandResult r = test::runVendor(
            dir, {QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("--slug"),
                  QStringLiteral("known"), QStringLiteral("--name"), QStringLiteral("既知株式会社"),
                  QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo"),
                  QStringLiteral("--log-export"), QStringLiteral("--auto-approve")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString passwordFile = m_tmp.filePath(QStringLiteral("password"));
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("known1234\n");
        f.close();
        r = test::runVendor(dir, {QStringLiteral("user"), QStringLiteral("create"),
                                  QStringLiteral("--tenant"), QStringLiteral("known"),
                                  QStringLiteral("--login"), kLogin, QStringLiteral("--name"),
                                  QStringLiteral("既知 管理者"), QStringLiteral("--password-file"),
                                  passwordFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_admin = m_svc->signIn(kLogin, QStringLiteral("known1234"));
        QVERIFY(!m_admin.isEmpty());
        m_adminId = m_svc->get(QStringLiteral("/auth/me"), m_admin)
                        .json()
                        .value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .toLatin1();

        m_db = std::make_unique<test::TestDatabase>(dir);
        m_tenantPk = m_db->scalar(QStringLiteral("SELECT pk FROM tenants WHERE slug = 'known'"))
                         .toLongLong();
        QVERIFY(m_tenantPk > 0);
        m_base = (QDateTime::currentMSecsSinceEpoch() - 10 * kDay) / kHour * kHour;
        QVERIFY(insertAccess(m_base + 123, QStringLiteral("192.0.2.10"), QStringLiteral("GET"),
                             QStringLiteral("/api/v1/users"), 200, 1234, 5678, true,
                             QStringLiteral("req-1"),
                             QStringLiteral("KanriConsole/1.0 (Windows 11)")));
        QVERIFY(insertAccess(m_base + 61'500, QStringLiteral("2001:db8::1"), QStringLiteral("POST"),
                             QStringLiteral("/api/v1/auth/login"), 401, 800, 120, false,
                             QStringLiteral("req-2"),
                             QStringLiteral("curl/8.4.0 \"quoted\", comma")));
        QVERIFY(
            insertAccess(m_base + kHour - 1, QStringLiteral("198.51.100.7"), QStringLiteral("GET"),
                         QStringLiteral("/api/v1/projects/p_1/files/報告書 2026.pdf"), 200, 45000,
                         0, true, QStringLiteral("req-3"), QStringLiteral("Mozilla/5.0\nX")));
        QVERIFY(insertAccess(m_base + kHour, QStringLiteral("192.0.2.99"), QStringLiteral("GET"),
                             QStringLiteral("/late"), 200, 1, 1, true, QStringLiteral("late"),
                             QStringLiteral("x")));
        QVERIFY(insertAccess(m_base - 1, QStringLiteral("192.0.2.99"), QStringLiteral("GET"),
                             QStringLiteral("/early"), 200, 1, 1, true, QStringLiteral("early"),
                             QStringLiteral("x")));
        const QString op = QStringLiteral(
            "INSERT INTO operation_log (tenant_pk, at, actor_pk, actor, action, target, result, "
            "details, client_ip, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const qint64 adminPk =
            m_db->scalar(QStringLiteral("SELECT pk FROM users WHERE login_key = ?"), {kLogin})
                .toLongLong();
        QVERIFY(m_db->exec(op, {m_tenantPk, m_base + 10, adminPk, kLogin,
                                QStringLiteral("user.create"), QStringLiteral("u_abc"),
                                QStringLiteral("ok"), QStringLiteral("name=山田, role=\"admin\""),
                                QStringLiteral("192.0.2.10"), QStringLiteral("req-9")}));
        QVERIFY(m_db->exec(op, {m_tenantPk, m_base + 20, QVariant(QMetaType::fromType<qint64>()),
                                QStringLiteral("vendor"), QStringLiteral("tenant.update"),
                                QStringLiteral("t_x"), QStringLiteral("ok"), QStringLiteral("=1+2"),
                                QStringLiteral(""), QStringLiteral("")}));
        QVERIFY(m_db->exec(op, {m_tenantPk, m_base + kHour, adminPk, kLogin, QStringLiteral("late"),
                                QStringLiteral("x"), QStringLiteral("ok"), QStringLiteral(""),
                                QStringLiteral(""), QStringLiteral("")}));
    }

    void exactContent_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("rows");
        const QByteArray id = m_adminId;
        const QByteArray t1 = utc(m_base + 123), t2 = utc(m_base + 61'500),
                         t3 = utc(m_base + kHour - 1);
        const QByteArray header = "time,client_ip,user_id,login,method,path,status,latency_us,"
                                  "bytes,request_id,user_agent\r\n";
        const QByteArray csv1 = t1 + ",192.0.2.10," + id +
                                ",admin@known.example,GET,/api/v1/"
                                "users,200,1234,5678,req-1,KanriConsole/1.0 (Windows 11)\r\n";
        const QByteArray csv2 =
            t2 + ",2001:db8::1,,,POST,/api/v1/auth/login,401,800,120,req-2,\"curl/8.4.0 "
                 "\"\"quoted\"\", comma\"\r\n";
        const QByteArray csv3 =
            t3 + ",198.51.100.7," + id +
            ",admin@known.example,GET,/api/v1/projects/p_1/files/報告書 2026.pdf,200,45000,0,"
            "req-3,\"Mozilla/5.0\nX\"\r\n";
        const QByteArray csv = header + csv1 + csv2 + csv3;
        QTest::newRow("access csv")
            << knownHour(QStringLiteral("access"), QStringLiteral("csv")) << csv << 3;
        QJsonObject bom = knownHour(QStringLiteral("access"), QStringLiteral("csv"));
        bom.insert(QStringLiteral("csv_bom"), true);
        QTest::newRow("access csv with BOM") << bom << QByteArray("\xEF\xBB\xBF" + csv) << 3;
        QTest::newRow("access filtered")
            << knownHour(QStringLiteral("access"), QStringLiteral("csv"),
                         {{QStringLiteral("path_prefix"), QStringLiteral("/api/v1/projects/")},
                          {QStringLiteral("user_id"), QString::fromLatin1(id)}})
            << QByteArray(header + csv3) << 1;

        const QByteArray jsonl =
            "{\"time\":\"" + t1 + "\",\"client_ip\":\"192.0.2.10\",\"user_id\":\"" + id +
            "\",\"login\":\"admin@known.example\",\"method\":\"GET\",\"path\":\"/api/v1/"
            "users\",\"status\":200,"
            "\"latency_us\":1234,\"bytes\":5678,\"request_id\":\"req-1\",\"user_agent\":"
            "\"KanriConsole/1.0 (Windows 11)\"}\n"
            "{\"time\":\"" +
            t2 +
            "\",\"client_ip\":\"2001:db8::1\",\"user_id\":null,\"login\":null,\"method\":\"POST\","
            "\"path\":\"/api/v1/auth/"
            "login\",\"status\":401,\"latency_us\":800,\"bytes\":120,\"request_id\":\"req-2\","
            "\"user_agent\":\"curl/8.4.0 \\\"quoted\\\", comma\"}\n"
            "{\"time\":\"" +
            t3 + "\",\"client_ip\":\"198.51.100.7\",\"user_id\":\"" + id +
            "\",\"login\":\"admin@known.example\",\"method\":\"GET\",\"path\":\"/api/v1/projects/"
            "p_1/files/報告書 2026.pdf\","
            "\"status\":200,\"latency_us\":45000,\"bytes\":0,\"request_id\":\"req-3\",\"user_"
            "agent\":\"Mozilla/5.0\\nX\"}\n";
        QTest::newRow("access jsonl")
            << knownHour(QStringLiteral("access"), QStringLiteral("jsonl")) << jsonl << 3;

        const QByteArray combined =
            "192.0.2.10 - admin@known.example [" + clfTime(m_base + 123) +
            "] \"GET /api/v1/users HTTP/1.1\" 200 5678 \"-\" \"KanriConsole/1.0 (Windows 11)\"\n"
            "2001:db8::1 - - [" +
            clfTime(m_base + 61'500) +
            "] \"POST /api/v1/auth/login HTTP/1.1\" 401 120 \"-\" \"curl/8.4.0 \\\"quoted\\\", "
            "comma\"\n"
            "198.51.100.7 - admin@known.example [" +
            clfTime(m_base + kHour - 1) +
            "] \"GET /api/v1/projects/p_1/files/%E5%A0%B1%E5%91%8A%E6%9B%B8%202026.pdf HTTP/1.1\" "
            "200 - \"-\" "
            "\"Mozilla/5.0\\x0aX\"\n";
        QTest::newRow("access combined")
            << knownHour(QStringLiteral("access"), QStringLiteral("combined")) << combined << 3;

        const QByteArray o1 = utc(m_base + 10), o2 = utc(m_base + 20);
        const QByteArray operationCsv =
            "time,actor_id,actor,action,target,result,details,client_ip,request_id\r\n" + o1 + "," +
            id +
            ",admin@known.example,user.create,u_abc,ok,\"name=山田, role=\"\"admin\"\"\","
            "192.0.2.10,req-9\r\n" +
            o2 + ",,vendor,tenant.update,t_x,ok,'=1+2,,\r\n";
        QTest::newRow("operation csv")
            << knownHour(QStringLiteral("operation"), QStringLiteral("csv")) << operationCsv << 2;
        const QByteArray vendorLine =
            "{\"time\":\"" + o2 +
            "\",\"actor_id\":null,\"actor\":\"vendor\",\"action\":\"tenant.update\","
            "\"target\":\"t_x\",\"result\":\"ok\",\"details\":\"=1+2\",\"client_ip\":\"\",\"request_"
            "id\":\"\"}\n";
        const QByteArray operationJsonl =
            "{\"time\":\"" + o1 + "\",\"actor_id\":\"" + id +
            "\",\"actor\":\"admin@known.example\",\"action\":\"user.create\",\"target\":\"u_abc\","
            "\"result\":\"ok\","
            "\"details\":\"name=山田, "
            "role=\\\"admin\\\"\",\"client_ip\":\"192.0.2.10\",\"request_id\":\"req-9\"}\n" +
            vendorLine;
        QTest::newRow("operation jsonl")
            << knownHour(QStringLiteral("operation"), QStringLiteral("jsonl")) << operationJsonl
            << 2;
        QTest::newRow("operation filtered")
            << knownHour(QStringLiteral("operation"), QStringLiteral("jsonl"),
                         {{QStringLiteral("action"), QStringLiteral("tenant.update")}})
            << vendorLine << 1;
    }
    void exactContent()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QByteArray, expected);
        QFETCH(int, rows);
        const QByteArray content = exportContent(body, rows);
        QCOMPARE(content, expected);
        if (body.value(QStringLiteral("format")).toString() == QLatin1StringView("jsonl")) {
            for (const QByteArray &line : content.split('\n')) {
                QJsonParseError error{};
                QVERIFY(line.isEmpty() || QJsonDocument::fromJson(line, &error).isObject());
            }
        }
    }

    void rangeRequests()
    {
        const qint64 from = m_base + 2 * kHour;
        QVERIFY(m_db->db().transaction());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(insertAccess(
                from + i, QStringLiteral("203.0.113.%1").arg(i % 250), QStringLiteral("GET"),
                QStringLiteral("/api/v1/projects/p_%1").arg(i), 200, i, i * 7, i % 2 == 1,
                QStringLiteral("r-%1").arg(i), QStringLiteral("agent")));
        QVERIFY(m_db->db().commit());
        QJsonObject e;
        const QByteArray content = exportContent(
            test::selection(QStringLiteral("access"), from, from + kHour, QStringLiteral("jsonl")),
            3000, &e);
        QCOMPARE(content.count('\n'), 3000);
        const QString path =
            QStringLiteral("/log-exports/%1/file").arg(e.value(QStringLiteral("id")).toString());
        const QByteArray whole = m_svc->get(path, m_admin).body;
        const qint64 size = whole.size();
        QVERIFY(size > 1000);
        const QByteArray sizeText = QByteArray::number(size);
        const auto range = [&](const QByteArray &value) {
            return m_svc->request("GET", path, {}, m_admin, {{"Range", value}});
        };

        HttpAnswer a = range("bytes=0-99");
        QCOMPARE(a.status, 206);
        QCOMPARE(a.body, whole.left(100));
        QCOMPARE(a.header("Content-Range"), "bytes 0-99/" + sizeText);
        QCOMPARE(a.header("Content-Length"), QByteArray("100"));
        QCOMPARE(a.header("ETag"),
                 '"' + e.value(QStringLiteral("sha256")).toString().toLatin1() + '"');
        a = range("bytes=500-899");
        QCOMPARE(a.status, 206);
        QCOMPARE(a.body, whole.mid(500, 400));
        QCOMPARE(a.header("Content-Range"), "bytes 500-899/" + sizeText);
        a = range("bytes=-64");
        QCOMPARE(a.status, 206);
        QCOMPARE(a.body, whole.right(64));
        QCOMPARE(a.header("Content-Range"), "bytes " + QByteArray::number(size - 64) + '-' +
                                                QByteArray::number(size - 1) + '/' + sizeText);
        // Resuming: the rest after the first 100 bytes completes the file.
        a = range("bytes=100-");
        QCOMPARE(a.status, 206);
        QCOMPARE(QByteArray(whole.left(100) + a.body), whole);
        a = range("bytes=100-" + QByteArray::number(size + 5000));
        QCOMPARE(a.body, whole.mid(100));
        for (const QByteArray &past :
             {QByteArray(sizeText + '-'),
              QByteArray(sizeText + '-' + QByteArray::number(size + 10)), QByteArray("-0")}) {
            a = range("bytes=" + past);
            QCOMPARE(a.status, 416);
            QCOMPARE(a.header("Content-Range"), "bytes */" + sizeText);
            QCOMPARE(a.problem(), QStringLiteral("validation"));
        }
        for (const QByteArray &whole200 : {QByteArray("bytes=0-1,5-6"), QByteArray("bytes=abc"),
                                           QByteArray("items=0-5"), QByteArray("bytes=9-3")}) {
            a = range(whole200);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body, whole);
        }
    }

    void goaccessReadsTheCombinedFormat()
    {
        const QString goaccess = QStandardPaths::findExecutable(QStringLiteral("goaccess"));
        QVERIFY2(!goaccess.isEmpty(), "goaccess is missing (scripts/setup installs it)");
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 7; ++i)
            QCOMPARE(m_svc->get(QStringLiteral("/tenant"), m_admin).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_svc->get(QStringLiteral("/notices"), m_admin).status, 200);
        QTest::qWait(600); // the access log is written every 200 ms
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        struct Case
        {
            QJsonObject filters;
            int requests;
        };
        for (const Case &c :
             {Case{{{QStringLiteral("path_prefix"), QStringLiteral("/api/v1/tenant")}}, 7},
              Case{{{QStringLiteral("path_prefix"), QStringLiteral("/api/v1/notices")}}, 3},
              Case{{}, 10}}) {
            const QByteArray content =
                exportContent(test::selection(QStringLiteral("access"), from, to,
                                              QStringLiteral("combined"), c.filters),
                              c.requests);
            QCOMPARE(content.count('\n'), c.requests);
            const QString log = m_tmp.filePath(QStringLiteral("access-%1.log").arg(c.requests));
            const QString report = m_tmp.filePath(QStringLiteral("report-%1.json").arg(c.requests));
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            QProcess p;
            p.start(goaccess, {log, QStringLiteral("--log-format=COMBINED"),
                               QStringLiteral("--no-global-config"), QStringLiteral("-o"), report});
            QVERIFY(p.waitForFinished(60'000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QFile r(report);
            QVERIFY(r.open(QIODevice::ReadOnly));
            const QJsonObject general = QJsonDocument::fromJson(r.readAll())
                                            .object()
                                            .value(QStringLiteral("general"))
                                            .toObject();
            QCOMPARE(general.value(QStringLiteral("total_requests")).toInteger(), c.requests);
            QCOMPARE(general.value(QStringLiteral("valid_requests")).toInteger(), c.requests);
            QCOMPARE(general.value(QStringLiteral("failed_requests")).toInteger(), 0);
        }
    }

    void anotherTenantCannotReachTheFiles()
    {
        const QJsonObject created = test::orderExport(
            *m_svc, m_admin, knownHour(QStringLiteral("access"), QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        test::waitForState(*m_svc, m_admin, id, {QStringLiteral("ready")});
        const QString demo = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!demo.isEmpty());
        for (const QString &path :
             {QStringLiteral("/log-exports/%1"), QStringLiteral("/log-exports/%1/manifest"),
              QStringLiteral("/log-exports/%1/file")}) {
            const HttpAnswer a = m_svc->get(path.arg(id), demo);
            QCOMPARE(a.status, 404);
            QCOMPARE(a.problem(), QStringLiteral("not-found"));
        }
        QVERIFY(!test::idsOf(m_svc->get(QStringLiteral("/log-exports?limit=1000"), demo)
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray())
                     .contains(id));
    }

    // Last: kills the service hard in the middle of a generation.
    void restartDuringGeneration()
    {
        const qint64 from = m_base - 5 * kHour;
        const int rows = 200'000;
        QVERIFY(m_db->db().transaction());
        for (int i = 0; i < rows; ++i)
            QVERIFY(insertAccess(from + i, QStringLiteral("203.0.113.7"), QStringLiteral("GET"),
                                 QStringLiteral("/api/v1/users/%1").arg(i), 200, i, i, true,
                                 QStringLiteral("big-%1").arg(i), QStringLiteral("bulk")));
        QVERIFY(m_db->db().commit());
        const QJsonObject created = test::orderExport(
            *m_svc, m_admin,
            test::selection(QStringLiteral("access"), from, from + kHour, QStringLiteral("csv")));
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(test::waitForState(*m_svc, m_admin, id,
                                    {QStringLiteral("generating"), QStringLiteral("ready")})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("generating"));
        const QDir exportsDir(QDir(m_svc->dataDir()).filePath(QStringLiteral("exports")));
        const QString part = exportsDir.filePath(id + QStringLiteral(".part"));
        const QString final = exportsDir.filePath(id + QStringLiteral(".gz"));
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo(part).size() > 0; }, 30'000));

        const qint64 pid = m_svc->processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTest::qWait(500);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT state FROM log_exports WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("generating"));
        QVERIFY(QFile::exists(part));
        QVERIFY(!QFile::exists(final));

        QVERIFY(m_svc->restart({QStringLiteral("--demo")}));
        const QJsonObject ready = test::waitForState(
            *m_svc, m_admin, id, {QStringLiteral("ready"), QStringLiteral("failed")}, 240'000);
        QCOMPARE(ready.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(ready.value(QStringLiteral("row_count")).toInteger(), rows);
        QVERIFY(exportsDir.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        QFile file(final);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray gz = file.readAll();
        QCOMPARE(test::sha256Hex(gz), ready.value(QStringLiteral("sha256")).toString());
        QCOMPARE(gz.size(), ready.value(QStringLiteral("size")).toInteger());
        bool ok = false;
        const QByteArray content = test::gunzip(gz, &ok);
        QVERIFY(ok);
        const QList<QByteArray> lines = content.split('\n');
        QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty rest after the last CRLF
        QCOMPARE(lines.at(1), utc(from) + ",203.0.113.7," + m_adminId +
                                  ",admin@known.example,GET,/api/v1/users/0,200,0,0,big-0,bulk\r");
        QCOMPARE(lines.at(rows), utc(from + rows - 1) + ",203.0.113.7," + m_adminId +
                                     ",admin@known.example,GET,/api/v1/users/"
                                     "199999,200,199999,199999,big-199999,bulk\r");
        const QStringList operations = test::operationsOn(*m_db, id);
        QCOMPARE(operations.count(QStringLiteral("log_export.generate by service")), 2);
        QCOMPARE(operations.last(), QStringLiteral("log_export.ready by service"));
        QCOMPARE(test::sha256Hex(
                     m_svc->get(QStringLiteral("/log-exports/%1/file").arg(id), m_admin).body),
                 ready.value(QStringLiteral("sha256")).toString());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_svc.reset();
    }
};

QTEST_MAIN(TestLogExportFiles)
#include "tst_logexportfiles.moc"
