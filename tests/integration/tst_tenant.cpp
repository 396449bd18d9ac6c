// GET and PATCH /tenant against a real kanri-service with the demo data.
#include "usertesthelpers.h"

using namespace kanri;
using kanri::test::HttpAnswer;

class TestTenant : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku;
    QString m_kanri;
    QString m_ippan;
    QString m_other;

    HttpAnswer patch(const QJsonObject &body, const QByteArray &ifMatch, const QString &token = {})
    {
        return m_svc->request("PATCH", QStringLiteral("/tenant"), test::jsonBytes(body),
                              token.isEmpty() ? m_keiyaku : token, test::ifMatchHeader(ifMatch));
    }

    QByteArray currentEtag()
    {
        return m_svc->get(QStringLiteral("/tenant"), m_keiyaku).header("ETag");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_kanri = m_svc->signIn(QStringLiteral("kanri@demo.example"));
        m_ippan = m_svc->signIn(QStringLiteral("ippan@demo.example"));
        m_other = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_kanri.isEmpty() && !m_ippan.isEmpty() &&
                !m_other.isEmpty());
    }

    void readsTheCallersTenant()
    {
        const HttpAnswer a = m_svc->get(QStringLiteral("/tenant"), m_keiyaku);
        QCOMPARE(a.status, 200);
        const QJsonObject t = a.json();
        QVERIFY(t.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("t_")));
        QCOMPARE(t.value(QStringLiteral("slug")).toString(), QStringLiteral("demo"));
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("デモ株式会社"));
        QCOMPARE(t.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(t.value(QStringLiteral("options")).toObject(),
                 (QJsonObject{{QStringLiteral("mfa"), true},
                              {QStringLiteral("log_export"), true},
                              {QStringLiteral("sso"), false}}));
        QCOMPARE(t.value(QStringLiteral("password_policy")).toObject(),
                 (QJsonObject{{QStringLiteral("min_length"), 6},
                              {QStringLiteral("require_letter"), true},
                              {QStringLiteral("require_digit"), true}}));
        QCOMPARE(t.value(QStringLiteral("lockout")).toObject(),
                 (QJsonObject{{QStringLiteral("max_attempts"), 5},
                              {QStringLiteral("duration_seconds"), 900}}));
        QCOMPARE(t.value(QStringLiteral("log_retention_days")).toInt(), 90);
        QCOMPARE(t.value(QStringLiteral("log_export_pricing")).toObject(),
                 (QJsonObject{{QStringLiteral("currency"), QStringLiteral("JPY")},
                              {QStringLiteral("base_fee"), 10000},
                              {QStringLiteral("per_million_rows_fee"), 5000}}));
        QCOMPARE(t.value(QStringLiteral("log_export_auto_approve")).toBool(), true);
        const QJsonObject contract = t.value(QStringLiteral("contract")).toObject();
        QCOMPARE(contract.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(contract.value(QStringLiteral("started_on")).toString(),
                 QStringLiteral("2025-04-01"));
        QVERIFY(contract.contains(QStringLiteral("ends_on")) &&
                contract.value(QStringLiteral("ends_on")).isNull());
        QVERIFY(t.value(QStringLiteral("updated_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(a.header("ETag"), test::quoted(t.value(QStringLiteral("etag")).toString()));

        // An administrator reads it too; the other tenant reads its own.
        const HttpAnswer byAdmin = m_svc->get(QStringLiteral("/tenant"), m_kanri);
        QCOMPARE(byAdmin.status, 200);
        QCOMPARE(byAdmin.json(), t);
        const HttpAnswer theirs = m_svc->get(QStringLiteral("/tenant"), m_other);
        QCOMPARE(theirs.status, 200);
        QCOMPARE(theirs.json().value(QStringLiteral("slug")).toString(), QStringLiteral("other"));
        QVERIFY(theirs.json().value(QStringLiteral("id")) != t.value(QStringLiteral("id")));
        QCOMPARE(theirs.json()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("mfa"))
                     .toBool(true),
                 false);
    }

    void onlyTheContractAdministratorChangesIt()
    {
        const QByteArray etag = currentEtag();
        const HttpAnswer byAdmin =
            patch({{QStringLiteral("name"), QStringLiteral("乗っ取り")}}, etag, m_kanri);
        QCOMPARE(byAdmin.status, 403);
        QCOMPARE(byAdmin.problem(), QStringLiteral("forbidden"));
        const HttpAnswer byUser =
            patch({{QStringLiteral("name"), QStringLiteral("乗っ取り")}}, etag, m_ippan);
        QCOMPARE(byUser.status, 403);
        QCOMPARE(byUser.problem(), QStringLiteral("not-admin"));
        QCOMPARE(m_svc->get(QStringLiteral("/tenant"), m_ippan).problem(),
                 QStringLiteral("not-admin"));
        QCOMPARE(currentEtag(), etag);
    }

    void changesNeedIfMatch()
    {
        const HttpAnswer before = m_svc->get(QStringLiteral("/tenant"), m_keiyaku);
        const QJsonObject rename{{QStringLiteral("name"), QStringLiteral("デモ株式会社 改")}};
        const HttpAnswer missing = patch(rename, {});
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.problem(), QStringLiteral("precondition-required"));
        const HttpAnswer stale = patch(rename, "\"r999999\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.problem(), QStringLiteral("precondition-failed"));
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), before.json());
        QCOMPARE(stale.header("ETag"), before.header("ETag"));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown zone")
            << QByteArray(R"({"time_zone":"Mars/Olympus_Mons"})") << "time_zone";
        QTest::newRow("misspelt zone")
            << QByteArray(R"({"time_zone":"Asia/Tokio"})") << "time_zone";
        QTest::newRow("offset, not a zone")
            << QByteArray(R"({"time_zone":"+09:00"})") << "time_zone";
        QTest::newRow("empty zone") << QByteArray(R"({"time_zone":""})") << "time_zone";
        QTest::newRow("zone not a string") << QByteArray(R"({"time_zone":9})") << "time_zone";
        QTest::newRow("empty name") << QByteArray(R"({"name":" "})") << "name";
        QTest::newRow("too short a minimum")
            << QByteArray(
                   R"({"password_policy":{"min_length":5,"require_letter":true,"require_digit":true}})")
            << "password_policy/min_length";
        QTest::newRow("too long a minimum")
            << QByteArray(
                   R"({"password_policy":{"min_length":129,"require_letter":true,"require_digit":true}})")
            << "password_policy/min_length";
        QTest::newRow("policy incomplete")
            << QByteArray(R"({"password_policy":{"min_length":8,"require_letter":true}})")
            << "password_policy/require_digit";
        QTest::newRow("policy extra member")
            << QByteArray(
                   R"({"password_policy":{"min_length":8,"require_letter":true,"require_digit":true,"x":1}})")
            << "password_policy/x";
        QTest::newRow("read-only member") << QByteArray(R"({"slug":"renamed"})") << "slug";
        QTest::newRow("nothing to change") << QByteArray("{}") << QString();
    }

    void refusesBadValues()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QByteArray etag = currentEtag();
        const HttpAnswer a = m_svc->request("PATCH", QStringLiteral("/tenant"), body, m_keiyaku,
                                            {{QByteArrayLiteral("If-Match"), etag}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("validation"));
        QCOMPARE(test::problemFields(a), QStringList{field});
        QCOMPARE(currentEtag(), etag);
    }

    void changesNameAndTimeZone()
    {
        const HttpAnswer before = m_svc->get(QStringLiteral("/tenant"), m_keiyaku);
        const HttpAnswer changed =
            patch({{QStringLiteral("name"), QStringLiteral("デモ株式会社 改")},
                   {QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")}},
                  before.header("ETag"));
        QCOMPARE(changed.status, 200);
        const QJsonObject t = changed.json();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("デモ株式会社 改"));
        QCOMPARE(t.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
        QVERIFY(changed.header("ETag") != before.header("ETag"));
        QCOMPARE(changed.header("ETag"), test::quoted(t.value(QStringLiteral("etag")).toString()));
        QCOMPARE(m_svc->get(QStringLiteral("/tenant"), m_keiyaku).json(), t);
        // Everything else is as it was.
        QJsonObject rest = t;
        QJsonObject old = before.json();
        for (const char *key : {"name", "time_zone", "etag", "updated_at"}) {
            rest.remove(QLatin1StringView(key));
            old.remove(QLatin1StringView(key));
        }
        QCOMPARE(rest, old);

        QCOMPARE(
            patch({{QStringLiteral("name"), QStringLiteral("x")}}, before.header("ETag")).status,
            412);
        QCOMPARE(m_svc->get(QStringLiteral("/tenant"), m_other)
                     .json()
                     .value(QStringLiteral("time_zone"))
                     .toString(),
                 QStringLiteral("Asia/Tokyo"));
        const HttpAnswer back = patch({{QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo")}},
                                      changed.header("ETag"));
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json().value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Asia/Tokyo"));
    }

    void passwordPolicyAppliesToNewPasswords()
    {
        const QJsonObject strict{{QStringLiteral("min_length"), 10},
                                 {QStringLiteral("require_letter"), true},
                                 {QStringLiteral("require_digit"), true}};
        const HttpAnswer changed =
            patch({{QStringLiteral("password_policy"), strict}}, currentEtag());
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("password_policy")).toObject(), strict);

        QJsonObject user{{QStringLiteral("login"), QStringLiteral("policy@demo.example")},
                         {QStringLiteral("name"), QStringLiteral("方針 確認")},
                         {QStringLiteral("email"), QStringLiteral("policy@demo.example")},
                         {QStringLiteral("password"), QStringLiteral("abc12345")}};
        const HttpAnswer weak = m_svc->post(QStringLiteral("/users"), user, m_keiyaku);
        QCOMPARE(weak.status, 400);
        QCOMPARE(test::problemFields(weak), QStringList{QStringLiteral("password")});
        const QString detail = weak.json().value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("at least 10 characters")), qPrintable(detail));
        // Existing passwords stay valid.
        QVERIFY(!m_svc->signIn(QStringLiteral("kanri@demo.example")).isEmpty());

        user.insert(QStringLiteral("password"), QStringLiteral("abcde12345"));
        QCOMPARE(m_svc->post(QStringLiteral("/users"), user, m_keiyaku).status, 201);

        // Letters only, once the tenant no longer asks for digits.
        const QJsonObject relaxed{{QStringLiteral("min_length"), 6},
                                  {QStringLiteral("require_letter"), true},
                                  {QStringLiteral("require_digit"), false}};
        QCOMPARE(
            patch({{QStringLiteral("password_policy"), relaxed}}, changed.header("ETag")).status,
            200);
        user.insert(QStringLiteral("login"), QStringLiteral("letters@demo.example"));
        user.insert(QStringLiteral("password"), QStringLiteral("abcdefgh"));
        QCOMPARE(m_svc->post(QStringLiteral("/users"), user, m_keiyaku).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestTenant)
#include "tst_tenant.moc"
