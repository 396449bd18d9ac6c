// Sign-in, sessions and TLS of a real kanri-service process (demo data).
#include "usertesthelpers.h"

#include "authtesthelpers.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace kanri;
using kanri::test::HttpAnswer;

class TestAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;

    HttpAnswer login(const QString &login, const QString &password, const QString &totp = {})
    {
        QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        return m_svc->post(QStringLiteral("/auth/login"), body);
    }

    static QString opensslOutput(const QStringList &args, const QByteArray &input = "Q\n")
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20'000);
        return QString::fromLocal8Bit(p.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Many sign-ins from one address: the per-address limit is tested on its own below.
        m_svc = std::make_unique<test::ServiceFixture>(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--login-rate"), QStringLiteral("1000")});
        QVERIFY(m_svc->started());
    }

    void everyRoleSignsIn_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("adminLevel");
        QTest::newRow("contract admin") << "keiyaku@demo.example" << "contract_admin";
        QTest::newRow("admin") << "kanri@demo.example" << "admin";
        QTest::newRow("general") << "ippan@demo.example" << "none";
        QTest::newRow("guest") << "guest@demo.example" << "none";
        QTest::newRow("drone") << "drone@demo.example" << "none";
        QTest::newRow("other tenant") << "keiyaku@other.example" << "contract_admin";
    }

    void everyRoleSignsIn()
    {
        QFETCH(QString, login);
        QFETCH(QString, adminLevel);
        const HttpAnswer a = this->login(login, QStringLiteral("demo1234"));
        QCOMPARE(a.status, 200);
        const QJsonObject tokens = a.json();
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 900);
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        QCOMPARE(access.size(), 43);
        QVERIFY(tokens.value(QStringLiteral("refresh_token")).toString() != access);
        const HttpAnswer me = m_svc->get(QStringLiteral("/auth/me"), access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("admin_level")).toString(), adminLevel);
        QCOMPARE(me.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(), login);
        // Roles without admin rights sign in, but the admin routes refuse them.
        const HttpAnswer users = m_svc->get(QStringLiteral("/roles"), access);
        if (adminLevel == QLatin1StringView("none")) {
            QCOMPARE(users.status, 403);
            QCOMPARE(users.problem(), QStringLiteral("not-admin"));
        } else {
            QCOMPARE(users.status, 200);
            QCOMPARE(users.json().value(QStringLiteral("items")).toArray().size(), 5);
        }
    }

    void wrongPasswordAndUnknownLoginLookTheSame()
    {
        const HttpAnswer wrong = login(QStringLiteral("ippan@demo.example"), QStringLiteral("wrong123"));
        const HttpAnswer unknown = login(QStringLiteral("nobody@demo.example"), QStringLiteral("wrong123"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.problem(), QStringLiteral("invalid-credentials"));
        QCOMPARE(wrong.json().value(QStringLiteral("detail")), unknown.json().value(QStringLiteral("detail")));
        // The password never appears in what the service answers.
        QVERIFY(!wrong.body.contains("wrong123"));
    }

    void lockoutAfterFiveFailuresForExistingAndUnknownLogins()
    {
        for (const QString &who : {QStringLiteral("guest@demo.example"), QStringLiteral("ghost@demo.example")}) {
            for (int i = 0; i < 5; ++i)
                QCOMPARE(login(who, QStringLiteral("bad%1pass").arg(i)).status, 401);
            const HttpAnswer locked = login(who, QStringLiteral("demo1234"));
            QCOMPARE(locked.status, 423);
            QCOMPARE(locked.problem(), QStringLiteral("account-locked"));
            const int retry = locked.header("Retry-After").toInt();
            QVERIFY2(retry > 800 && retry <= 900, locked.header("Retry-After").constData());
            QCOMPARE(locked.json().value(QStringLiteral("retry_after")).toInt(), retry);
        }
        // The locked account shows as locked to its administrator.
        const QString admin = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!admin.isEmpty());
    }

    void lockoutEndingReachesTheDelta()
    {
        // A one-second lockout for drone@'s tenant (the policy is not on the API).
        const auto setLockoutSeconds = [this](int seconds) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lockout"));
            db.setDatabaseName(m_svc->dataDir() + QStringLiteral("/kanri.db"));
            bool ok = db.open();
            if (ok) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("UPDATE tenants SET lockout_seconds = %1 WHERE pk = (SELECT "
                                           "tenant_pk FROM users WHERE login = 'drone@demo.example')")
                                .arg(seconds));
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("lockout"));
            return ok;
        };
        QVERIFY(setLockoutSeconds(1));
        const QString admin = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        const QString start = test::currentWatermark(*m_svc, QStringLiteral("/users"), admin);
        QVERIFY(!start.isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(QStringLiteral("drone@demo.example"), QStringLiteral("bad%1pass").arg(i)).status, 401);
        const auto droneIn = [](const test::Delta &d) {
            for (const QJsonValue &v : d.items) {
                if (v.toObject().value(QStringLiteral("login")).toString() == QStringLiteral("drone@demo.example"))
                    return v.toObject();
            }
            return QJsonObject();
        };
        const test::Delta locked = test::deltaSince(*m_svc, QStringLiteral("/users"), start, admin);
        QCOMPARE(droneIn(locked).value(QStringLiteral("status")).toString(), QStringLiteral("locked"));

        // Nobody touches the account: the lock runs out, and the next delta carries the change.
        QJsonObject after;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(after = droneIn(test::deltaSince(*m_svc, QStringLiteral("/users"), locked.watermark, admin))).isEmpty(),
            10'000);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(after.value(QStringLiteral("locked_until")).isNull());
        QVERIFY(after.value(QStringLiteral("etag")) != droneIn(locked).value(QStringLiteral("etag")));
        QVERIFY(setLockoutSeconds(900));
        QCOMPARE(login(QStringLiteral("drone@demo.example"), QStringLiteral("demo1234")).status, 200);
    }

    void refreshRotatesAndReuseEndsTheSession()
    {
        const QJsonObject first = login(QStringLiteral("kanri@demo.example"), QStringLiteral("demo1234")).json();
        const QString refresh1 = first.value(QStringLiteral("refresh_token")).toString();
        const HttpAnswer rotated = m_svc->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json().value(QStringLiteral("access_token")).toString();
        const QString refresh2 = rotated.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), access2).status, 200);
        // The old access token ended with the rotation.
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), first.value(QStringLiteral("access_token")).toString()).status, 401);

        // Someone replays the first refresh token: the whole session ends.
        const HttpAnswer replay = m_svc->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(replay.status, 401);
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), access2).status, 401);
        QCOMPARE(m_svc->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}}).status, 401);
    }

    void logoutRevokesTheSession()
    {
        const QJsonObject tokens = login(QStringLiteral("drone@demo.example"), QStringLiteral("demo1234")).json();
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_svc->request("POST", QStringLiteral("/auth/logout"), {}, access).status, 204);
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), access).status, 401);
        QCOMPARE(m_svc->post(QStringLiteral("/auth/refresh"),
                             {{QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token"))}})
                     .status,
                 401);
    }

    void malformedBodiesAreRefusedNamingTheField()
    {
        HttpAnswer a = m_svc->request("POST", QStringLiteral("/auth/login"), "{\"login\": 5, \"password\": \"x\"}");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("validation"));
        QCOMPARE(a.json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("login"));
        a = m_svc->request("POST", QStringLiteral("/auth/login"), "{\"login\": \"a\", \"password\": ");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("malformed-json"));
        a = m_svc->request("POST", QStringLiteral("/auth/login"), "{\"login\": \"a\xff\", \"password\": \"b\"}");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("validation"));
        QVERIFY(a.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("login")));
        a = m_svc->request("POST", QStringLiteral("/auth/login"), QByteArray(1024 * 1024 + 10, ' '));
        QCOMPARE(a.status, 413);
        QCOMPARE(a.problem(), QStringLiteral("payload-too-large"));
    }

    void totpEnrolmentAndSignIn()
    {
        const QString token = m_svc->signIn(QStringLiteral("ippan@demo.example"));
        QVERIFY(!token.isEmpty());
        const HttpAnswer enrol = m_svc->request("POST", QStringLiteral("/auth/totp/enroll"), {}, token);
        QCOMPARE(enrol.status, 200);
        const auto secret = server::auth::base32Decode(enrol.json().value(QStringLiteral("secret")).toString());
        QVERIFY(secret);
        QVERIFY(enrol.json().value(QStringLiteral("otpauth_uri")).toString().startsWith(QStringLiteral("otpauth://totp/")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(m_svc->post(QStringLiteral("/auth/totp/confirm"), {{QStringLiteral("code"), QStringLiteral("000000")}}, token)
                     .problem(),
                 QStringLiteral("totp-invalid"));
        QCOMPARE(m_svc->post(QStringLiteral("/auth/totp/confirm"),
                             {{QStringLiteral("code"), server::auth::totpCode(*secret, now)}}, token)
                     .status,
                 204);

        // From now on the password alone is not enough.
        const HttpAnswer needsCode = login(QStringLiteral("ippan@demo.example"), QStringLiteral("demo1234"));
        QCOMPARE(needsCode.status, 401);
        QCOMPARE(needsCode.problem(), QStringLiteral("totp-required"));
        // The code of the step used to confirm cannot be replayed; the next step's code works.
        const QString next = server::auth::totpCode(*secret, now + 30);
        const HttpAnswer ok = login(QStringLiteral("ippan@demo.example"), QStringLiteral("demo1234"), next);
        QCOMPARE(ok.status, 200);
        const HttpAnswer replay = login(QStringLiteral("ippan@demo.example"), QStringLiteral("demo1234"), next);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.problem(), QStringLiteral("totp-invalid"));
        const HttpAnswer me = m_svc->get(QStringLiteral("/auth/me"), ok.json().value(QStringLiteral("access_token")).toString());
        QCOMPARE(me.json().value(QStringLiteral("totp_enrolled")).toBool(), true);
    }

    void totpIsAPaidOption()
    {
        const QString token = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        const HttpAnswer enrol = m_svc->request("POST", QStringLiteral("/auth/totp/enroll"), {}, token);
        QCOMPARE(enrol.status, 403);
        QCOMPARE(enrol.problem(), QStringLiteral("option-not-purchased"));
    }

    void accessTokenExpires()
    {
        test::ServiceFixture shortLived({QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("20"),
                                         QStringLiteral("--access-token-ttl"), QStringLiteral("2")});
        QVERIFY(shortLived.started());
        const HttpAnswer a = shortLived.post(QStringLiteral("/auth/login"), {{QStringLiteral("login"), QStringLiteral("keiyaku@demo.example")},
                                                                            {QStringLiteral("password"), QStringLiteral("demo1234")}});
        QCOMPARE(a.json().value(QStringLiteral("expires_in")).toInt(), 2);
        const QString access = a.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(shortLived.get(QStringLiteral("/auth/me"), access).status, 200);
        QTest::qWait(2500);
        const HttpAnswer expired = shortLived.get(QStringLiteral("/auth/me"), access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.header("WWW-Authenticate"), QByteArray("Bearer"));
        const HttpAnswer refreshed = shortLived.post(QStringLiteral("/auth/refresh"),
                                                     {{QStringLiteral("refresh_token"), a.json().value(QStringLiteral("refresh_token"))}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(shortLived.get(QStringLiteral("/auth/me"), refreshed.json().value(QStringLiteral("access_token")).toString()).status, 200);
    }

    void signInAttemptsAreRateLimitedPerAddress()
    {
        test::ServiceFixture fresh({});
        QVERIFY(fresh.started());
        int limitedAt = 0;
        HttpAnswer limited;
        for (int i = 1; i <= 40 && !limitedAt; ++i) {
            limited = fresh.post(QStringLiteral("/auth/login"), {{QStringLiteral("login"), QStringLiteral("u%1@x.example").arg(i)},
                                                               {QStringLiteral("password"), QStringLiteral("abc123")}});
            if (limited.status == 429)
                limitedAt = i;
        }
        // A burst of 30, then 30 per minute: attempts 31 onwards are refused, give or take the
        // tokens that trickle back while the first 30 are answered on a loaded machine.
        QVERIFY2(limitedAt >= 31 && limitedAt <= 36, qPrintable(QString::number(limitedAt)));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.problem(), QStringLiteral("rate-limited"));
    }

    void tls11ClientIsRefused()
    {
        // Control: this machine's OpenSSL client can speak TLS 1.1 to a server that allows it.
        test::Tls11Server legacy(m_svc->dataDir() + QStringLiteral("/server.pem"),
                                 m_svc->dataDir() + QStringLiteral("/server.key"), {QStringLiteral("-naccept"), QStringLiteral("1")});
        QVERIFY(legacy.started());
        const quint16 port = legacy.port();
        const QString control = opensslOutput({QStringLiteral("s_client"), QStringLiteral("-connect"),
                                               QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls1_1"),
                                               QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY2(control.contains(QStringLiteral("Protocol  : TLSv1.1"))
                     && !control.contains(QStringLiteral("no peer certificate available")),
                 qPrintable(control));

        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_svc->url().port());
        const QString refused = opensslOutput({QStringLiteral("s_client"), QStringLiteral("-connect"), hostPort,
                                               QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                               QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY2(refused.contains(QStringLiteral("no peer certificate available"))
                     && refused.contains(QStringLiteral("alert protocol version")),
                 qPrintable(refused));
        const QString tls12 = opensslOutput({QStringLiteral("s_client"), QStringLiteral("-connect"), hostPort,
                                             QStringLiteral("-tls1_2")});
        QVERIFY2(tls12.contains(QStringLiteral("TLSv1.2")), qPrintable(tls12));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
