// The account actions against a real kanri-service: disabling, password and MFA resets,
// unlocking; by the contract administrator, and by an administrator inside its scopes.
#include "usertesthelpers.h"

using namespace kanri;
using kanri::test::HttpAnswer;

class TestUserActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku;
    QString m_kanri; // administrator of the folder 関東支店
    QString m_kanriId;
    QString m_tokyo;   // 東京営業所, inside 関東支店
    QString m_outside; // 公共測量, outside it

    // Creates an account and returns it (empty on failure).
    QJsonObject createUser(const QString &login, const QString &password = {})
    {
        QJsonObject body{{QStringLiteral("login"), login},
                         {QStringLiteral("name"), QStringLiteral("操作 対象")},
                         {QStringLiteral("email"), login}};
        if (!password.isEmpty())
            body.insert(QStringLiteral("password"), password);
        const HttpAnswer a = m_svc->post(QStringLiteral("/users"), body, m_keiyaku);
        return a.status == 201 ? a.json() : QJsonObject();
    }

    HttpAnswer login(const QString &login, const QString &password)
    {
        return m_svc->post(QStringLiteral("/auth/login"), {{QStringLiteral("login"), login},
                                                           {QStringLiteral("password"), password}});
    }

    HttpAnswer action(const QString &id, const QString &name, const QByteArray &body = {},
                      const QString &token = {})
    {
        return m_svc->request("POST", QStringLiteral("/users/%1/%2").arg(id, name), body,
                              token.isEmpty() ? m_keiyaku : token);
    }

    HttpAnswer change(const QString &id, const QJsonObject &body, const QByteArray &etag,
                      const QString &token)
    {
        return m_svc->request("PATCH", QStringLiteral("/users/") + id, test::jsonBytes(body), token,
                              {{QByteArrayLiteral("If-Match"), etag}});
    }

    HttpAnswer remove(const QString &id, const QByteArray &etag, const QString &token)
    {
        return m_svc->request("DELETE", QStringLiteral("/users/") + id, {}, token,
                              {{QByteArrayLiteral("If-Match"), etag}});
    }

    QJsonObject user(const QString &id)
    {
        return m_svc->get(QStringLiteral("/users/") + id, m_keiyaku).json();
    }

    HttpAnswer setStatus(const QString &id, const QString &status)
    {
        const QString etag = user(id).value(QStringLiteral("etag")).toString();
        return m_svc->request("PATCH", QStringLiteral("/users/") + id,
                              test::jsonBytes({{QStringLiteral("status"), status}}), m_keiyaku,
                              {{QByteArrayLiteral("If-Match"), test::quoted(etag)}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_kanri = m_svc->signIn(QStringLiteral("kanri@demo.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_kanri.isEmpty());
        m_kanriId = m_svc->get(QStringLiteral("/auth/me"), m_kanri)
                        .json()
                        .value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
        const test::Reach reach = test::reachOf(*m_svc, m_keiyaku, m_kanriId);
        QVERIFY(reach.ok);
        m_tokyo = test::folderNamed(*m_svc, m_keiyaku, QStringLiteral("東京営業所"));
        m_outside = test::folderNamed(*m_svc, m_keiyaku, QStringLiteral("公共測量"));
        QVERIFY(reach.folders.contains(m_tokyo));
        QVERIFY(!m_outside.isEmpty() && !reach.folders.contains(m_outside));
    }

    void disablingEndsSessionsAndSignIn()
    {
        const QJsonObject u =
            createUser(QStringLiteral("off@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!u.isEmpty());
        const QString id = u.value(QStringLiteral("id")).toString();
        const QString token =
            m_svc->signIn(QStringLiteral("off@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), token).status, 200);

        const HttpAnswer off = setStatus(id, QStringLiteral("disabled"));
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
        const HttpAnswer me = m_svc->get(QStringLiteral("/auth/me"), token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.problem(), QStringLiteral("unauthenticated"));
        const HttpAnswer refused =
            login(QStringLiteral("off@demo.example"), QStringLiteral("abc12345"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.problem(), QStringLiteral("account-disabled"));
        bool ok = false;
        const QJsonArray disabled = test::allItems(
            *m_svc, QStringLiteral("/users?status=disabled&q=off%40demo"), m_keiyaku, &ok);
        QVERIFY(ok);
        QCOMPARE(test::idsOf(disabled), QStringList{id});

        const HttpAnswer on = setStatus(id, QStringLiteral("active"));
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(login(QStringLiteral("off@demo.example"), QStringLiteral("abc12345")).status, 200);
        // The sessions ended with the disabling: enabling again does not revive them.
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), token).status, 401);
    }

    void resetPasswordIssuesATemporaryOne()
    {
        const QJsonObject u = createUser(QStringLiteral("newbie@demo.example"));
        QVERIFY(!u.isEmpty());
        const QString id = u.value(QStringLiteral("id")).toString();
        QCOMPARE(u.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
        // An invited account becomes active by getting a password, not by asking.
        const HttpAnswer early = setStatus(id, QStringLiteral("active"));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problem(), QStringLiteral("conflict"));

        const HttpAnswer reset = action(id, QStringLiteral("reset-password"));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.header("Cache-Control"), QByteArrayLiteral("no-store"));
        const QString temporary =
            reset.json().value(QStringLiteral("temporary_password")).toString();
        QVERIFY(temporary.size() >= 16);
        QVERIFY(temporary.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));
        QVERIFY(temporary.contains(QRegularExpression(QStringLiteral("[0-9]"))));
        const QJsonObject after = user(id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(after.value(QStringLiteral("etag")) != u.value(QStringLiteral("etag")));
        QCOMPARE(login(QStringLiteral("newbie@demo.example"), temporary).status, 200);

        // Another reset makes another password; an empty JSON object is the same request.
        const HttpAnswer second = action(id, QStringLiteral("reset-password"), "{}");
        QCOMPARE(second.status, 200);
        QVERIFY(second.json().value(QStringLiteral("temporary_password")).toString() != temporary);
    }

    void resetPasswordSetsTheGivenOne()
    {
        const QJsonObject u =
            createUser(QStringLiteral("chosen@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!u.isEmpty());
        const QString id = u.value(QStringLiteral("id")).toString();
        const QString token =
            m_svc->signIn(QStringLiteral("chosen@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!token.isEmpty());

        const HttpAnswer weak =
            action(id, QStringLiteral("reset-password"),
                   test::jsonBytes({{QStringLiteral("password"), QStringLiteral("12345678")}}));
        QCOMPARE(weak.status, 400);
        QCOMPARE(test::problemFields(weak), QStringList{QStringLiteral("password")});
        QVERIFY(weak.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("letter")));
        const HttpAnswer unknown =
            action(id, QStringLiteral("reset-password"),
                   test::jsonBytes({{QStringLiteral("pasword"), QStringLiteral("abc12345")}}));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(test::problemFields(unknown), QStringList{QStringLiteral("pasword")});
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), token).status, 200); // nothing happened yet

        const HttpAnswer set =
            action(id, QStringLiteral("reset-password"),
                   test::jsonBytes({{QStringLiteral("password"), QStringLiteral("N3w-passw0rd")}}));
        QCOMPARE(set.status, 200);
        QVERIFY(set.json().contains(QStringLiteral("temporary_password")));
        QVERIFY(set.json().value(QStringLiteral("temporary_password")).isNull());
        QCOMPARE(m_svc->get(QStringLiteral("/auth/me"), token).status, 401);
        QCOMPARE(login(QStringLiteral("chosen@demo.example"), QStringLiteral("abc12345")).status,
                 401);
        QCOMPARE(
            login(QStringLiteral("chosen@demo.example"), QStringLiteral("N3w-passw0rd")).status,
            200);
    }

    void unlockEndsALockout()
    {
        const QJsonObject u =
            createUser(QStringLiteral("locked@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!u.isEmpty());
        const QString id = u.value(QStringLiteral("id")).toString();
        const HttpAnswer tenant = m_svc->get(QStringLiteral("/tenant"), m_keiyaku);
        QCOMPARE(tenant.status, 200);
        const int attempts = tenant.json()
                                 .value(QStringLiteral("lockout"))
                                 .toObject()
                                 .value(QStringLiteral("max_attempts"))
                                 .toInt();
        QCOMPARE(attempts, 5);
        for (int i = 0; i < attempts; ++i)
            QCOMPARE(
                login(QStringLiteral("locked@demo.example"), QStringLiteral("wrong-1234")).status,
                401);
        const HttpAnswer locked =
            login(QStringLiteral("locked@demo.example"), QStringLiteral("abc12345"));
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.problem(), QStringLiteral("account-locked"));
        const QJsonObject before = user(id);
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
        QVERIFY(before.value(QStringLiteral("locked_until")).isString());
        QCOMPARE(setStatus(id, QStringLiteral("active")).status, 409);

        QCOMPARE(action(id, QStringLiteral("unlock")).status, 204);
        const QJsonObject after = user(id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(after.value(QStringLiteral("locked_until")).isNull());
        QVERIFY(after.value(QStringLiteral("etag")) != before.value(QStringLiteral("etag")));
        QCOMPARE(login(QStringLiteral("locked@demo.example"), QStringLiteral("abc12345")).status,
                 200);

        // Unlocking an account that is not locked succeeds and changes nothing.
        const QJsonObject settled = user(id);
        QCOMPARE(action(id, QStringLiteral("unlock")).status, 204);
        QCOMPARE(user(id), settled);
    }

    void unlockReleasesADemoLockout()
    {
        bool ok = false;
        const QJsonArray locked =
            test::allItems(*m_svc, QStringLiteral("/users?status=locked"), m_keiyaku, &ok);
        QVERIFY(ok);
        QVERIFY(!locked.isEmpty());
        const QJsonObject u = locked.first().toObject();
        QCOMPARE(action(u.value(QStringLiteral("id")).toString(), QStringLiteral("unlock")).status,
                 204);
        const QJsonObject after = user(u.value(QStringLiteral("id")).toString());
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(after.value(QStringLiteral("locked_until")).isNull());
        // The sign-in no longer answers 423 (the demo password is the shared one; some demo
        // accounts also ask for a TOTP code).
        const HttpAnswer signIn =
            login(u.value(QStringLiteral("login")).toString(), QStringLiteral("demo1234"));
        QVERIFY2(signIn.status == 200 || signIn.problem() == QLatin1StringView("totp-required"),
                 signIn.body.constData());
    }

    void resetMfaRemovesTheAuthenticator()
    {
        bool ok = false;
        const QJsonArray all = test::allItems(
            *m_svc, QStringLiteral("/users?limit=1000&status=active"), m_keiyaku, &ok);
        QVERIFY(ok);
        QJsonObject enrolled;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("mfa_enabled")).toBool()) {
                enrolled = v.toObject();
                break;
            }
        }
        QVERIFY2(!enrolled.isEmpty(), "the demo data has users with TOTP");
        const QString id = enrolled.value(QStringLiteral("id")).toString();
        const HttpAnswer needsCode =
            login(enrolled.value(QStringLiteral("login")).toString(), QStringLiteral("demo1234"));
        QCOMPARE(needsCode.problem(), QStringLiteral("totp-required"));

        QCOMPARE(action(id, QStringLiteral("reset-mfa")).status, 204);
        const QJsonObject after = user(id);
        QCOMPARE(after.value(QStringLiteral("mfa_enabled")).toBool(true), false);
        QVERIFY(after.value(QStringLiteral("etag")) != enrolled.value(QStringLiteral("etag")));
        QCOMPARE(
            login(enrolled.value(QStringLiteral("login")).toString(), QStringLiteral("demo1234"))
                .status,
            200);

        // Nothing enrolled: still 204, and the user is unchanged.
        const QJsonObject settled = user(id);
        QCOMPARE(action(id, QStringLiteral("reset-mfa")).status, 204);
        QCOMPARE(user(id), settled);
    }

    // Inside its scopes an administrator changes accounts, but registers and deletes none,
    // and leaves alone those that also hold roles outside them.
    void administratorChangesUsersInItsScopes()
    {
        const QJsonObject u =
            createUser(QStringLiteral("scoped@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!u.isEmpty());
        const QString id = u.value(QStringLiteral("id")).toString();
        // Without a role inside its folders the account is not its business.
        QCOMPARE(m_svc->get(QStringLiteral("/users/") + id, m_kanri).status, 404);
        const test::Delta before =
            test::deltaSince(*m_svc, QStringLiteral("/users"), QStringLiteral("0"), m_kanri, 500);
        QVERIFY(before.ok);
        QVERIFY(!test::idsOf(before.items).contains(id));
        QCOMPARE(test::assignRole(*m_svc, m_keiyaku, id, QStringLiteral("general"), m_tokyo), 201);

        const HttpAnswer seen = m_svc->get(QStringLiteral("/users/") + id, m_kanri);
        QCOMPARE(seen.status, 200);
        const HttpAnswer renamed = change(id, {{QStringLiteral("name"), QStringLiteral("範囲 内")}},
                                          seen.header("ETag"), m_kanri);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("範囲 内"));
        const HttpAnswer disabled =
            change(id, {{QStringLiteral("status"), QStringLiteral("disabled")}},
                   renamed.header("ETag"), m_kanri);
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disabled"));
        const test::Delta changed =
            test::deltaSince(*m_svc, QStringLiteral("/users"), before.watermark, m_kanri);
        QVERIFY(changed.ok);
        QCOMPARE(test::idsOf(changed.items), QStringList{id});
        QCOMPARE(changed.items.first().toObject(), disabled.json());

        // Registering and deleting stay the contract administrator's.
        const HttpAnswer registered =
            m_svc->post(QStringLiteral("/users"),
                        {{QStringLiteral("login"), QStringLiteral("bykanri@demo.example")},
                         {QStringLiteral("name"), QStringLiteral("管理 外")},
                         {QStringLiteral("email"), QStringLiteral("bykanri@demo.example")}},
                        m_kanri);
        QCOMPARE(registered.status, 403);
        QCOMPARE(registered.problem(), QStringLiteral("forbidden"));
        const HttpAnswer deleted = remove(id, disabled.header("ETag"), m_kanri);
        QCOMPARE(deleted.status, 403);
        QCOMPARE(deleted.problem(), QStringLiteral("forbidden"));
        // It cannot disable itself.
        const HttpAnswer self = m_svc->get(QStringLiteral("/users/") + m_kanriId, m_kanri);
        QCOMPARE(self.status, 200);
        QCOMPARE(change(m_kanriId, {{QStringLiteral("status"), QStringLiteral("disabled")}},
                        self.header("ETag"), m_kanri)
                     .status,
                 409);

        // A role outside its folders, or the contract administrator's, puts the account out of
        // its reach for changes; it still sees the account.
        for (const auto &[role, folder] :
             {std::pair{QStringLiteral("guest"), m_outside},
              std::pair{QStringLiteral("contract_admin"), QString()}}) {
            QCOMPARE(test::assignRole(*m_svc, m_keiyaku, id, role, folder), 201);
            const HttpAnswer read = m_svc->get(QStringLiteral("/users/") + id, m_kanri);
            QCOMPARE(read.status, 200);
            const HttpAnswer refused =
                change(id, {{QStringLiteral("name"), QStringLiteral("越権")}}, read.header("ETag"),
                       m_kanri);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.problem(), QStringLiteral("forbidden"));
            for (const char *name : {"reset-password", "reset-mfa", "unlock"}) {
                const HttpAnswer a = action(id, QLatin1StringView(name), {}, m_kanri);
                QCOMPARE(a.status, 403);
                QCOMPARE(a.problem(), QStringLiteral("forbidden"));
            }
            QCOMPARE(m_svc->get(QStringLiteral("/users/") + id, m_kanri).header("ETag"),
                     read.header("ETag"));
        }

        // Its deletion by the contract administrator reaches the administrator's delta.
        const test::Delta settled =
            test::deltaSince(*m_svc, QStringLiteral("/users"), changed.watermark, m_kanri);
        QVERIFY(settled.ok);
        const QByteArray etag =
            m_svc->get(QStringLiteral("/users/") + id, m_keiyaku).header("ETag");
        QCOMPARE(remove(id, etag, m_keiyaku).status, 204);
        const test::Delta gone =
            test::deltaSince(*m_svc, QStringLiteral("/users"), settled.watermark, m_kanri);
        QVERIFY(gone.ok);
        QVERIFY(gone.items.isEmpty());
        QCOMPARE(test::idsOf(gone.tombstones), QStringList{id});
    }

    // The resets and the unlock work for an administrator on the users inside its scopes,
    // and answer "not found" for the others.
    void administratorResetsUsersInItsScopes()
    {
        const QJsonObject inside =
            createUser(QStringLiteral("inside@demo.example"), QStringLiteral("abc12345"));
        const QJsonObject outside =
            createUser(QStringLiteral("outside@demo.example"), QStringLiteral("abc12345"));
        QVERIFY(!inside.isEmpty() && !outside.isEmpty());
        const QString insideId = inside.value(QStringLiteral("id")).toString();
        const QString outsideId = outside.value(QStringLiteral("id")).toString();
        QCOMPARE(test::assignRole(*m_svc, m_keiyaku, insideId, QStringLiteral("guest"), m_tokyo),
                 201);
        QCOMPARE(
            test::assignRole(*m_svc, m_keiyaku, outsideId, QStringLiteral("general"), m_outside),
            201);

        for (const char *name : {"reset-password", "reset-mfa", "unlock"}) {
            const HttpAnswer a = action(outsideId, QLatin1StringView(name), {}, m_kanri);
            QCOMPARE(a.status, 404);
            QCOMPARE(a.problem(), QStringLiteral("not-found"));
        }
        QCOMPARE(login(QStringLiteral("outside@demo.example"), QStringLiteral("abc12345")).status,
                 200);

        const HttpAnswer reset = action(insideId, QStringLiteral("reset-password"), {}, m_kanri);
        QCOMPARE(reset.status, 200);
        const QString temporary =
            reset.json().value(QStringLiteral("temporary_password")).toString();
        QVERIFY(temporary.size() >= 16);
        QCOMPARE(login(QStringLiteral("inside@demo.example"), QStringLiteral("abc12345")).status,
                 401);
        QCOMPARE(login(QStringLiteral("inside@demo.example"), temporary).status, 200);
        QCOMPARE(action(insideId, QStringLiteral("reset-mfa"), {}, m_kanri).status, 204);
        QCOMPARE(action(insideId, QStringLiteral("unlock"), {}, m_kanri).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestUserActions)
#include "tst_useractions.moc"
