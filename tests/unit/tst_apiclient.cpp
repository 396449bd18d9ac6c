// ApiClient against a fake QNetworkAccessManager: error mapping, the session (sign-in,
// 401 → one refresh → replay, proactive refresh, sign-out), retries and timeouts.
#include "api/apiclient.h"
#include "apiclientsupport.h"
#include "fakenetwork.h"
#include "resources.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace kanri;
using namespace kanri::api;
using namespace kanri::test;

class TestApiClient : public QObject
{
    Q_OBJECT

    FakeNetwork *m_fake = nullptr;
    std::unique_ptr<ApiClient> m_client;
    QStringList m_stored; // what the refresh-token store was told, in order

    // Signs in as "A1"/"R1" (or the given tokens) through the fake.
    bool signIn(const char *access = "A1", const char *refresh = "R1", int expiresIn = 900)
    {
        m_fake->on("POST /auth/login", ok(tokens(access, refresh, expiresIn)));
        m_fake->on("GET /auth/me", ok(kMe));
        auto outcome = watch(m_client->signIn(QStringLiteral("sato"), QStringLiteral("pw")));
        return allDone({outcome}) && !outcome->error && m_client->isSignedIn();
    }

    static bool useLanguage(const char *language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        return installTranslations(*qApp, QString::fromLatin1(language));
    }

private Q_SLOTS:
    // Messages as an English-speaking person reads them (plural forms included).
    void initTestCase() { QVERIFY(useLanguage("en")); }

    void init()
    {
        auto network = std::make_unique<FakeNetwork>();
        m_fake = network.get();
        m_client = std::make_unique<ApiClient>(QUrl(QStringLiteral("https://kanri.test:8443")),
                                               TlsPolicy(), std::move(network));
        m_client->setRetryPolicy(fastRetries());
        m_stored.clear();
        m_client->setRefreshTokenStore([this](const QString &token) { m_stored.append(token); });
    }

    void cleanup()
    {
        m_client.reset();
        m_fake = nullptr;
    }

    void errorClassesMapToKindAndSentence_data() { errorClassRows(); }

