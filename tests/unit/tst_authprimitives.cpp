// The service's authentication primitives (server/auth/): Argon2id password hashes, the
// English password-policy sentences, RFC 6238 TOTP with RFC 4648 base32, opaque tokens, ids.
#include "auth/password.h"
#include "auth/tokens.h"
#include "auth/totp.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <argon2.h>

#include <algorithm>
#include <limits>

using namespace kanri::server::auth;

Q_DECLARE_METATYPE(kanri::domain::PolicyViolation)

namespace {

const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");

// The fastest of `runs` calls, in nanoseconds: scheduling stalls only ever add time.
template<typename F> qint64 fastest(int runs, F &&f)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

} // namespace

class TestAuthPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- passwords -------------------------------------------------------------------------

    void hashAndVerify()
    {
        QElapsedTimer timer;
        timer.start();
        const QString hash = hashPassword(QStringLiteral("abc123"));
        qInfo("one hashPassword took %lld ms", timer.elapsed());

        QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(hash));
        // 16-byte salt and 32-byte hash, base64 without padding: 22 and 43 characters.
        const QStringList parts = hash.split(u'$');
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[4].size(), 22);
        QCOMPARE(parts[5].size(), 43);

        QVERIFY(verifyPassword(QStringLiteral("abc123"), hash));
        QVERIFY(!verifyPassword(QStringLiteral("abc124"), hash));
        QVERIFY(!verifyPassword(QStringLiteral("ABC123"), hash));
        QVERIFY(!verifyPassword(QString(), hash));
    }

    void saltDiffers()
    {
        const QString a = hashPassword(QStringLiteral("same-password1"));
        const QString b = hashPassword(QStringLiteral("same-password1"));
        QVERIFY(a != b);
        QVERIFY(verifyPassword(QStringLiteral("same-password1"), a));
        QVERIFY(verifyPassword(QStringLiteral("same-password1"), b));
    }

    void hashesUtf8()
    {
        const QString password = QStringLiteral(u"パスワード123");
        const QString hash = hashPassword(password);
        QVERIFY(verifyPassword(password, hash));
        QVERIFY(!verifyPassword(QStringLiteral(u"パスワード124"), hash));
    }

    // A hash written with other parameters (a future, stronger setting) still verifies.
    void verifiesOtherParameters()
    {
        const QByteArray password = QByteArrayLiteral("abc123");
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        char encoded[128] = {};
        QCOMPARE(argon2id_hash_encoded(1, 8192, 2, password.constData(), 6, salt.constData(), 16,
                                       32, encoded, sizeof encoded),
                 int(ARGON2_OK));
        const QString hash = QString::fromLatin1(encoded);
        QVERIFY(hash.startsWith(u"$argon2id$v=19$m=8192,t=1,p=2$"));
        QVERIFY(verifyPassword(QStringLiteral("abc123"), hash));
        QVERIFY(!verifyPassword(QStringLiteral("abc12"), hash));
    }

    void malformedHashRefused_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = hashPassword(QStringLiteral("abc123"));
        const qsizetype hashStart = good.lastIndexOf(u'$') + 1;
        QString flipped = good;
        flipped[hashStart] = flipped[hashStart] == u'A' ? u'B' : u'A';

        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("abc123");
        QTest::newRow("truncated") << good.left(good.size() - 5);
        QTest::newRow("no hash") << good.left(hashStart);
        QTest::newRow("hash altered") << flipped;
        QTest::newRow("trailing junk") << good + u'!';
        QTest::newRow("argon2i") << QString(good).replace(QStringLiteral(u"$argon2id$"),
                                                          QStringLiteral(u"$argon2i$"));
        QTest::newRow("version 16")
            << QString(good).replace(QStringLiteral(u"$v=19$"), QStringLiteral(u"$v=16$"));
        QTest::newRow("bcrypt") << QStringLiteral(
            "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");
        QTest::newRow("non-Latin-1")
            << QString(good).replace(QStringLiteral(u"$argon2id$"), QStringLiteral(u"$アルゴン$"));
        // Parameters that would make one verification allocate 4 TiB or run for hours.
        QTest::newRow("huge memory")
            << QString(good).replace(QStringLiteral(u"m=19456"), QStringLiteral(u"m=4294967295"));
        QTest::newRow("overlong memory") << QString(good).replace(
            QStringLiteral(u"m=19456"), QStringLiteral(u"m=99999999999999999999"));
        QTest::newRow("huge time")
            << QString(good).replace(QStringLiteral(u"t=2"), QStringLiteral(u"t=1000000"));
        QTest::newRow("no lanes") << QString(good).replace(QStringLiteral(u"p=1"),
                                                           QStringLiteral(u"p=0"));
        QTest::newRow("tiny memory")
            << QString(good).replace(QStringLiteral(u"m=19456"), QStringLiteral(u"m=1"));
    }

    void malformedHashRefused()
    {
        QFETCH(QString, encoded);
        QVERIFY(!verifyPassword(QStringLiteral("abc123"), encoded));
    }

    // An unknown login costs as much as a wrong password. If the dummy hash were malformed,
    // argon2 would refuse it in microseconds and this would fail.
    void burnVerifyTimeCostsAVerification()
    {
        const QString hash = hashPassword(QStringLiteral("abc123"));
        const qint64 verify =
            fastest(3, [&] { QVERIFY(!verifyPassword(QStringLiteral("x1"), hash)); });
        const qint64 burn = fastest(3, [] { burnVerifyTime(); });
        qInfo("verify %lld us, burn %lld us", verify / 1000, burn / 1000);
        QVERIFY2(burn * 3 >= verify, "burnVerifyTime is much faster than a verification");
    }

    void describeViolation_data()
    {
        QTest::addColumn<PolicyViolation>("violation");
        QTest::addColumn<int>("minLength");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("too short") << PolicyViolation::TooShort << 8
                                   << QStringLiteral("must be at least 8 characters long");
        QTest::newRow("too short, floor") << PolicyViolation::TooShort << 2
                                          << QStringLiteral("must be at least 6 characters long");
        QTest::newRow("no letter") << PolicyViolation::NoLetter << 6
                                   << QStringLiteral("must contain a letter (A-Z or a-z)");
        QTest::newRow("no digit") << PolicyViolation::NoDigit << 6
                                  << QStringLiteral("must contain a digit (0-9)");
        QTest::newRow("not half-width")
            << PolicyViolation::NotHalfWidth << 6
            << QStringLiteral("must use only half-width letters, digits, symbols and spaces");
        QTest::newRow("too long") << PolicyViolation::TooLong << 6
                                  << QStringLiteral("must be at most 128 characters long");
    }

    void describeViolation()
    {
        QFETCH(PolicyViolation, violation);
        QFETCH(int, minLength);
        QFETCH(QString, sentence);
        QCOMPARE(describe(violation, PasswordPolicy{minLength, true, true}), sentence);
    }

    void describeWholePolicy_data()
    {
        QTest::addColumn<int>("minLength");
        QTest::addColumn<bool>("requireLetter");
        QTest::addColumn<bool>("requireDigit");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("seed") << 6 << true << true
                              << QStringLiteral("at least 6 characters, with letters and digits");
        QTest::newRow("letters") << 10 << true << false
                                 << QStringLiteral(
                                        "at least 10 characters, with at least one letter");
        QTest::newRow("digits") << 8 << false << true
                                << QStringLiteral("at least 8 characters, with at least one digit");
        QTest::newRow("length only")
            << 12 << false << false << QStringLiteral("at least 12 characters");
    }

    void describeWholePolicy()
    {
        QFETCH(int, minLength);
        QFETCH(bool, requireLetter);
        QFETCH(bool, requireDigit);
        QFETCH(QString, sentence);
        QCOMPARE(describePolicy(PasswordPolicy{minLength, requireLetter, requireDigit}), sentence);
    }

    // The service sees the same rule as the console, through auth::.
    void policyReachableFromServer()
    {
        const PasswordPolicy policy{8, true, true};
        const auto violations = checkPassword(QStringLiteral("abc12"), policy);
        QCOMPARE(violations, QList<PolicyViolation>{PolicyViolation::TooShort});
        QCOMPARE(describe(violations.first(), policy),
                 QStringLiteral("must be at least 8 characters long"));
    }

    // --- TOTP ------------------------------------------------------------------------------

    // RFC 6238 Appendix B, SHA-1 rows; the 8-digit values truncated to their last 6 digits.
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << QStringLiteral("287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("353130");
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(totpCode(kRfcSecret, time), code);
        qint64 step = -1;
        QVERIFY(verifyTotp(kRfcSecret, code, time, 0, &step));
        QCOMPARE(step, time / 30);
    }

    void window_data()
    {
        QTest::addColumn<qint64>("offset"); // seconds between the code's time and the check
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same step") << qint64(0) << 1 << true;
        QTest::newRow("one step late") << qint64(30) << 1 << true;
        QTest::newRow("one step early") << qint64(-30) << 1 << true;
        QTest::newRow("two steps late") << qint64(60) << 1 << false;
        QTest::newRow("two steps early") << qint64(-60) << 1 << false;
        QTest::newRow("window 0, same") << qint64(0) << 0 << true;
        QTest::newRow("window 0, late") << qint64(30) << 0 << false;
        QTest::newRow("window 2, two late") << qint64(60) << 2 << true;
        QTest::newRow("window 2, three late") << qint64(90) << 2 << false;
        QTest::newRow("negative window") << qint64(30) << -5 << false;
    }

    void window()
    {
        QFETCH(qint64, offset);
        QFETCH(int, window);
        QFETCH(bool, accepted);
        const qint64 codeTime = 1111111111; // step 37037037, 1 s into it
        const QString code = totpCode(kRfcSecret, codeTime);
        qint64 step = -1;
        QCOMPARE(verifyTotp(kRfcSecret, code, codeTime + offset, window, &step), accepted);
        // The step reported is the code's own, whatever the time of the check: the caller
        // compares it with the last one accepted to refuse a replay.
        QCOMPARE(step, accepted ? codeTime / 30 : qint64(-1));
    }

    void badCodesRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("five digits") << QStringLiteral("28708");
        QTest::newRow("seven digits") << QStringLiteral("2870820");
        QTest::newRow("letter") << QStringLiteral("28708a");
        QTest::newRow("leading space") << QStringLiteral(" 287082");
        QTest::newRow("full-width") << QStringLiteral(u"２８７０８２");
        QTest::newRow("wrong") << QStringLiteral("287083");
    }

    void badCodesRefused()
    {
        QFETCH(QString, code);
        QVERIFY(!verifyTotp(kRfcSecret, code, 59));
    }

    void emptySecretNeverVerifies()
    {
        const QString code = totpCode(QByteArray(), 59);
        QCOMPARE(code.size(), 6);
        QVERIFY(!verifyTotp(QByteArray(), code, 59));
    }

    void newSecrets()
    {
        const QByteArray a = newTotpSecret();
        const QByteArray b = newTotpSecret();
        QCOMPARE(a.size(), 20);
        QVERIFY(a != b);
        QCOMPARE(base32Encode(a).size(), 32);
        QVERIFY(verifyTotp(a, totpCode(a, 1700000000), 1700000000));
    }

    // RFC 4648 §10, without padding on encode; with padding and in lowercase on decode.
    void base32Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("padded");
        QTest::newRow("empty") << QByteArray() << QString() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ")
                            << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6")
                             << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ")
                              << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB")
                               << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI")
                                << QStringLiteral("MZXW6YTBOI======");
        QTest::newRow("rfc secret")
            << kRfcSecret << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
            << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    void base32Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, text);
        QFETCH(QString, padded);
        QCOMPARE(base32Encode(data), text);
        QCOMPARE(base32Decode(text), std::optional<QByteArray>(data));
        QCOMPARE(base32Decode(padded), std::optional<QByteArray>(data));
        QCOMPARE(base32Decode(text.toLower()), std::optional<QByteArray>(data));
        QCOMPARE(base32Decode(padded.toLower()), std::optional<QByteArray>(data));
    }

    void base32RoundTrip()
    {
        for (qsizetype size = 0; size <= 40; ++size) {
            const QByteArray data = randomBytes(size);
            const QString text = base32Encode(data);
            QVERIFY(!text.contains(u'='));
            QCOMPARE(text.size(), (size * 8 + 4) / 5);
            QCOMPARE(base32Decode(text), std::optional<QByteArray>(data));
        }
    }

    void badBase32Refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digit 1") << QStringLiteral("MZXW6YTB1");
        QTest::newRow("digit 8") << QStringLiteral("MZXW6YT8");
        QTest::newRow("space") << QStringLiteral("MZXW 6YTB");
        QTest::newRow("dash") << QStringLiteral("MZXW-6YTB");
        QTest::newRow("full-width") << QStringLiteral(u"ＭＺＸＷ６ＹＴＢ");
        QTest::newRow("one character") << QStringLiteral("M");
        QTest::newRow("three characters") << QStringLiteral("MZX");
        QTest::newRow("six characters") << QStringLiteral("MZXW6Y");
        QTest::newRow("padding short") << QStringLiteral("MY=====");
        QTest::newRow("padding long") << QStringLiteral("MY==============");
        QTest::newRow("padding not needed") << QStringLiteral("MZXW6YTB========");
        QTest::newRow("padding only") << QStringLiteral("========");
        QTest::newRow("padding inside") << QStringLiteral("MY======MZXW6YTB");
        QTest::newRow("padding on unpadded length") << QStringLiteral("MZXW6YTBOI=");
        QTest::newRow("trailing bits set") << QStringLiteral("MZ");
    }

    void badBase32Refused()
    {
        QFETCH(QString, text);
        QCOMPARE(base32Decode(text), std::optional<QByteArray>());
    }

    void otpauth()
    {
        const QString issuer = QStringLiteral(u"Kanri (株式会社サンプル)");
        const QString account = QStringLiteral("taro@example.jp");
        const QString uri = otpauthUri(issuer, account, kRfcSecret);
        QCOMPARE(uri, QStringLiteral(
                          "otpauth://totp/Kanri%20%28%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3"
                          "%82%B5%E3%83%B3%E3%83%97%E3%83%AB%29:taro%40example.jp"
                          "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                          "&issuer=Kanri%20%28%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%82%B5"
                          "%E3%83%B3%E3%83%97%E3%83%AB%29&algorithm=SHA1&digits=6&period=30"));

        // What an authenticator app reads back.
        const QUrl url(uri);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(url.path(QUrl::FullyDecoded), u'/' + issuer + u':' + account);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), issuer);
        QCOMPARE(base32Decode(query.queryItemValue(QStringLiteral("secret"))),
                 std::optional<QByteArray>(kRfcSecret));
    }

    void otpauthEscapesSeparators()
    {
        // A colon, ampersand or question mark in a name must not split the label or the query.
        const QString uri =
            otpauthUri(QStringLiteral("A:B&C"), QStringLiteral("x?y=z"), kRfcSecret);
        QVERIFY2(uri.startsWith(u"otpauth://totp/A%3AB%26C:x%3Fy%3Dz?secret="), qPrintable(uri));
        QCOMPARE(uri.count(u'?'), 1);
        QCOMPARE(QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
                 QStringLiteral("A:B&C"));
    }

    // --- tokens and ids --------------------------------------------------------------------

    void opaqueTokens()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString token = newOpaqueToken();
            QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
        const QString token = *seen.cbegin();
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);
    }

    void tokenHashes()
    {
        // FIPS 180-2 example: SHA-256("abc").
        QCOMPARE(
            tokenHash(u"abc").toHex(),
            QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QString token = newOpaqueToken();
        QCOMPARE(tokenHash(token).size(), 32);
        QCOMPARE(tokenHash(token), tokenHash(QString(token)));
        QVERIFY(tokenHash(token) != tokenHash(newOpaqueToken()));
        QVERIFY(!tokenHash(token).toHex().contains(token.toLatin1()));
    }

    void ids_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("user") << QStringLiteral("u");
        QTest::newRow("tenant") << QStringLiteral("t");
        QTest::newRow("longer") << QStringLiteral("role");
    }

    void ids()
    {
        QFETCH(QString, prefix);
        static const QRegularExpression apiId(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
        const QRegularExpression shape(QStringLiteral("^") + prefix +
                                       QStringLiteral("_[0-9a-hjkmnp-tv-z]{16}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newId(prefix);
            QVERIFY2(apiId.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_APPLESS_MAIN(TestAuthPrimitives)
#include "tst_authprimitives.moc"
