// JsonWriter and User::writeJson: the fast encoding must decode to exactly what toJson() gives.
#include "domain/jsonwriter.h"
#include "domain/user.h"

#include <QJsonArray>
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

    void utf8TextIsEscapedLikeQString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("t.sato@demo.example");
        QTest::newRow("japanese") << QStringLiteral("佐藤 翔太（サトウ）");
        QTest::newRow("escapes") << QStringLiteral("a\"b\\c\nd\re\tf\x01g\x1fh\x7f");
        QTest::newRow("empty") << QString();
        QTest::newRow("emoji") << QStringLiteral("\U0001F600");
    }

    void utf8TextIsEscapedLikeQString()
    {
        QFETCH(QString, text);
        QByteArray fromQString;
        JsonWriter a(fromQString);
        a.string(text);
        QByteArray fromUtf8;
        JsonWriter b(fromUtf8);
        const QByteArray utf8 = text.toUtf8();
        b.string(QUtf8StringView(utf8));
        QCOMPARE(fromUtf8, fromQString);
        QCOMPARE(QJsonDocument::fromJson("[" + fromUtf8 + "]").array().at(0).toString(), text);
    }

    void timesFromMillisecondsMatchQDateTime_data()
    {
        QTest::addColumn<qint64>("ms");
        for (const qint64 ms : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(1'764'000'000'000),
                                qint64(1'764'000'000'125), qint64(951'782'400'000) /* 2000-02-29 */,
                                qint64(-2'208'988'800'000) /* 1900 */, qint64(-62'135'596'800'000),
                                qint64(253'402'300'799'999), qint64(253'402'300'800'000),
                                qint64(-62'135'596'800'001)})
            QTest::addRow("%lld", static_cast<long long>(ms)) << ms;
        // A day-by-day walk over four centuries' boundaries and leap years.
        for (qint64 ms = -2'300'000'000'000; ms < 4'200'000'000'000; ms += qint64(86'400'000) * 97 + 3'723'456)
            QTest::addRow("%lld", static_cast<long long>(ms)) << ms;
    }

    void timesFromMillisecondsMatchQDateTime()
    {
        QFETCH(qint64, ms);
        char buffer[kDateTimeChars];
        const qsizetype length = formatDateTime(UtcMs(std::chrono::milliseconds(ms)), buffer);
        QCOMPARE(QString::fromLatin1(buffer, length),
                 formatDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
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
