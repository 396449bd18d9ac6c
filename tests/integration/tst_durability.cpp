// What the service acknowledged survives a crash: kill -9 right after the answers, restart,
// and everything is there.
#include "servicefixture.h"

using namespace kanri;
using kanri::test::HttpAnswer;

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedChangesSurviveKill9()
    {
        test::ServiceFixture svc;
        QVERIFY(svc.started());
        const QString token = svc.signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!token.isEmpty());

        // A burst of acknowledged changes, the last one answered just before the crash.
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            const HttpAnswer created = svc.post(
                QStringLiteral("/users"),
                {{QStringLiteral("login"), QStringLiteral("durable%1@demo.example").arg(i)},
                 {QStringLiteral("name"), QStringLiteral("耐久 %1").arg(i)},
                 {QStringLiteral("name_kana"), QStringLiteral("タイキュウ")},
                 {QStringLiteral("email"), QStringLiteral("durable%1@demo.example").arg(i)},
                 {QStringLiteral("password"), QStringLiteral("abc12345")}},
                token, {{"Idempotency-Key", QByteArray("durable-") + QByteArray::number(i)}});
            QCOMPARE(created.status, 201);
            ids.append(created.json().value(QStringLiteral("id")).toString());
        }
        const HttpAnswer label = svc.post(QStringLiteral("/labels"),
                                          {{QStringLiteral("name"), QStringLiteral("監査対象")},
                                           {QStringLiteral("color"), QStringLiteral("#aa3311")},
                                           {QStringLiteral("level"), QStringLiteral("confidential")}},
                                          token, {{"Idempotency-Key", "durable-label"}});
        QCOMPARE(label.status, 201);
        svc.crash();

        QVERIFY(svc.restart());
        // The session of before the crash is still valid: tokens were committed too.
        const HttpAnswer me = svc.get(QStringLiteral("/auth/me"), token);
        QCOMPARE(me.status, 200);
        for (int i = 0; i < ids.size(); ++i) {
            const HttpAnswer user = svc.get(QStringLiteral("/users/") + ids.at(i), token);
            QCOMPARE(user.status, 200);
            QCOMPARE(user.json().value(QStringLiteral("name")).toString(), QStringLiteral("耐久 %1").arg(i));
        }
        const HttpAnswer labelAfter =
            svc.get(QStringLiteral("/labels/") + label.json().value(QStringLiteral("id")).toString(), token);
        QCOMPARE(labelAfter.status, 200);
        QCOMPARE(labelAfter.json().value(QStringLiteral("name")).toString(), QStringLiteral("監査対象"));
        // The new password works after the restart.
        QVERIFY(!svc.signIn(QStringLiteral("durable19@demo.example"), QStringLiteral("abc12345")).isEmpty());
        // Replaying a create after the crash returns the original answer, not a second user.
        const HttpAnswer replay = svc.post(
            QStringLiteral("/users"),
            {{QStringLiteral("login"), QStringLiteral("durable0@demo.example")},
             {QStringLiteral("name"), QStringLiteral("耐久 0")},
             {QStringLiteral("name_kana"), QStringLiteral("タイキュウ")},
             {QStringLiteral("email"), QStringLiteral("durable0@demo.example")},
             {QStringLiteral("password"), QStringLiteral("abc12345")}},
            token, {{"Idempotency-Key", "durable-0"}});
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(QStringLiteral("id")).toString(), ids.first());
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