    void errorClassesMapToKindAndSentence()
    {
        QFETCH(QByteArray, route);
        QFETCH(Canned, answer);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, sentence);
        m_client->setRetryPolicy(noRetries());
        m_fake->on(route, answer);
        ApiRequest *request = route.startsWith("POST")
                                  ? static_cast<ApiRequest *>(m_client->signIn(
                                        QStringLiteral("sato"), QStringLiteral("pw")))
                                  : m_client->tenant();
        const auto outcome = watch(request);
        QVERIFY(allDone({outcome}));
        QVERIFY(outcome->error);
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(kind));
        QCOMPARE(outcome->error->httpStatus, status);
        QVERIFY2(outcome->message().contains(sentence), qPrintable(outcome->message()));
        if (kind == Kind::Server || kind == Kind::MalformedResponse) {
            QVERIFY(!outcome->requestId.isEmpty());
            QVERIFY(
                outcome->message().contains(QStringLiteral("Request ID: ") + outcome->requestId));
        }
        QTest::qWait(20);
        QCOMPARE(outcome->finished, 1);
        QCOMPARE(m_fake->count(route), 1);
    }

    void messagesAreJapaneseInJapanese()
    {
        QVERIFY(useLanguage("ja"));
        const auto english = qScopeGuard([] { useLanguage("en"); });
        ApiError network;
        network.kind = Kind::Network;
        QVERIFY2(network.message().startsWith(QStringLiteral("サービスに接続できません。")),
                 qPrintable(network.message()));
        ApiError locked;
        locked.kind = Kind::Locked;
        locked.retryAfterSeconds = 900;
        QVERIFY2(locked.message().contains(QStringLiteral("15 分後")),
                 qPrintable(locked.message()));
        ApiError server;
        server.kind = Kind::Server;
        server.requestId = QStringLiteral("r-42");
        QVERIFY2(server.message().contains(QStringLiteral("r-42")), qPrintable(server.message()));
        QVERIFY(!server.message().contains(QStringLiteral("Request ID")));
    }

    void malformedSuccessNamesTheField()
    {
        QByteArray tenant = kTenant;
        tenant.replace(R"("time_zone":"Asia/Tokyo")", R"("time_zone":42)");
        m_fake->on("GET /tenant", ok(tenant));
        QByteArray user = kUser;
        user.replace(R"("email":"sato@example.jp",)", "");
        m_fake->on("GET /users", ok(page(user)));
        const auto first = watch(m_client->tenant());
        const auto second = watch(m_client->users());
        QVERIFY(allDone({first, second}));

        QCOMPARE(static_cast<int>(first->kind()), static_cast<int>(Kind::MalformedResponse));
        QCOMPARE(first->error->field, QStringLiteral("time_zone"));
        QVERIFY2(first->message().contains(QStringLiteral("(at “time_zone”)")),
                 qPrintable(first->message()));
        QCOMPARE(static_cast<int>(second->kind()), static_cast<int>(Kind::MalformedResponse));
        QCOMPARE(second->error->field, QStringLiteral("items/0/email"));
        QVERIFY(second->message().contains(QStringLiteral("items/0/email")));
        // Not retried: the service answered, and would answer the same.
        QCOMPARE(m_fake->count("GET /tenant"), 1);
    }

    void requestIdIsKeptInTheError()
    {
        m_client->setRetryPolicy(noRetries());
        m_fake->on("GET /tenant",
                   Canned::problem(500, "internal").header("X-Request-Id", "srv-77"));
        m_fake->on("GET /roles", Canned::failure(QNetworkReply::RemoteHostClosedError));
        const auto answered = watch(m_client->tenant());
        const auto unanswered = watch(m_client->roles());
        QVERIFY(allDone({answered, unanswered}));

        QCOMPARE(answered->error->requestId, QStringLiteral("srv-77"));
        QVERIFY(answered->message().contains(QStringLiteral("srv-77")));
        // No answer: the id we sent is the one the access log may have seen.
        const QByteArray sent = m_fake->callsTo("GET /roles").value(0).header("X-Request-Id");
        QVERIFY(!sent.isEmpty());
        QCOMPARE(unanswered->error->requestId, QString::fromLatin1(sent));
        QVERIFY(sent != m_fake->callsTo("GET /tenant").value(0).header("X-Request-Id"));
    }

    void signInKeepsTokensAndFetchesMe()
    {
        m_fake->on("POST /auth/login", ok(tokens("A1", "R1")));
        m_fake->on("GET /auth/me", onlyFor("A1", kMe));
        SignInRequest *request = m_client->signIn(QStringLiteral("sato"), QStringLiteral("pw 1"),
                                                  QStringLiteral("123456"));
        std::optional<domain::Me> me;
        std::optional<domain::TokenResponse> issued;
        connect(request, &ApiRequest::finished, this, [&] {
            if (!request->error()) {
                me = request->me();
                issued = request->tokens();
            }
        });
        const auto outcome = watch(request);
        QVERIFY(allDone({outcome}));
        QVERIFY2(!outcome->error, qPrintable(outcome->message()));

        QCOMPARE(me->tenantName, QStringLiteral("Example"));
        QCOMPARE(me->adminLevel, domain::AdminLevel::ContractAdmin);
        QCOMPARE(issued->accessToken, QStringLiteral("A1"));
        const Call login = m_fake->callsTo("POST /auth/login").value(0);
        QCOMPARE(jsonOf(login.body),
                 (QJsonObject{{QStringLiteral("login"), QStringLiteral("sato")},
                              {QStringLiteral("password"), QStringLiteral("pw 1")},
                              {QStringLiteral("totp"), QStringLiteral("123456")}}));
        QCOMPARE(login.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(login.header("Authorization").isEmpty());
        QCOMPARE(m_fake->count("GET /auth/me"), 1);
        QVERIFY(m_client->isSignedIn());
        QCOMPARE(m_stored, QStringList{QStringLiteral("R1")});
    }

    void failedMeUndoesTheSignIn()
    {
        m_client->setRetryPolicy(noRetries());
        m_fake->on("POST /auth/login", ok(tokens("A1", "R1")));
        m_fake->on("GET /auth/me", Canned::problem(500, "internal"));
        const auto outcome = watch(m_client->signIn(QStringLiteral("sato"), QStringLiteral("pw")));
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Server));
        QVERIFY(!m_client->isSignedIn());
        QCOMPARE(m_stored, (QStringList{QStringLiteral("R1"), QString()}));
    }

    void endpointsFollowTheContract()
    {
        QVERIFY(signIn());
        m_fake->on("GET /tenant", ok(kTenant));
        m_fake->on("GET /roles", ok(page(kRole)));
        m_fake->on("GET /users", ok(R"({"items":[)" + kUser + R"(],"tombstones":[{"id":"u-9",
                       "deleted_at":"2026-01-03T00:00:00Z"}],"next_cursor":null,"watermark":"w10"})"));
        m_fake->on("GET /notices", ok(page(kNotice)));
        m_fake->on("GET /usage", ok(kUsage));

        std::optional<domain::Tenant> tenant;
        std::optional<domain::Page<domain::Role>> roles;
        std::optional<domain::Page<domain::User>> users;
        std::optional<domain::Page<domain::Notice>> notices;
        std::optional<domain::UsageSeries> usage;
        const QList<std::shared_ptr<Outcome>> outcomes{
            watch(m_client->tenant(), tenant),
            watch(m_client->roles(), roles),
            watch(m_client->users({50, QStringLiteral("c1"), QStringLiteral("w9")}), users),
            watch(m_client->notices({20, {}, {}}), notices),
            watch(
                m_client->usage(QDate(2026, 11, 2), QDate(2026, 11, 8), domain::Granularity::Week),
                usage),
        };
        QVERIFY(allDone(outcomes));
        for (const auto &outcome : outcomes)
            QVERIFY2(!outcome->error, qPrintable(outcome->message()));

        QCOMPARE(tenant->name, QStringLiteral("株式会社サンプル"));
        QCOMPARE(roles->items.value(0).id, QStringLiteral("contract_admin"));
        QCOMPARE(users->watermark.value_or(QString()), QStringLiteral("w10"));
        QCOMPARE(users->tombstones.value(0).id, QStringLiteral("u-9"));
        QCOMPARE(notices->items.size(), 1);
        QCOMPARE(usage->totals.filesTotal, Q_INT64_C(5));

        QCOMPARE(m_fake->callsTo("GET /users").value(0).query.toString(),
                 QStringLiteral("limit=50&cursor=c1&updated_since=w9"));
        QCOMPARE(m_fake->callsTo("GET /notices").value(0).query.toString(),
                 QStringLiteral("limit=20"));
        QVERIFY(m_fake->callsTo("GET /roles").value(0).query.isEmpty());
        QCOMPARE(m_fake->callsTo("GET /usage").value(0).query.toString(),
                 QStringLiteral("from=2026-11-02&to=2026-11-08&granularity=week"));
        QSet<QByteArray> ids;
        for (const Call &call : std::as_const(m_fake->calls)) {
            QCOMPARE(call.request.url().host(), QStringLiteral("kanri.test"));
            QVERIFY(call.request.url().path().startsWith(QStringLiteral("/api/v1/")));
            QVERIFY(call.header("Accept").contains("application/problem+json"));
            ids.insert(call.header("X-Request-Id"));
            if (call.path != QStringLiteral("/auth/login"))
                QCOMPARE(call.header("Authorization"), QByteArray("Bearer A1"));
        }
        QCOMPARE(ids.size(), m_fake->calls.size());
    }

    void concurrent401sRefreshOnceAndReplay()
    {
        QVERIFY(signIn("A1", "R1"));
        m_fake->on("GET /tenant", onlyFor("A2", kTenant));
        m_fake->on("GET /roles", onlyFor("A2", page(kRole)));
        m_fake->on("GET /users", onlyFor("A2", page(kUser)));
        m_fake->on("GET /notices", onlyFor("A2", page(kNotice)));
        // Slow, so that a request made meanwhile has to wait for it.
        m_fake->on("POST /auth/refresh", ok(tokens("A2", "R2")).after(200));
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);

        QList<std::shared_ptr<Outcome>> outcomes{
            watch(m_client->tenant()), watch(m_client->roles()), watch(m_client->users())};
        QVERIFY(QTest::qWaitFor([&] { return m_fake->count("POST /auth/refresh") == 1; }, 5000));
        outcomes.append(watch(m_client->notices())); // queued behind the refresh
        QVERIFY(allDone(outcomes));

        for (const auto &outcome : outcomes)
            QVERIFY2(!outcome->error, qPrintable(outcome->message()));
        QCOMPARE(m_fake->count("POST /auth/refresh"), 1);
        const Call refresh = m_fake->callsTo("POST /auth/refresh").value(0);
        QCOMPARE(jsonOf(refresh.body),
                 (QJsonObject{{QStringLiteral("refresh_token"), QStringLiteral("R1")}}));
        QVERIFY(refresh.header("Authorization").isEmpty());
        for (const char *route : {"GET /tenant", "GET /roles", "GET /users"}) {
            const QList<Call> calls = m_fake->callsTo(route);
            QCOMPARE(calls.size(), 2);
            QCOMPARE(calls.at(0).header("Authorization"), QByteArray("Bearer A1"));
            QCOMPARE(calls.at(1).header("Authorization"), QByteArray("Bearer A2"));
            // A replay is the same request: the same id in the service's log.
            QCOMPARE(calls.at(1).header("X-Request-Id"), calls.at(0).header("X-Request-Id"));
        }
        const QList<Call> queued = m_fake->callsTo("GET /notices");
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).header("Authorization"), QByteArray("Bearer A2"));
        QCOMPARE(m_stored, (QStringList{QStringLiteral("R1"), QStringLiteral("R2")}));
        QCOMPARE(expired.count(), 0);
        QTest::qWait(20);
        for (const auto &outcome : std::as_const(outcomes))
            QCOMPARE(outcome->finished, 1);
    }

    void failedRefreshFailsHeldRequestsAndExpiresOnce()
    {
        QVERIFY(signIn());
        for (const char *route : {"GET /tenant", "GET /roles", "GET /users"})
            m_fake->on(route, onlyFor("A2", page(kRole)));
        m_fake->on("POST /auth/refresh", Canned::problem(401, "unauthenticated"));
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);

        const QList<std::shared_ptr<Outcome>> outcomes{
            watch(m_client->tenant()), watch(m_client->roles()), watch(m_client->users())};
        QVERIFY(allDone(outcomes));
        for (const auto &outcome : outcomes) {
            QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Unauthenticated));
            QVERIFY(outcome->message().contains(QStringLiteral("Please sign in again")));
            QVERIFY(!outcome->requestId.isEmpty());
        }
        QCOMPARE(m_fake->count("POST /auth/refresh"), 1);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!m_client->isSignedIn());
        QCOMPARE(m_stored, (QStringList{QStringLiteral("R1"), QString()}));

        // Signed out now: a later 401 is final, with no second refresh or signal.
        const auto later = watch(m_client->tenant());
        QVERIFY(allDone({later}));
        QCOMPARE(static_cast<int>(later->kind()), static_cast<int>(Kind::Unauthenticated));
        QVERIFY(m_fake->callsTo("GET /tenant").constLast().header("Authorization").isEmpty());
        QCOMPARE(m_fake->count("POST /auth/refresh"), 1);
        QCOMPARE(expired.count(), 1);
    }

    void unansweredRefreshKeepsTheSession()
    {
        QVERIFY(signIn());
        m_fake->on("GET /tenant", onlyFor("A2", kTenant));
        m_fake->onSequence(
            "POST /auth/refresh",
            {Canned::failure(QNetworkReply::ConnectionRefusedError), ok(tokens("A2", "R2"))});
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);

        const auto offline = watch(m_client->tenant());
        QVERIFY(allDone({offline}));
        // The person learns the service is unreachable, not that they were signed out.
        QCOMPARE(static_cast<int>(offline->kind()), static_cast<int>(Kind::Network));
        QVERIFY(m_client->isSignedIn());
        QCOMPARE(expired.count(), 0);

        const auto online = watch(m_client->tenant());
        QVERIFY(allDone({online}));
        QVERIFY2(!online->error, qPrintable(online->message()));
        QCOMPARE(m_fake->count("POST /auth/refresh"), 2);
    }

    void refusedFreshTokenExpiresTheSession()
    {
        QVERIFY(signIn());
        m_fake->on("GET /tenant", Canned::problem(401, "unauthenticated")); // revoked
        m_fake->on("POST /auth/refresh", ok(tokens("A2", "R2")));
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Unauthenticated));
        QCOMPARE(m_fake->count("GET /tenant"), 2);
        QCOMPARE(m_fake->count("POST /auth/refresh"), 1);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!m_client->isSignedIn());
    }

    void nonIdempotentRequestsAreNeverRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<Canned>("failure");
        QTest::addColumn<Kind>("kind");
        const Canned refused = Canned::failure(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("POST, refused") << QByteArray("POST") << refused << Kind::Network;
        QTest::newRow("POST, 503")
            << QByteArray("POST") << Canned::problem(503, "internal") << Kind::Server;
        QTest::newRow("POST, 429")
            << QByteArray("POST") << Canned::problem(429, "rate-limited").header("Retry-After", "0")
            << Kind::RateLimited;
        QTest::newRow("POST, timeout") << QByteArray("POST") << Canned::hanging() << Kind::Timeout;
        QTest::newRow("PATCH, 502")
            << QByteArray("PATCH") << Canned::problem(502, "internal") << Kind::Server;
        QTest::newRow("DELETE, refused") << QByteArray("DELETE") << refused << Kind::Network;
    }

    void nonIdempotentRequestsAreNeverRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(Canned, failure);
        QFETCH(Kind, kind);
        m_client->setTimeout(100ms);
        const QByteArray route = method + (method == "POST" ? " /users" : " /users/u-2");
        // A retry would succeed: only not trying proves it was not made.
        m_fake->onSequence(route, {failure, Canned::json(201, kUser)});
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Sato")}};
        ApiRequest *request = nullptr;
        if (method == "POST")
            request = m_client->post<domain::User>(QStringLiteral("/users"), body);
        else if (method == "PATCH")
            request =
                m_client->patch<domain::User>(QStringLiteral("/users/u-2"), body, "\"e-u2-1\"");
        else
            request = m_client->remove(QStringLiteral("/users/u-2"), "\"e-u2-1\"");
        const auto outcome = watch(request);
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(kind));
        QTest::qWait(50);
        QCOMPARE(m_fake->count(route), 1);
        if (method != "POST")
            QCOMPARE(m_fake->calls.constLast().header("If-Match"), QByteArray("\"e-u2-1\""));
    }

    void faultsAreNotRetried_data()
    {
        QTest::addColumn<Canned>("answer");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("500") << Canned::problem(500, "internal") << Kind::Server;
        QTest::newRow("404") << Canned::problem(404, "not-found") << Kind::NotFound;
        QTest::newRow("TLS") << Canned::failure(QNetworkReply::SslHandshakeFailedError)
                             << Kind::Tls;
    }

    void faultsAreNotRetried()
    {
        QFETCH(Canned, answer);
        QFETCH(Kind, kind);
        m_fake->onSequence("GET /tenant", {answer, ok(kTenant)});
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(kind));
        QTest::qWait(50);
        QCOMPARE(m_fake->count("GET /tenant"), 1);
    }

    void getIsRetriedUntilTheServiceAnswers()
    {
        m_fake->onSequence("GET /tenant",
                           {Canned::failure(QNetworkReply::ConnectionRefusedError),
                            Canned::problem(503, "internal"),
                            Canned{504, "<html>gateway</html>", {{"Content-Type", "text/html"}}},
                            ok(kTenant)});
        std::optional<domain::Tenant> tenant;
        const auto outcome = watch(m_client->tenant(), tenant);
        QVERIFY(allDone({outcome}));
        QVERIFY2(!outcome->error, qPrintable(outcome->message()));
        QCOMPARE(tenant->id, QStringLiteral("t-1"));
        const QList<Call> calls = m_fake->callsTo("GET /tenant");
        QCOMPARE(calls.size(), 4); // the first attempt and three retries
        for (const Call &call : calls)
            QCOMPARE(call.header("X-Request-Id"), calls.at(0).header("X-Request-Id"));
        QCOMPARE(outcome->finished, 1);
    }

    void getGivesUpAfterTheRetryLimit()
    {
        m_fake->on("GET /tenant", Canned::problem(502, "internal"));
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Server));
        QTest::qWait(50);
        QCOMPARE(m_fake->count("GET /tenant"), qsizetype(1 + fastRetries().maxRetries));
        QCOMPARE(outcome->finished, 1);
    }

    void createWithIdempotencyKeyIsRetried()
    {
        m_fake->onSequence("POST /users",
                           {Canned::failure(QNetworkReply::RemoteHostClosedError),
                            Canned::problem(502, "internal"), Canned::json(201, kUser)});
        const QByteArray key = ApiClient::newIdempotencyKey();
        std::optional<domain::User> user;
        const auto outcome =
            watch(m_client->post<domain::User>(
                      QStringLiteral("/users"),
                      QJsonObject{{QStringLiteral("login"), QStringLiteral("sato")}}, key),
                  user);
        QVERIFY(allDone({outcome}));
        QVERIFY2(!outcome->error, qPrintable(outcome->message()));
        QCOMPARE(user->login, QStringLiteral("sato"));
        const QList<Call> calls = m_fake->callsTo("POST /users");
        QCOMPARE(calls.size(), 3);
        for (const Call &call : calls) {
            QCOMPARE(call.header("Idempotency-Key"), key);
            QCOMPARE(call.body, calls.at(0).body);
        }
    }

    void retryAfterIsRespected()
    {
        // Retry-After: 5 waits 5 units (50 ms here); the plain 503 waits the 1 ms backoff. So
        // the later-sent /roles is repeated before /tenant, though /tenant failed first.
        m_fake->onSequence(
            "GET /tenant",
            {Canned::problem(429, "rate-limited").header("Retry-After", "5"), ok(kTenant)});
        m_fake->onSequence("GET /roles", {Canned::problem(503, "internal"), ok(page(kRole))});
        const auto tenant = watch(m_client->tenant());
        const auto roles = watch(m_client->roles());
        QVERIFY(allDone({tenant, roles}));
        QVERIFY(!tenant->error && !roles->error);
        QCOMPARE(m_fake->routes(),
                 (QList<QByteArray>{"GET /tenant", "GET /roles", "GET /roles", "GET /tenant"}));
    }

    void longRetryAfterIsReportedNotWaited()
    {
        m_fake->onSequence(
            "GET /tenant",
            {Canned::problem(429, "rate-limited").header("Retry-After", "120"), ok(kTenant)});
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::RateLimited));
        QCOMPARE(outcome->error->retryAfterSeconds.value_or(-1), 120);
        QVERIFY(outcome->message().contains(QStringLiteral("Try again in 2 minutes.")));
        QCOMPARE(m_fake->count("GET /tenant"), 1);
    }

    void silentServiceTimesOut()
    {
        m_client->setRetryPolicy(noRetries());
        m_client->setTimeout(100ms);
        m_fake->on("GET /tenant", Canned::hanging());
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Timeout));
        QVERIFY(outcome->message().contains(QStringLiteral("did not answer in time")));
        QCOMPARE(m_fake->aborted, 1);
        QCOMPARE(m_fake->calls.at(0).request.transferTimeout(), 100);
    }

    void timedOutGetIsRetried()
    {
        m_client->setTimeout(100ms);
        m_fake->onSequence("GET /tenant", {Canned::hanging(), ok(kTenant)});
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QVERIFY2(!outcome->error, qPrintable(outcome->message()));
        QCOMPARE(m_fake->count("GET /tenant"), 2);
    }

    void accessTokenIsRefreshedBeforeItExpires()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(signIn("A1", "R1", 2));
        m_fake->on("POST /auth/refresh", ok(tokens("A2", "R2")));
        QVERIFY(QTest::qWaitFor([&] { return m_fake->count("POST /auth/refresh") == 1; }, 5000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed))); // not at once, either
        QVERIFY(QTest::qWaitFor([&] { return m_stored.size() == 2; }, 5000));

        m_fake->on("GET /tenant", onlyFor("A2", kTenant));
        const auto outcome = watch(m_client->tenant());
        QVERIFY(allDone({outcome}));
        QVERIFY(!outcome->error);
        QCOMPARE(m_fake->count("GET /tenant"), 1);
    }

    void signOutRevokesAndForgets()
    {
        QVERIFY(signIn());
        m_fake->on("POST /auth/logout", Canned{204, {}, {}});
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        const auto outcome = watch(m_client->signOut());
        QVERIFY(allDone({outcome}));
        QVERIFY2(!outcome->error, qPrintable(outcome->message()));

        const Call logout = m_fake->callsTo("POST /auth/logout").value(0);
        QCOMPARE(logout.header("Authorization"), QByteArray("Bearer A1"));
        QCOMPARE(jsonOf(logout.body),
                 (QJsonObject{{QStringLiteral("refresh_token"), QStringLiteral("R1")}}));
        QVERIFY(!m_client->isSignedIn());
        QCOMPARE(m_stored, (QStringList{QStringLiteral("R1"), QString()}));
        QCOMPARE(expired.count(), 0);

        m_fake->on("GET /tenant", ok(kTenant));
        const auto after = watch(m_client->tenant());
        QVERIFY(allDone({after}));
        QVERIFY(m_fake->callsTo("GET /tenant").value(0).header("Authorization").isEmpty());
    }

    void abortFinishesOnceAsCancelled()
    {
        m_fake->on("GET /tenant", Canned::hanging());
        ApiRequest *request = m_client->tenant();
        const auto outcome = watch(request);
        QTest::qWait(10);
        request->abort();
        QCOMPARE(outcome->finished, 1);
        QCOMPARE(static_cast<int>(outcome->kind()), static_cast<int>(Kind::Cancelled));
        QTest::qWait(50);
        QCOMPARE(outcome->finished, 1);
        QCOMPARE(m_fake->count("GET /tenant"), 1);
        QCOMPARE(m_fake->aborted, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
