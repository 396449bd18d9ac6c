#include "json.h"

#include <QJsonDocument>

#include <cstring>

namespace kanri::domain {

namespace {

// Length of the valid UTF-8 prefix of `bytes` (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF).
qsizetype validUtf8Prefix(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += extra + 1;
    }
    return n;
}

// The JSON path ("a/3/b") of the value being read at byte `offset`, found by scanning the
// document up to there. Used only to name the field of a syntax or encoding error.
QString pathAt(const QByteArray &json, qsizetype offset)
{
    struct Level
    {
        bool isObject;
        QByteArray key;
        int index;
    };
    QList<Level> stack;
    QByteArray lastString;
    bool expectingKey = false;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            QByteArray text;
            qsizetype j = i + 1;
            for (; j < offset && j < json.size() && json.at(j) != '"'; ++j) {
                if (json.at(j) == '\\')
                    ++j;
                else
                    text.append(json.at(j));
            }
            if (!stack.isEmpty() && stack.last().isObject && expectingKey)
                stack.last().key = text;
            lastString = text;
            i = j;
        } else if (c == '{') {
            stack.append({true, {}, 0});
            expectingKey = true;
        } else if (c == '[') {
            stack.append({false, {}, 0});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectingKey = false;
        } else if (c == ':') {
            expectingKey = false;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().isObject) {
                    // Between members: an error here belongs to the object, not the last key.
                    expectingKey = true;
                    stack.last().key.clear();
                } else {
                    ++stack.last().index;
                }
            }
        }
    }
    QStringList parts;
    for (const Level &level : stack) {
        if (level.isObject) {
            if (!level.key.isEmpty())
                parts.append(QString::fromUtf8(level.key));
        } else {
            parts.append(QString::number(level.index));
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString joinPath(const QString &path, const QString &part)
{
    return path.isEmpty() ? part : path + QLatin1Char('/') + part;
}

// Qt's parser turns an unpaired "\ud800" escape into a QString that is not valid UTF-16 and
// would be written back as U+FFFD: refuse it like invalid UTF-8. Returns the path of the first
// offending key or value.
std::optional<QString> findInvalidUtf16(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        if (!QStringView(value.toString()).isValidUtf16())
            return path;
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto bad = findInvalidUtf16(array.at(i), joinPath(path, QString::number(i))))
                return bad;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!QStringView(it.key()).isValidUtf16())
                return path;
            if (auto bad = findInvalidUtf16(it.value(), joinPath(path, it.key())))
                return bad;
        }
    }
    return std::nullopt;
}

bool isAsciiDigits(QStringView text, qsizetype from, qsizetype count)
{
    if (from < 0 || from + count > text.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

int digitsValue(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text.at(i).unicode() - u'0');
    return value;
}

// "yyyy-MM-dd" with ASCII digits; the caller checks that the day exists.
bool hasDateShape(QStringView text)
{
    return text.size() >= 10 && isAsciiDigits(text, 0, 4) && text.at(4) == QLatin1Char('-')
           && isAsciiDigits(text, 5, 2) && text.at(7) == QLatin1Char('-')
           && isAsciiDigits(text, 8, 2);
}

} // namespace

