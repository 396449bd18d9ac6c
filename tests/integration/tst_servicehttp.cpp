// kanri-service's HTTP layer: with several serving threads, requests sent at once over many
// connections are all answered and concurrent writes neither fail nor run twice; a body over
// the limit is refused before it is read; every request reaches the access log.
#include "usertesthelpers.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QUuid>

using namespace kanri;
using kanri::test::HttpAnswer;

class TestServiceHttp : public QObject
{
    Q_OBJECT

    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_admin;
    QNetworkAccessManager m_network;

    // Sends every call before waiting for any answer: the manager spreads them over up to six
    // connections, which the service's threads serve side by side.
    QList<HttpAnswer> sendAtOnce(const QList<Call> &calls)
    {
        QList<QNetworkReply *> replies;
        const api::TlsPolicy pin(m_svc->fingerprint());
        for (const Call &c : calls) {
            QUrl u = m_svc->url();
            const qsizetype q = c.path.indexOf(QLatin1Char('?'));
            u.setPath(QStringLiteral("/api/v1") + c.path.left(q));
            if (q >= 0)
                u.setQuery(c.path.mid(q + 1));
            QNetworkRequest r(u);
            r.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            for (const auto &[k, v] : c.headers)
                r.setRawHeader(k, v);
            QNetworkReply *reply = m_network.sendCustomRequest(r, c.method, c.body);
            connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
                reply->ignoreSslErrors(pin.errorsToIgnore(errors, reply->sslConfiguration().peerCertificate()));
            });
            replies.append(reply);
        }
        QList<HttpAnswer> answers;
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QSignalSpy(reply, &QNetworkReply::finished).wait(60'000);
            HttpAnswer a;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.body = reply->readAll();
            a.headers = reply->rawHeaderPairs();
            answers.append(a);
            reply->deleteLater();
        }
        return answers;
    }

    // A TLS connection to the service for hand-written requests (the certificate pinned).
    std::unique_ptr<QSslSocket> connectRaw()
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslSocket *s = socket.get();
        const api::TlsPolicy pin(m_svc->fingerprint());
        connect(s, &QSslSocket::sslErrors, s, [s, pin](const QList<QSslError> &errors) {
            s->ignoreSslErrors(pin.errorsToIgnore(errors, s->peerCertificate()));
        });
        s->connectToHostEncrypted(m_svc->url().host(), static_cast<quint16>(m_svc->url().port()));
        if (!s->waitForEncrypted(10'000))
            return nullptr;
        return socket;
    }

    // The service's database, opened beside it (WAL: readable while it runs).
    QSqlDatabase database()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"), false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_svc->dataDir() + QStringLiteral("/kanri.db"));
        }
        if (!db.isOpen())
            db.open();
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--http-threads"), QStringLiteral("3"),
            QStringLiteral("--api-rate"), QStringLiteral("0")});
        QVERIFY(m_svc->started());
        m_admin = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!m_admin.isEmpty());
    }

    void concurrentChangesAreAllApplied()
    {
        // Twelve users past the demo's sign-in accounts.
        const QJsonArray page =
            m_svc->get(QStringLiteral("/users?limit=30"), m_admin).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(page.size(), 30);
        const QJsonArray users = QJsonArray::fromVariantList(page.toVariantList().mid(10, 12));
        QList<Call> calls;
        for (const QJsonValue &u : users) {
            const QString path = QStringLiteral("/users/") + u.toObject().value(QStringLiteral("id")).toString();
            const QByteArray body = test::jsonBytes({{QStringLiteral("name"), QStringLiteral("同時 変更")}});
            calls.append({"PATCH", path, body, {{"If-Match", "*"}}});
            calls.append({"GET", QStringLiteral("/users?limit=200"), {}, {}});
        }
        const QList<HttpAnswer> answers = sendAtOnce(calls);
        for (qsizetype i = 0; i < answers.size(); ++i)
            QVERIFY2(answers.at(i).status == 200,
                     qPrintable(QStringLiteral("%1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(calls.at(i).method), calls.at(i).path)
                                    .arg(answers.at(i).status)
                                    .arg(QString::fromUtf8(answers.at(i).body.left(200)))));
        for (const QJsonValue &u : users) {
            const HttpAnswer now =
                m_svc->get(QStringLiteral("/users/") + u.toObject().value(QStringLiteral("id")).toString(), m_admin);
            QCOMPARE(now.json().value(QStringLiteral("name")).toString(), QStringLiteral("同時 変更"));
        }
    }

    void repeatedIdempotencyKeyCreatesOnce()
    {
        const QString login = QStringLiteral("concurrent@demo.example");
        const QByteArray body = test::jsonBytes({{QStringLiteral("login"), login},
                                                 {QStringLiteral("name"), QStringLiteral("同時 作成")},
                                                 {QStringLiteral("email"), login}});
        const QList<Call> calls(8, Call{"POST", QStringLiteral("/users"), body, {{"Idempotency-Key", "same-key-1"}}});
        const QList<HttpAnswer> answers = sendAtOnce(calls);
        QSet<QString> ids;
        int replayed = 0;
        for (const HttpAnswer &a : answers) {
            QVERIFY2(a.status == 201, qPrintable(QStringLiteral("%1 %2").arg(a.status).arg(QString::fromUtf8(a.body))));
            ids.insert(a.json().value(QStringLiteral("id")).toString());
            replayed += a.header("Idempotent-Replayed") == "true" ? 1 : 0;
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(replayed, 7);
        const QJsonArray found = m_svc->get(QStringLiteral("/users?q=concurrent"), m_admin)
                                     .json().value(QStringLiteral("items")).toArray();
        QCOMPARE(found.size(), 1);
    }

    void bodyOverTheLimitIsRefusedBeforeItIsSent()
    {
        // Only the headers: the answer must not wait for the two megabytes they announce.
        auto socket = connectRaw();
        QVERIFY(socket);
        QElapsedTimer clock;
        clock.start();
        socket->write("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                      "Authorization: Bearer " + m_admin.toLatin1() + "\r\nContent-Length: 2000000\r\n\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n{") && socket->waitForReadyRead(10'000))
            response += socket->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QVERIFY(response.contains("payload-too-large"));
        QVERIFY(response.toLower().contains("x-request-id: "));
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));

        // A body sent in full after its headers gets the same answer, and then the connection ends.
        socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1100000\r\n\r\n");
        socket->write(QByteArray(1'100'000, ' '));
        response.clear();
        while (socket->state() == QAbstractSocket::ConnectedState && socket->waitForReadyRead(10'000))
            response += socket->readAll();
        response += socket->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.left(200).constData());
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }

    void requestWithoutUserAgentIsLogged()
    {
        // Qt's network access always sends a User-Agent; a bare client (like wrk) sends none.
        auto socket = connectRaw();
        QVERIFY(socket);
        const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + requestId
                      + "\r\nConnection: close\r\n\r\n");
        QByteArray response;
        while (socket->waitForReadyRead(10'000))
            response += socket->readAll();
        response += socket->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());

        // The access log is written every 200 ms.
        const auto logged = [&] {
            QSqlQuery q(database());
            q.prepare(QStringLiteral("SELECT user_agent FROM access_log WHERE request_id = ?"));
            q.addBindValue(QString::fromLatin1(requestId));
            return q.exec() && q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged().has_value(), 5'000);
        QCOMPARE(*logged(), QString());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("check"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestServiceHttp)
#include "tst_servicehttp.moc"
