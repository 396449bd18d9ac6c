// The console's session against a real kanri-service: who may sign in, what they are told when
// they may not, the authenticator code, the remembered session, refresh across token expiry,
// and the TLS refusals (changed certificate, a TLS 1.1-only server).
#include "resources.h"
#include "secrets/secretstore.h"
#include "authtesthelpers.h"
#include "servicefixture.h"
#include "session/consolesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace kanri;
using session::ConsoleSession;

namespace {

const QString kPassword = QStringLiteral("demo1234");

struct Outcome
{
    bool signedIn = false;
    std::optional<api::ApiError> error;
    bool codeRequired = false;
};

// Signs in and waits for the verdict.
Outcome signIn(ConsoleSession &s, const QString &login, const QString &password,
               const std::optional<QString> &code = std::nullopt, bool remember = false)
{
    Outcome outcome;
    bool done = false;
    QObject context;
    QObject::connect(&s, &ConsoleSession::signedIn, &context, [&] { outcome.signedIn = done = true; });
    QObject::connect(&s, &ConsoleSession::signInFailed, &context, [&](const api::ApiError &e, bool codeRequired) {
        outcome.error = e;
        outcome.codeRequired = codeRequired;
        done = true;
    });
    s.signIn(login, password, code, remember);
    if (!QTest::qWaitFor([&] { return done; }, 60'000))
        qWarning("no verdict on the sign-in");
    return outcome;
}

} // namespace

class TestConsoleSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    secrets::MemorySecretStore m_secrets;

    profile::ConnectionProfile demoProfile(const QString &pin = {}) const
    {
        profile::ConnectionProfile p;
        p.name = QStringLiteral("demo");
        p.url = m_svc->url();
        p.pin = pin.isEmpty() ? m_svc->fingerprint() : pin;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
        m_svc = std::make_unique<test::ServiceFixture>(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("30")});
        QVERIFY(m_svc->started());
    }

    void administratorsSignInOthersAreRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("admitted");
        QTest::addColumn<int>("level");
        QTest::newRow("contract administrator") << "keiyaku@demo.example" << true << int(domain::AdminLevel::ContractAdmin);
        QTest::newRow("administrator") << "kanri@demo.example" << true << int(domain::AdminLevel::Admin);
        QTest::newRow("general user") << "ippan@demo.example" << false << 0;
        QTest::newRow("guest") << "guest@demo.example" << false << 0;
        QTest::newRow("drone operator") << "drone@demo.example" << false << 0;
    }
    void administratorsSignInOthersAreRefused()
    {
        QFETCH(QString, login);
        QFETCH(bool, admitted);
        QFETCH(int, level);
        ConsoleSession s(demoProfile(), nullptr, m_secrets);
        const Outcome outcome = signIn(s, login, kPassword, std::nullopt, true);
        QCOMPARE(outcome.signedIn, admitted);
        if (admitted) {
            QCOMPARE(int(s.me().adminLevel), level);
            QCOMPARE(s.me().tenantName, QStringLiteral("デモ株式会社"));
            QCOMPARE(s.state(), ConsoleSession::State::SignedIn);
            QTRY_VERIFY(m_secrets.contains(s.rememberedSessionKey()));
            s.signOut();
            QTRY_COMPARE(s.state(), ConsoleSession::State::SignedOut);
            QTRY_VERIFY(!m_secrets.contains(s.rememberedSessionKey()));
            return;
        }
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, api::ApiError::Kind::Forbidden);
        QCOMPARE(outcome.error->message(),
                 QStringLiteral("This account has no administrative role, so it cannot use the console. "
                                "Sign in with an administrator's account."));
        QCOMPARE(s.state(), ConsoleSession::State::SignedOut);
        QTRY_VERIFY(!s.client().isSignedIn()); // revoked on the service, not just forgotten
        // A refused account's session is never remembered.
        QTest::qWait(50);
        QVERIFY(!m_secrets.contains(s.rememberedSessionKey()));
    }

    void wrongPasswordThenLockoutSaysWhenToTryAgain()
    {
        ConsoleSession s(demoProfile(), nullptr, m_secrets);
        const QString login = QStringLiteral("user00007@demo.example");
        const Outcome wrong = signIn(s, login, QStringLiteral("wrong1234"));
        QVERIFY(wrong.error);
        QCOMPARE(wrong.error->message(),
                 QStringLiteral("The sign-in ID or the password is wrong. Check both and try again."));
        for (int i = 0; i < 4; ++i)
            signIn(s, login, QStringLiteral("wrong1234"));
        const Outcome locked = signIn(s, login, kPassword);
        QVERIFY(locked.error);
        QCOMPARE(locked.error->kind, api::ApiError::Kind::Locked);
        QVERIFY(locked.error->retryAfterSeconds && *locked.error->retryAfterSeconds > 800);
        QCOMPARE(locked.error->message(),
                 QStringLiteral("The account is locked after too many failed sign-ins. Try again in 15 minutes."));
    }

    void authenticatorCodeIsAskedForThenAccepted()
    {
        // The contract administrator enrols TOTP through the API, as the console's user would.
        const QString token = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto secret = test::enrolTotp(*m_svc, token, now);
        QVERIFY(secret);

        ConsoleSession s(demoProfile(), nullptr, m_secrets);
        const Outcome asked = signIn(s, QStringLiteral("keiyaku@demo.example"), kPassword);
        QVERIFY(!asked.signedIn);
        QVERIFY(asked.codeRequired);
        QCOMPARE(asked.error->message(),
                 QStringLiteral("This account also needs the six-digit code from your authenticator app. "
                                "Enter it and sign in again."));
        const Outcome wrongCode = signIn(s, QStringLiteral("keiyaku@demo.example"), kPassword, QStringLiteral("000000"));
        QVERIFY(wrongCode.codeRequired);
        const Outcome ok = signIn(s, QStringLiteral("keiyaku@demo.example"), kPassword,
                                  server::auth::totpCode(*secret, now + 30));
        QVERIFY(ok.signedIn);
        QVERIFY(s.me().totpEnrolled);

        // (The later tests of this class sign in as other accounts.)
        s.signOut();
        QTRY_COMPARE(s.state(), ConsoleSession::State::SignedOut);
    }

    void rememberedSessionResumesAndSignOutRevokesIt()
    {
        profile::ConnectionProfile p = demoProfile();
        p.rememberSession = true;
        QString key;
        {
            ConsoleSession first(p, nullptr, m_secrets);
            key = first.rememberedSessionKey();
            QVERIFY(signIn(first, QStringLiteral("kanri@demo.example"), kPassword, std::nullopt, true).signedIn);
            QTRY_VERIFY(m_secrets.contains(key));
        }
        ConsoleSession second(p, nullptr, m_secrets);
        QSignalSpy signedIn(&second, &ConsoleSession::signedIn);
        second.resume();
        QVERIFY(signedIn.wait(30'000));
        QCOMPARE(second.me().user.login, QStringLiteral("kanri@demo.example"));

        second.signOut();
        QTRY_COMPARE(second.state(), ConsoleSession::State::SignedOut);
        QTRY_VERIFY(!m_secrets.contains(key));
        ConsoleSession third(p, nullptr, m_secrets);
        QSignalSpy unavailable(&third, &ConsoleSession::resumeUnavailable);
        third.resume();
        QVERIFY(unavailable.wait(10'000));
    }

    void changedCertificateIsRefused()
    {
        const QString otherPin = QStringLiteral("sha256:") + QString(64, u'a');
        ConsoleSession s(demoProfile(otherPin), nullptr, m_secrets);
        const Outcome outcome = signIn(s, QStringLiteral("kanri@demo.example"), kPassword);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, api::ApiError::Kind::Tls);
        QVERIFY(outcome.error->certificateChanged);
        QVERIFY(outcome.error->message().startsWith(
            QStringLiteral("The service's certificate has changed since you trusted it.")));
        QCOMPARE(s.profile().pin, otherPin); // never re-pinned silently
    }

    void sessionSurvivesAccessTokenExpiryAndEndsWhenTheAccountIsDisabled()
    {
        test::ServiceFixture shortLived({QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("20"),
                                         QStringLiteral("--access-token-ttl"), QStringLiteral("3")});
        QVERIFY(shortLived.started());
        profile::ConnectionProfile p;
        p.name = QStringLiteral("short");
        p.url = shortLived.url();
        p.pin = shortLived.fingerprint();
        ConsoleSession s(p, nullptr, m_secrets);
        QVERIFY(signIn(s, QStringLiteral("kanri@demo.example"), kPassword).signedIn);
        QTest::qWait(4'500); // past the first token's lifetime
        auto *tenant = s.client().tenant();
        QSignalSpy done(tenant, &api::ApiRequest::finished);
        QVERIFY(done.wait(30'000));
        QVERIFY2(!tenant->error(), qPrintable(tenant->error() ? tenant->error()->message() : QString()));
        QCOMPARE(tenant->result().name, QStringLiteral("デモ株式会社"));

        // The contract administrator disables the account: the next refresh is refused.
        const QString admin = shortLived.signIn(QStringLiteral("keiyaku@demo.example"));
        const auto user = shortLived.get(QStringLiteral("/users/%1").arg(s.me().user.id), admin);
        QSignalSpy expired(&s, &ConsoleSession::sessionExpired);
        const auto disabled = shortLived.request("PATCH", QStringLiteral("/users/%1").arg(s.me().user.id),
                                                 R"({"status":"disabled"})", admin, {{"If-Match", user.header("ETag")}});
        QCOMPARE(disabled.status, 200);
        QVERIFY(expired.wait(30'000));
        QCOMPARE(s.state(), ConsoleSession::State::SignedOut);
    }

    void tls11OnlyServerIsRefused()
    {
        test::Tls11Server legacy(m_svc->dataDir() + QStringLiteral("/server.pem"),
                                 m_svc->dataDir() + QStringLiteral("/server.key"), {QStringLiteral("-www")});
        QVERIFY(legacy.started());
        const quint16 port = legacy.port();
        profile::ConnectionProfile p;
        p.name = QStringLiteral("old");
        p.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        p.pin = m_svc->fingerprint(); // the same certificate: only the protocol version differs
        ConsoleSession s(p, nullptr, m_secrets);
        const Outcome outcome = signIn(s, QStringLiteral("kanri@demo.example"), kPassword);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, api::ApiError::Kind::Tls);
        QVERIFY(!outcome.error->certificateChanged);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
