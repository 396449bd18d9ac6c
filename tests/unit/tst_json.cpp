// The JSON framework of models/domain: parsing with named errors, RFC 3339 times, integers,
// and the JsonReader rules every decoder relies on.
#include "domain/json.h"

#include <QTest>

using namespace kanri::domain;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QJsonObject object(const char *json)
{
    auto parsed = parseObject(QByteArray(json));
    if (!parsed)
        qFatal("bad test JSON: %s", qPrintable(parsed.error().toString()));
    return *parsed;
}

// A decoder for JsonReader tests: {"value": ...}, read as an integer within bounds.
struct Bounded
{
    qint64 value = 0;
};

// For the requestObject tests.
struct Inner
{
    QString a;
    static Decoded<Inner> fromJson(const QJsonValue &json, const QString &path)
    {
        JsonReader r(json, path);
        Inner i{r.string(u"a")};
        return r.finish(std::move(i));
    }
    static Decoded<Inner> fromRequestJson(const QJsonValue &json, const QString &path)
    {
        JsonReader r(json, path);
        Inner i{r.string(u"a")};
        r.rejectUnknownKeys();
        return r.finish(std::move(i));
    }
};

enum class Colour { Red, Green };

} // namespace

namespace kanri::domain {
template<>
struct EnumTraits<Colour>
{
    static constexpr std::array values{std::pair{Colour::Red, "red"},
                                       std::pair{Colour::Green, "green"}};
};
} // namespace kanri::domain

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesObject()
    {
        const auto parsed = parseObject(R"({"a":1,"b":{"c":["x","日本語","😀"]}})");
        QVERIFY(parsed);
        QCOMPARE(parsed->value(QLatin1StringView("a")).toInt(), 1);
        const QJsonArray c = parsed->value(QLatin1StringView("b"))
                                 .toObject()
                                 .value(QLatin1StringView("c"))
                                 .toArray();
        QCOMPARE(c.at(1).toString(), QStringLiteral("日本語"));
        QCOMPARE(c.at(2).toString(), QStringLiteral("😀"));
        QCOMPARE(toBytes(*parsed),
                 QString(QStringLiteral(R"({"a":1,"b":{"c":["x","日本語","😀"]}})")).toUtf8());
    }

    void malformedNamesField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing element")
            << QByteArray(R"({"a":{"b":[1,2,}})") << QStringLiteral("a/b/2");
        QTest::newRow("double comma") << QByteArray(R"({"a":[1,,2]})") << QStringLiteral("a/1");
        QTest::newRow("missing member") << QByteArray(R"({"a":1,})") << QString();
        QTest::newRow("in later element")
            << QByteArray(R"({"a":[{"b":1},{"c":}]})") << QStringLiteral("a/1/c");
        QTest::newRow("bad literal") << QByteArray(R"({"a":{"b":tru}})") << QStringLiteral("a/b");
        QTest::newRow("unterminated string")
            << QByteArray("{\"a\":\"abc") /* no raw string: an odd quote confuses moc */
            << QStringLiteral("a");
        QTest::newRow("number overflow")
            << QByteArray(R"({"x":{"n":1e400}})") << QStringLiteral("x/n");
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void malformedNamesField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto parsed = parseObject(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, field);
        QVERIFY2(parsed.error().message.startsWith(QLatin1StringView("malformed JSON at byte")),
                 qPrintable(parsed.error().message));
    }

    void invalidUtf8NamesField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("offset");
        QTest::newRow("0xFF in nested value")
            << QByteArray("{\"user\":{\"name\":\"\xff\"}}") << QStringLiteral("user/name") << 17;
        QTest::newRow("lone continuation")
            << QByteArray("{\"a\":\"x\x80\"}") << QStringLiteral("a") << 7;
        QTest::newRow("overlong slash C0 AF")
            << QByteArray("{\"a\":\"\xc0\xaf\"}") << QStringLiteral("a") << 6;
        QTest::newRow("overlong E0 80 AF")
            << QByteArray("{\"a\":\"\xe0\x80\xaf\"}") << QStringLiteral("a") << 6;
        QTest::newRow("overlong F0 80 80 AF")
            << QByteArray("{\"a\":\"\xf0\x80\x80\xaf\"}") << QStringLiteral("a") << 6;
        QTest::newRow("surrogate ED A0 80")
            << QByteArray("{\"a\":[\"ok\",\"\xed\xa0\x80\"]}") << QStringLiteral("a/1") << 12;
        QTest::newRow("above U+10FFFF")
            << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << QStringLiteral("a") << 6;
        QTest::newRow("five-byte lead")
            << QByteArray("{\"a\":\"\xf8\x88\x80\x80\x80\"}") << QStringLiteral("a") << 6;
        QTest::newRow("bad second byte")
            << QByteArray("{\"a\":\"\xe3\x41\x82\"}") << QStringLiteral("a") << 6;
        QTest::newRow("truncated at end")
            << QByteArray("{\"a\":{\"b\":\"\xe3\x81") << QStringLiteral("a/b") << 11;
        QTest::newRow("truncated lead at end")
            << QByteArray("{\"a\":\"x\xf0") << QStringLiteral("a") << 7;
        QTest::newRow("after the object") << QByteArray("{\"a\":1}\xc3") << QString() << 7;
    }
    void invalidUtf8NamesField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, offset);
        const auto parsed = parseObject(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, field);
        QCOMPARE(parsed.error().message, QStringLiteral("invalid UTF-8 at byte %1").arg(offset));
    }

    void unpairedSurrogateEscape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("high alone")
            << QByteArray(R"({"a":{"b":"\ud800"}})") << QStringLiteral("a/b");
        QTest::newRow("low alone, in array")
            << QByteArray(R"({"a":["ok","\udc00x"]})") << QStringLiteral("a/1");
        QTest::newRow("reversed pair")
            << QByteArray(R"({"k":"\ude00\ud83d"})") << QStringLiteral("k");
        QTest::newRow("in a key") << QByteArray(R"({"o":{"\ud800":1}})") << QStringLiteral("o");
    }
    // Qt would accept these and later write U+FFFD: a value that does not survive a round trip.
    void unpairedSurrogateEscape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto parsed = parseObject(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, field);
        QVERIFY(parsed.error().message.contains(QLatin1StringView("surrogate")));
    }

    void pairedSurrogateEscape()
    {
        const auto parsed = parseObject(R"({"a":"\ud83d\ude00"})");
        QVERIFY(parsed);
        QCOMPARE(parsed->value(QLatin1StringView("a")).toString(), QStringLiteral("😀"));
    }

    void topLevelMustBeObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString notObject = QStringLiteral("expected a JSON object");
        // Qt's parser itself refuses top-level scalars.
        const QString scalar = QStringLiteral("malformed JSON at byte 1: illegal value");
        QTest::newRow("array") << QByteArray(R"([{"a":1}])") << notObject;
        QTest::newRow("empty array") << QByteArray("[]") << notObject;
        QTest::newRow("string") << QByteArray(R"("a")") << scalar;
        QTest::newRow("number") << QByteArray("1") << scalar;
        QTest::newRow("null") << QByteArray("null") << scalar;
    }
    void topLevelMustBeObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto parsed = parseObject(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, QString());
        QCOMPARE(parsed.error().message, message);
        QCOMPARE(parsed.error().toString(), message);
    }

    void parsesDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: must be refused
        const QDateTime refused;
        QTest::newRow("Z") << QStringLiteral("2026-11-24T04:29:12Z")
                           << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("lower-case t and z")
            << QStringLiteral("2026-11-24t04:29:12z") << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("+09:00") << QStringLiteral("2026-11-24T13:29:12+09:00")
                                << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("-05:00 crosses midnight")
            << QStringLiteral("2026-11-23T23:29:12-05:00") << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("+00:00") << QStringLiteral("2026-11-24T04:29:12+00:00")
                                << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("+05:45") << QStringLiteral("2026-11-24T10:14:12+05:45")
                                << utc(2026, 11, 24, 4, 29, 12);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2026-11-24T04:29:12.5Z") << utc(2026, 11, 24, 4, 29, 12, 500);
        QTest::newRow("milliseconds")
            << QStringLiteral("2026-11-24T04:29:12.123Z") << utc(2026, 11, 24, 4, 29, 12, 123);
        QTest::newRow("microseconds truncated")
            << QStringLiteral("2026-11-24T04:29:12.123999Z") << utc(2026, 11, 24, 4, 29, 12, 123);
        QTest::newRow("no carry into next day")
            << QStringLiteral("2026-12-31T23:59:59.9999Z") << utc(2026, 12, 31, 23, 59, 59, 999);
        QTest::newRow("fraction and offset")
            << QStringLiteral("2026-11-24T13:29:12.040+09:00") << utc(2026, 11, 24, 4, 29, 12, 40);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z")
                                  << utc(2028, 2, 29, 0, 0, 0);
        QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0);
        QTest::newRow("no zone") << QStringLiteral("2026-11-24T04:29:12") << refused;
        QTest::newRow("no zone, fraction") << QStringLiteral("2026-11-24T04:29:12.123") << refused;
        QTest::newRow("date only") << QStringLiteral("2026-11-24") << refused;
        QTest::newRow("garbage") << QStringLiteral("tomorrow at noon, JST") << refused;
        QTest::newRow("empty") << QString() << refused;
        QTest::newRow("February 30") << QStringLiteral("2026-02-30T00:00:00Z") << refused;
        QTest::newRow("February 29 in 2026") << QStringLiteral("2026-02-29T00:00:00Z") << refused;
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z") << refused;
        QTest::newRow("hour 24") << QStringLiteral("2026-11-24T24:00:00Z") << refused;
        QTest::newRow("minute 60") << QStringLiteral("2026-11-24T04:60:00Z") << refused;
        QTest::newRow("leap second") << QStringLiteral("2026-12-31T23:59:60Z") << refused;
        QTest::newRow("space for T") << QStringLiteral("2026-11-24 04:29:12Z") << refused;
        QTest::newRow("offset without colon")
            << QStringLiteral("2026-11-24T13:29:12+0900") << refused;
        QTest::newRow("offset hours only") << QStringLiteral("2026-11-24T13:29:12+09") << refused;
        QTest::newRow("offset 24:00") << QStringLiteral("2026-11-24T13:29:12+24:00") << refused;
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-24T04:29:12.Z") << refused;
        QTest::newRow("decimal comma") << QStringLiteral("2026-11-24T04:29:12,5Z") << refused;
        QTest::newRow("no seconds") << QStringLiteral("2026-11-24T04:29Z") << refused;
        QTest::newRow("slashes") << QStringLiteral("2026/11/24T04:29:12Z") << refused;
        QTest::newRow("full-width digits") << QStringLiteral("２０２６-11-24T04:29:12Z") << refused;
        QTest::newRow("trailing text") << QStringLiteral("2026-11-24T04:29:12Zulu") << refused;
        QTest::newRow("year 0") << QStringLiteral("0000-06-01T00:00:00Z") << refused;
        QTest::newRow("before year 1 in UTC")
            << QStringLiteral("0001-01-01T00:00:00+01:00") << refused;
        QTest::newRow("after year 9999 in UTC")
            << QStringLiteral("9999-12-31T23:00:00-02:00") << refused;
    }
    void parsesDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseDateTime(text);
        if (!expected.isValid()) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODateWithMs) : QString()));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        // What we write, we read back as the same instant.
        QCOMPARE(parseDateTime(formatDateTime(*parsed)), parsed);
    }

    void formatsDateTime()
    {
        QCOMPARE(formatDateTime(utc(2026, 11, 24, 4, 29, 12)),
                 QStringLiteral("2026-11-24T04:29:12Z"));
        QCOMPARE(formatDateTime(utc(2026, 11, 24, 4, 29, 12, 7)),
                 QStringLiteral("2026-11-24T04:29:12.007Z"));
        QCOMPARE(formatDateTime(utc(1, 1, 1, 0, 0, 0)), QStringLiteral("0001-01-01T00:00:00Z"));
        const QDateTime tokyo(QDate(2026, 11, 24), QTime(13, 29, 12), Qt::OffsetFromUTC, 9 * 3600);
        QCOMPARE(formatDateTime(tokyo), QStringLiteral("2026-11-24T04:29:12Z"));
    }

    void parsesDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("date") << QStringLiteral("2026-04-01") << QDate(2026, 4, 1);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << QDate(2028, 2, 29);
        QTest::newRow("February 30") << QStringLiteral("2026-02-30") << QDate();
        QTest::newRow("slashes") << QStringLiteral("2026/04/01") << QDate();
        QTest::newRow("one-digit month") << QStringLiteral("2026-4-01") << QDate();
        QTest::newRow("basic format") << QStringLiteral("20260401") << QDate();
        QTest::newRow("date-time") << QStringLiteral("2026-04-01T00:00:00Z") << QDate();
        QTest::newRow("year 0") << QStringLiteral("0000-04-01") << QDate();
        QTest::newRow("signed year") << QStringLiteral("+026-04-01") << QDate();
    }
    void parsesDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = parseDate(text);
        QCOMPARE(parsed.value_or(QDate()), expected);
        if (parsed)
            QCOMPARE(formatDate(*parsed), text);
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error"); // empty: must succeed
        constexpr qint64 big = 9007199254740991; // 2^53 - 1
        constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
        QTest::newRow("plain") << QByteArray(R"({"n":42})") << qint64(0) << qint64(100)
                               << qint64(42) << QString();
        QTest::newRow("negative") << QByteArray(R"({"n":-7})") << qint64(-10) << qint64(0)
                                  << qint64(-7) << QString();
        QTest::newRow("1.0 is integral")
            << QByteArray(R"({"n":1.0})") << qint64(0) << qint64(9) << qint64(1) << QString();
        QTest::newRow("exponent") << QByteArray(R"({"n":1e2})") << qint64(0) << qint64(1000)
                                  << qint64(100) << QString();
        QTest::newRow("2^53 - 1") << QByteArray(R"({"n":9007199254740991})") << qint64(0) << big
                                  << big << QString();
        QTest::newRow("non-integral") << QByteArray(R"({"n":1.5})") << qint64(0) << qint64(9)
                                      << qint64(0) << QStringLiteral("expected an integer");
        QTest::newRow("string") << QByteArray(R"({"n":"42"})") << qint64(0) << qint64(99)
                                << qint64(0) << QStringLiteral("expected a number, got a string");
        QTest::newRow("null") << QByteArray(R"({"n":null})") << qint64(0) << qint64(99) << qint64(0)
                              << QStringLiteral("expected a number, got null");
        QTest::newRow("missing") << QByteArray(R"({})") << qint64(0) << qint64(99) << qint64(0)
                                 << QStringLiteral("required field is missing");
        QTest::newRow("below min") << QByteArray(R"({"n":-1})") << qint64(0) << qint64(99)
                                   << qint64(0) << QStringLiteral("must be between 0 and 99");
        QTest::newRow("above max") << QByteArray(R"({"n":100})") << qint64(0) << qint64(99)
                                   << qint64(0) << QStringLiteral("must be between 0 and 99");
        QTest::newRow("2^53 over 2^53-1")
            << QByteArray(R"({"n":9007199254740992})") << qint64(0) << big << qint64(0)
            << QStringLiteral("must be between 0 and 9007199254740991");
        // Read as a double this is 2^53 exactly; it must not pass as 2^53.
        QTest::newRow("2^53 + 1") << QByteArray(R"({"n":9007199254740993})") << qint64(0)
                                  << int64Max << qint64(0)
                                  << QStringLiteral("integer too large to be exact (beyond 2^53)");
        QTest::newRow("-(2^53 + 1)")
            << QByteArray(R"({"n":-9007199254740993})") << -int64Max << qint64(0) << qint64(0)
            << QStringLiteral("integer too large to be exact (beyond 2^53)");
        QTest::newRow("1e300") << QByteArray(R"({"n":1e300})") << qint64(0) << int64Max << qint64(0)
                               << QStringLiteral("integer too large to be exact (beyond 2^53)");
        QTest::newRow("int64 max literal")
            << QByteArray(R"({"n":9223372036854775807})") << qint64(0) << int64Max << qint64(0)
            << QStringLiteral("integer too large to be exact (beyond 2^53)");
    }
    void integers()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(qint64, expected);
        QFETCH(QString, error);
        JsonReader r(object(json.constData()), QStringLiteral("outer"));
        const qint64 n = r.integer(u"n", min, max);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QCOMPARE(n, expected);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, QStringLiteral("outer/n"));
            QCOMPARE(r.error().message, error);
        }
    }

    void optionalInteger()
    {
        JsonReader r(object(R"({"a":null,"c":3})"), QString());
        QCOMPARE(r.optInteger(u"a", 0, 9), std::nullopt);
        QCOMPARE(r.optInteger(u"b", 0, 9), std::nullopt);
        QCOMPARE(r.optInteger(u"c", 0, 9), std::optional<qint64>(3));
        r.rejectUnknownKeys();
        QVERIFY(r.ok());
        QCOMPARE(r.optInteger(u"c", 4, 9), std::nullopt);
        QCOMPARE(r.error().field, QStringLiteral("c"));
    }

    void rejectUnknownKeys()
    {
        // Keys read, whether present, absent or null, are known; the first unread one is named.
        JsonReader r(object(R"({"a":"x","b":null,"zz":1})"), QStringLiteral("body"));
        QCOMPARE(r.string(u"a"), QStringLiteral("x"));
        QCOMPARE(r.optString(u"b"), std::nullopt);
        QCOMPARE(r.optString(u"c"), std::nullopt);
        QVERIFY(r.ok());
        r.rejectUnknownKeys();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("body/zz"));
        QCOMPARE(r.error().message, QStringLiteral("unknown field"));

        JsonReader all(object(R"({"a":"x"})"), QString());
        (void)all.string(u"a");
        all.rejectUnknownKeys();
        QVERIFY(all.ok());
    }

    void firstErrorWins()
    {
        JsonReader r(object(R"({"a":1,"b":2})"), QString());
        (void)r.string(u"a");
        (void)r.string(u"b");
        r.fail(u"c", QStringLiteral("later"));
        QCOMPARE(r.error().field, QStringLiteral("a"));
        QCOMPARE(r.error().message, QStringLiteral("expected a string, got a number"));
        QVERIFY(!r.finish(1));
    }

    void notAnObject()
    {
        JsonReader r(QJsonValue(QJsonArray{1}), QStringLiteral("items/4"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("items/4"));
        QCOMPARE(r.error().message, QStringLiteral("expected an object, got an array"));
    }

    void patchString_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("isNull");
        QTest::addColumn<QString>("value");
        QTest::newRow("absent: unchanged") << QByteArray("{}") << false << false << QString();
        QTest::newRow("null: clear") << QByteArray(R"({"k":null})") << true << true << QString();
        QTest::newRow("string: set")
            << QByteArray(R"({"k":"v"})") << true << false << QStringLiteral("v");
        QTest::newRow("empty string: set")
            << QByteArray(R"({"k":""})") << true << false << QStringLiteral("");
    }
    void patchString()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, present);
        QFETCH(bool, isNull);
        QFETCH(QString, value);
        JsonReader r(object(json.constData()), QString());
        const auto patch = r.patchString(u"k");
        r.rejectUnknownKeys();
        QVERIFY(r.ok());
        QCOMPARE(patch.has_value(), present);
        if (present) {
            QCOMPARE(!patch->has_value(), isNull);
            if (!isNull)
                QCOMPARE(**patch, value);
        }
    }

    void patchStringWrongType()
    {
        JsonReader r(object(R"({"k":5})"), QStringLiteral("p"));
        (void)r.patchString(u"k");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("p/k"));
    }

    void nullableString()
    {
        JsonReader present(object(R"({"k":null})"), QString());
        QCOMPARE(present.nullableString(u"k"), std::nullopt);
        QVERIFY(present.ok());
        JsonReader set(object(R"({"k":"v"})"), QString());
        QCOMPARE(set.nullableString(u"k"), std::optional<QString>(QStringLiteral("v")));
        JsonReader absent(object("{}"), QString());
        (void)absent.nullableString(u"k");
        QVERIFY(!absent.ok());
        QCOMPARE(absent.error().field, QStringLiteral("k"));
    }

    void enumerations()
    {
        JsonReader r(object(R"({"one":"green","list":["red","green"],"none":null})"), QString());
        QCOMPARE(r.enumeration<Colour>(u"one"), Colour::Green);
        QCOMPARE(r.enumList<Colour>(u"list"), (QList<Colour>{Colour::Red, Colour::Green}));
        QCOMPARE(r.optEnumList<Colour>(u"none"), std::nullopt);
        QCOMPARE(r.optEnumList<Colour>(u"absent"), std::nullopt);
        QCOMPARE(r.optEnumeration<Colour>(u"none"), std::nullopt);
        QVERIFY(r.ok());

        JsonReader bad(object(R"({"list":["red","blue"]})"), QStringLiteral("x"));
        QCOMPARE(bad.optEnumList<Colour>(u"list"), std::nullopt);
        QCOMPARE(bad.error().field, QStringLiteral("x/list/1"));
        QCOMPARE(bad.error().message,
                 QStringLiteral("unknown value \"blue\" (expected one of: red, green)"));
    }

    void datesInReader()
    {
        JsonReader r(object(R"({"d":"2026-04-01","n":null,"t":"2026-04-01T09:00:00+09:00"})"),
                     QString());
        QCOMPARE(r.date(u"d"), QDate(2026, 4, 1));
        QCOMPARE(r.optDate(u"n"), std::nullopt);
        QCOMPARE(r.optDate(u"missing"), std::nullopt);
        QCOMPARE(r.dateTime(u"t"), utc(2026, 4, 1, 0, 0, 0));
        QVERIFY(r.ok());
        QCOMPARE(r.optDate(u"t"), std::nullopt);
        QCOMPARE(r.error().field, QStringLiteral("t"));
        QCOMPARE(nullable(std::optional<QDate>(QDate(2026, 4, 1))),
                 QJsonValue(QStringLiteral("2026-04-01")));
        QVERIFY(nullable(std::optional<QDate>()).isNull());
    }

    void requestObjectsAreStrict()
    {
        const QJsonObject json = object(R"({"in":{"a":"x","extra":1}})");
        JsonReader lenient(json, QString());
        QCOMPARE(lenient.object<Inner>(u"in").a, QStringLiteral("x"));
        QVERIFY(lenient.ok());
        JsonReader strict(json, QStringLiteral("body"));
        (void)strict.requestObject<Inner>(u"in");
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().field, QStringLiteral("body/in/extra"));
        JsonReader optional(object(R"({"in":null})"), QString());
        QVERIFY(!optional.optRequestObject<Inner>(u"in"));
        QVERIFY(optional.ok());
    }

    void checks()
    {
        QVERIFY(isSha256Hex(u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(!isSha256Hex(u"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
        QVERIFY(!isSha256Hex(u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85"));
        QVERIFY(!isSha256Hex(u"g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(isTimeZoneId(u"Asia/Tokyo"));
        QVERIFY(isTimeZoneId(u"UTC"));
        QVERIFY(isTimeZoneId(u"Etc/GMT+9"));
        QVERIFY(isTimeZoneId(u"America/Argentina/Buenos_Aires"));
        QVERIFY(!isTimeZoneId(u""));
        QVERIFY(!isTimeZoneId(u"Asia/"));
        QVERIFY(!isTimeZoneId(u"/etc/localtime"));
        QVERIFY(!isTimeZoneId(u"Asia//Tokyo"));
        QVERIFY(!isTimeZoneId(u"Asia/Tōkyō"));
        QVERIFY(!isTimeZoneId(u"../../etc/passwd"));
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
