// JsonWriter and User::writeJson: the fast encoding must decode to exactly what toJson() gives.
#include "domain/jsonwriter.h"
#include "domain/user.h"

#include <QJsonDocument>
#include <QTest>

using namespace kanri::domain;

class TestJsonWriter : public QObject
{
    Q_OBJECT

    static User sampleUser()
    {
        User u;
        u.id = QStringLiteral("u_0123456789abcdef");
        u.login = QStringLiteral("t.sato\"0001\\@demo.example");
        u.name = QStringLiteral("佐藤 翔太\t\n");
        u.nameKana = QStringLiteral("サトウ ショウタ");
        u.email = QStringLiteral("t.sato@demo.example\x01");
        u.status = UserStatus::Locked;
        u.mfaEnabled = true;
        u.lastLoginAt = QDateTime(QDate(2026, 11, 24), QTime(23, 30, 0, 125), Qt::UTC);
        u.lockedUntil = QDateTime(QDate(2026, 11, 25), QTime(0, 15), Qt::UTC);
        u.createdAt = QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC);
        u.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        u.etag = QStringLiteral("r42");
        return u;
    }

private Q_SLOTS:
    void writesValidCompactJson()
    {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.key("a");
        w.beginArray();
        w.integer(1);
        w.boolean(false);
        w.null();
        w.beginObject();
        w.endObject();
        w.raw("{\"x\":[]}");
        w.endArray();
        w.key("s");
        w.string(QStringLiteral("\"\\\u0007日本"));
        w.endObject();
        QCOMPARE(out, QByteArray("{\"a\":[1,false,null,{},{\"x\":[]}],\"s\":\"\\\"\\\\\\u0007日本\"}"));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("s")).toString(), QStringLiteral("\"\\\u0007日本"));
    }

    void userEncodingsAgree_data()
    {
        QTest::addColumn<User>("user");
        QTest::newRow("full") << sampleUser();
        User minimal = sampleUser();
        minimal.nameKana.reset();
        minimal.lastLoginAt.reset();
        minimal.lockedUntil.reset();
        minimal.status = UserStatus::Invited;
        minimal.mfaEnabled = false;
        QTest::newRow("minimal") << minimal;
    }

    void userEncodingsAgree()
    {
        QFETCH(User, user);
        QByteArray fast;
        JsonWriter w(fast);
        user.writeJson(w);
        const auto decoded = decodeBody<User>(fast);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
        QCOMPARE(*decoded, user);
        // Same members and values as the QJsonObject codec.
        QCOMPARE(QJsonDocument::fromJson(fast).object(), user.toJson());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
