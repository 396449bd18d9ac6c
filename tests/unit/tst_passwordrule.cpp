// The password rule shared by the service and the console (models/domain/passwordrule.h):
// the seed's policy, a tenant's stricter one, and what counts as half-width.
#include "domain/passwordrule.h"

#include <QTest>

using namespace kanri::domain;

namespace {

QString name(PolicyViolation v)
{
    switch (v) {
    case PolicyViolation::TooShort:
        return QStringLiteral("TooShort");
    case PolicyViolation::NoLetter:
        return QStringLiteral("NoLetter");
    case PolicyViolation::NoDigit:
        return QStringLiteral("NoDigit");
    case PolicyViolation::NotHalfWidth:
        return QStringLiteral("NotHalfWidth");
    case PolicyViolation::TooLong:
        return QStringLiteral("TooLong");
    }
    return QStringLiteral("?");
}

QStringList names(const QList<PolicyViolation> &violations)
{
    QStringList list;
    for (PolicyViolation v : violations)
        list.append(name(v));
    return list;
}

QStringList expect(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestPasswordRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedPolicy()
    {
        const PasswordPolicy seed;
        QCOMPARE(seed.minLength, 6);
        QVERIFY(seed.requireLetter);
        QVERIFY(seed.requireDigit);
    }

    void minimumLengthIsClamped_data()
    {
        QTest::addColumn<int>("configured");
        QTest::addColumn<int>("enforced");
        QTest::newRow("seed") << 6 << 6;
        QTest::newRow("raised") << 10 << 10;
        QTest::newRow("below the floor") << 3 << 6;
        QTest::newRow("negative") << -1 << 6;
        QTest::newRow("above the maximum") << 500 << 128;
    }

    void minimumLengthIsClamped()
    {
        QFETCH(int, configured);
        QFETCH(int, enforced);
        QCOMPARE(minimumLength(PasswordPolicy{configured, true, true}), enforced);
    }

    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("minLength");
        QTest::addColumn<bool>("requireLetter");
        QTest::addColumn<bool>("requireDigit");
        QTest::addColumn<QStringList>("violations");

        auto row = [](const char *tag, const QString &password, int minLength, bool letter,
                      bool digit, const char *violations) {
            QTest::newRow(tag) << password << minLength << letter << digit << expect(violations);
        };
        // The seed's policy: 6 characters, letters and digits.
        row("ok", QStringLiteral("abc123"), 6, true, true, "");
        row("ok upper case", QStringLiteral("ABC123"), 6, true, true, "");
        row("ok symbols", QStringLiteral("a1!~{}\"'\\"), 6, true, true, "");
        row("ok with a space", QStringLiteral("abc 123"), 6, true, true, "");
        row("too short", QStringLiteral("abc12"), 6, true, true, "TooShort");
        row("no digit", QStringLiteral("abcdef"), 6, true, true, "NoDigit");
        row("no letter", QStringLiteral("123456"), 6, true, true, "NoLetter");
        row("symbols only", QStringLiteral("!#$%&()"), 6, true, true, "NoLetter,NoDigit");
        row("empty", QString(), 6, true, true, "TooShort,NoLetter,NoDigit");
        // Full-width letters and digits: one thing to fix, not three.
        row("full-width", QStringLiteral(u"ａｂｃ１２３"), 6, true, true, "NotHalfWidth");
        row("full-width space", QStringLiteral(u"abc\u3000123"), 6, true, true, "NotHalfWidth");
        row("half-width katakana", QStringLiteral(u"ｱｲｳ123abc"), 6, true, true, "NotHalfWidth");
        row("hiragana and digits", QStringLiteral(u"ぱすわーど12"), 6, true, true,
            "NoLetter,NotHalfWidth");
        row("tab", QStringLiteral("abc\t123"), 6, true, true, "NotHalfWidth");
        row("delete", QStringLiteral("abc123\x7f"), 6, true, true, "NotHalfWidth");
        row("accented", QStringLiteral(u"abc123é"), 6, true, true, "NotHalfWidth");
        // Length counts characters: an emoji is one (two UTF-16 units).
        row("emoji counts once", QStringLiteral(u"ab12\U0001F600"), 6, true, true,
            "TooShort,NotHalfWidth");
        row("128 characters", QString(64, u'a') + QString(64, u'1'), 6, true, true, "");
        row("129 characters", QString(65, u'a') + QString(64, u'1'), 6, true, true, "TooLong");
        // A tenant's own policy.
        row("min 10, 9 given", QStringLiteral("abc123456"), 10, true, true, "TooShort");
        row("min 10, 10 given", QStringLiteral("abc1234567"), 10, true, true, "");
        row("min 10, letters only", QStringLiteral("abcdefghij"), 10, true, true, "NoDigit");
        row("letters not required", QStringLiteral("123456"), 6, false, true, "");
        row("digits not required", QStringLiteral("abcdef"), 6, true, false, "");
        row("neither required", QStringLiteral("!!!!!!"), 6, false, false, "");
        row("neither required, full-width", QStringLiteral(u"！！！！！！"), 6, false, false,
            "NotHalfWidth");
        row("floor of 6 holds", QStringLiteral("ab12"), 3, true, true, "TooShort");
        row("min above 128", QString(64, u'a') + QString(64, u'1'), 500, true, true, "");
    }

    void check()
    {
        QFETCH(QString, password);
        QFETCH(int, minLength);
        QFETCH(bool, requireLetter);
        QFETCH(bool, requireDigit);
        QFETCH(QStringList, violations);
        const PasswordPolicy policy{minLength, requireLetter, requireDigit};
        QCOMPARE(names(checkPassword(password, policy)), violations);
    }
};

QTEST_APPLESS_MAIN(TestPasswordRule)
#include "tst_passwordrule.moc"
