// kanri-service as a real process on loopback, reached by the console's ApiClient over TLS.
#include "api/apiclient.h"
#include "service/localservice.h"

#include <kanri/version.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace kanri;

class TestServiceHealth : public QObject
{
    Q_OBJECT

private:
    // Starts a service in `dir` and waits for its ready line.
    static bool startService(service::LocalService &svc, const QString &dir)
    {
        QSignalSpy ready(&svc, &service::LocalService::ready);
        QSignalSpy failed(&svc, &service::LocalService::failed);
        svc.start(dir, {}, 60'000);
        if (!ready.wait(60'000)) {
            qWarning() << "service failed:" << failed;
            return false;
        }
        return true;
    }

    struct Answer
    {
        std::optional<domain::Health> health;
        std::optional<api::ApiError> error;
        QString requestId;
    };
    static Answer healthVia(api::ApiClient &client)
    {
        Answer answer;
        api::HealthRequest *request = client.health();
        bool done = false;
        QObject::connect(request, &api::ApiRequest::finished, request, [&] {
            done = true;
            answer.error = request->error();
            answer.requestId = request->requestId();
            if (!request->error())
                answer.health = request->result();
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            answer.error = api::ApiError{api::ApiError::Kind::Timeout, 0, {}, {}, QStringLiteral("test timeout"), {}};
        return answer;
    }

private Q_SLOTS:
    void readyLineCarriesTheServedCertificate()
    {
        QTemporaryDir dir;
        service::LocalService svc;
        QVERIFY(startService(svc, dir.path()));
        QCOMPARE(svc.url().scheme(), QStringLiteral("https"));
        QCOMPARE(svc.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(svc.url().port() > 0);

        QFile pem(dir.filePath(QStringLiteral("server.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const auto chain = QSslCertificate::fromData(pem.readAll());
        QCOMPARE(chain.size(), 2); // leaf + local CA
        QCOMPARE(svc.fingerprint(), api::certificateFingerprint(chain.first()));
        QVERIFY(chain.first().subjectAlternativeNames().values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(chain.first().subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("server.key"))),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void certificateIsReusedAcrossRestarts()
    {
        QTemporaryDir dir;
        QString first;
        {
            service::LocalService svc;
            QVERIFY(startService(svc, dir.path()));
            first = svc.fingerprint();
        }
        service::LocalService again;
        QVERIFY(startService(again, dir.path()));
        QCOMPARE(again.fingerprint(), first);
    }

    void healthOverPinnedTls()
    {
        QTemporaryDir dir;
        service::LocalService svc;
        QVERIFY(startService(svc, dir.path()));
        api::ApiClient client(svc.url(), api::TlsPolicy(svc.fingerprint()));
        const Answer answer = healthVia(client);
        QVERIFY2(!answer.error, answer.error ? qPrintable(answer.error->technicalDetail) : "");
        QCOMPARE(answer.health->status, domain::HealthStatus::Ok);
        QCOMPARE(answer.health->database, domain::DatabaseStatus::Ok);
        QCOMPARE(answer.health->version, QString::fromLatin1(kVersion));
        QVERIFY(qAbs(answer.health->time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!answer.requestId.isEmpty());
    }

    void unpinnedSelfSignedCertificateIsRefused()
    {
        QTemporaryDir dir;
        service::LocalService svc;
        QVERIFY(startService(svc, dir.path()));
        api::ApiClient client(svc.url(), api::TlsPolicy());
        const Answer answer = healthVia(client);
        QVERIFY(answer.error);
        QCOMPARE(answer.error->kind, api::ApiError::Kind::Tls);
        QVERIFY(!answer.health);
    }

    void certificateOfAnotherServiceIsRefused()
    {
        QTemporaryDir dirA, dirB;
        service::LocalService a, b;
        QVERIFY(startService(a, dirA.path()));
        QVERIFY(startService(b, dirB.path()));
        QVERIFY(a.fingerprint() != b.fingerprint());
        // Pinned to A's certificate, talking to B: the same kind of certificate, not the same one.
        api::ApiClient client(b.url(), api::TlsPolicy(a.fingerprint()));
        const Answer answer = healthVia(client);
        QVERIFY(answer.error);
        QCOMPARE(answer.error->kind, api::ApiError::Kind::Tls);
    }

    void unknownPathAnswersProblemJson()
    {
        QTemporaryDir dir;
        service::LocalService svc;
        QVERIFY(startService(svc, dir.path()));
        QNetworkAccessManager network;
        QUrl url = svc.url();
        url.setPath(QStringLiteral("/api/v1/no-such-thing"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        const api::TlsPolicy pin(svc.fingerprint());
        connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
            reply->ignoreSslErrors(pin.errorsToIgnore(errors, reply->sslConfiguration().peerCertificate()));
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/problem+json"));
        QVERIFY(!reply->rawHeader("X-Request-Id").isEmpty());
        const auto problem = domain::decodeBody<domain::Problem>(reply->readAll());
        QVERIFY(problem);
        QCOMPARE(problem->status, 404);
        QCOMPARE(problem->code(), QStringLiteral("not-found"));
        delete reply;
    }

    void stopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(service::LocalService::findExecutable(),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")});
        QVERIFY(process.waitForReadyRead(60'000));
        QUrl url;
        QString fingerprint;
        QVERIFY(service::LocalService::parseReadyLine(process.readLine(), &url, &fingerprint));
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void commandLineErrorsAreClear_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << QStringLiteral("kanri-service %1").arg(QLatin1StringView(kVersion));
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--data-dir");
        QTest::newRow("no data dir") << QStringList{} << 2 << QStringLiteral("--data-dir DIR is required");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                                                   QStringLiteral("--listen"), QStringLiteral("nowhere")}
                                    << 2 << QStringLiteral("--listen expects HOST:PORT");
        QTest::newRow("cert without key") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                                                         QStringLiteral("--cert"), QStringLiteral("a.pem")}
                                          << 2 << QStringLiteral("--cert and --key go together");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("frobnicate");
    }

    void commandLineErrorsAreClear()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QProcess process;
        process.start(service::LocalService::findExecutable(), arguments);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), exitCode);
        const QString all = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(all.contains(output), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestServiceHealth)
#include "tst_servicehealth.moc"