Decoded<QJsonObject> parseObject(const QByteArray &json)
{
    const qsizetype valid = validUtf8Prefix(json);
    if (valid != json.size()) {
        return DecodeError{pathAt(json, valid),
                           QStringLiteral("invalid UTF-8 at byte %1").arg(valid)};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that made the document invalid.
        return DecodeError{pathAt(json, error.offset > 0 ? error.offset - 1 : 0),
                           QStringLiteral("malformed JSON at byte %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString())};
    }
    if (!document.isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object")};
    const QJsonObject object = document.object();
    if (auto bad = findInvalidUtf16(object, QString()))
        return DecodeError{*bad, QStringLiteral("invalid \\u escape: unpaired UTF-16 surrogate")};
    return object;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

// Writes "yyyy-MM-ddTHH:mm:ss[.zzz]Z" two digits at a time: every listed object carries several
// times, and Qt's format-string formatter dominated the cost of a page of users.
qsizetype writeDateTime(char *out, int year, int month, int day, int hour, int minute,
                        int second, int msec)
{
    static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                    "31323334353637383940414243444546474849505152535455565758596061"
                                    "62636465666768697071727374757677787980818283848586878889909192"
                                    "93949596979899";
    char *p = out;
    // Digit by digit for what is out of range (years before 1 or after 9999 from QDateTime).
    const auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        p += digits;
    };
    const auto put2 = [&p, &put](int value) {
        if (value < 0 || value > 99)
            return put(value, 2);
        std::memcpy(p, pairs + 2 * value, 2);
        p += 2;
    };
    if (year < 0 || year > 9999) {
        put(year, 4);
    } else {
        put2(year / 100);
        put2(year % 100);
    }
    *p++ = '-';
    put2(month);
    *p++ = '-';
    put2(day);
    *p++ = 'T';
    put2(hour);
    *p++ = ':';
    put2(minute);
    *p++ = ':';
    put2(second);
    if (msec != 0) {
        *p++ = '.';
        *p++ = static_cast<char>('0' + msec / 100);
        put2(msec % 100);
    }
    *p++ = 'Z';
    return p - out;
}

qsizetype writeDateTime(char *out, const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return writeDateTime(out, d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                         t.msec());
}

} // namespace

QString formatDateTime(const QDateTime &dateTime)
{
    char buffer[kDateTimeChars];
    return QString::fromLatin1(buffer, writeDateTime(buffer, dateTime));
}

UtcFields utcFields(UtcMs time)
{
    constexpr qint64 kDayMs = 86'400'000;
    const qint64 ms = time.time_since_epoch().count();
    qint64 days = ms / kDayMs;
    qint64 msOfDay = ms % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    // Days to civil date as in H. Hinnant's civil_from_days (eras of 400 years from 0000-03-01).
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    UtcFields f{};
    f.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    f.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    f.year = static_cast<int>(yoe + era * 400 + (f.month <= 2 ? 1 : 0));
    f.hour = static_cast<int>(msOfDay / 3'600'000);
    f.minute = static_cast<int>(msOfDay / 60'000 % 60);
    f.second = static_cast<int>(msOfDay / 1000 % 60);
    f.milli = static_cast<int>(msOfDay % 1000);
    return f;
}

qsizetype formatDateTime(UtcMs time, char *out)
{
    // 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, the years RFC 3339 writes in four
    // digits; anything else takes QDateTime's path, so both forms always agree.
    constexpr qint64 kFirstMs = -62'135'596'800'000;
    constexpr qint64 kEndMs = 253'402'300'800'000;
    const qint64 ms = time.time_since_epoch().count();
    if (ms < kFirstMs || ms >= kEndMs)
        return writeDateTime(out, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    const UtcFields f = utcFields(time);
    return writeDateTime(out, f.year, f.month, f.day, f.hour, f.minute, f.second, f.milli);
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    // RFC 3339 date-time: yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm). Checked by hand because
    // Qt's ISO parser also takes what RFC 3339 does not (no zone, "24:00", "2026/01/01", ",5").
    const qsizetype n = text.size();
    if (n < 20 || n > 35 || !hasDateShape(text))
        return std::nullopt;
    if ((text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t'))
        || !isAsciiDigits(text, 11, 2) || text.at(13) != QLatin1Char(':')
        || !isAsciiDigits(text, 14, 2) || text.at(16) != QLatin1Char(':')
        || !isAsciiDigits(text, 17, 2))
        return std::nullopt;
    qsizetype i = 19;
    int msec = 0;
    if (text.at(i) == QLatin1Char('.')) {
        const qsizetype start = ++i;
        while (i < n && isAsciiDigits(text, i, 1))
            ++i;
        if (i == start)
            return std::nullopt;
        // Milliseconds, truncated: rounding could carry into the next day.
        for (qsizetype k = start; k < start + 3; ++k)
            msec = msec * 10 + (k < i ? text.at(k).unicode() - u'0' : 0);
    }
    int offsetSeconds = 0;
    if (i + 1 == n && (text.at(i) == QLatin1Char('Z') || text.at(i) == QLatin1Char('z'))) {
        offsetSeconds = 0;
    } else if (i + 6 == n && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))
               && isAsciiDigits(text, i + 1, 2) && text.at(i + 3) == QLatin1Char(':')
               && isAsciiDigits(text, i + 4, 2)) {
        const int hours = digitsValue(text, i + 1, 2);
        const int minutes = digitsValue(text, i + 4, 2);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (text.at(i) == QLatin1Char('-') ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(digitsValue(text, 0, 4), digitsValue(text, 5, 2), digitsValue(text, 8, 2));
    const int hour = digitsValue(text, 11, 2);
    const int minute = digitsValue(text, 14, 2);
    const int second = digitsValue(text, 17, 2);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QDateTime utc =
        QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC).addSecs(-offsetSeconds);
    // Only years formatDateTime can write back as four digits.
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || !hasDateShape(text))
        return std::nullopt;
    const QDate date(digitsValue(text, 0, 4), digitsValue(text, 5, 2), digitsValue(text, 8, 2));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(formatDateTime(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<QDate> &value)
{
    return value ? QJsonValue(formatDate(*value)) : QJsonValue(QJsonValue::Null);
}

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

bool isTimeZoneId(QStringView text)
{
    if (text.isEmpty() || text.size() > 64 || text.front() == QLatin1Char('/')
        || text.back() == QLatin1Char('/') || text.contains(QLatin1StringView("//")))
        return false;
    for (QChar c : text) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('/') || c == QLatin1Char('_') || c == QLatin1Char('-')
                        || c == QLatin1Char('+');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace kanri::domain
