#include "json.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QTimeZone>

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
                if (stack.last().isObject)
                    expectingKey = true;
                else
                    ++stack.last().index;
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

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("a value");
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
        return DecodeError{pathAt(json, error.offset),
                           QStringLiteral("malformed JSON at byte %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString())};
    }
    if (!document.isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object")};
    return document.object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString formatDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const bool hasMs = utc.time().msec() != 0;
    return utc.toString(hasMs ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                              : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    // RFC 3339 requires a full date, a time and an explicit offset ("Z" or ±hh:mm).
    if (text.size() < 20 || text.size() > 35 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QChar last = text.back();
    const bool zulu = last == QLatin1Char('Z');
    const bool offset = text.size() >= 25
                        && (text.at(text.size() - 6) == QLatin1Char('+')
                            || text.at(text.size() - 6) == QLatin1Char('-'))
                        && text.at(text.size() - 3) == QLatin1Char(':');
    if (!zulu && !offset)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toUTC();
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
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

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : m_path(path)
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = DecodeError{path, QStringLiteral("expected an object, got %1").arg(typeName(value.type()))};
}

QString JsonReader::childPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + QLatin1Char('/') + key;
}

void JsonReader::fail(QStringView key, const QString &message)
{
    if (!m_error)
        m_error = DecodeError{childPath(key), message};
}

void JsonReader::failType(QStringView key, QJsonValue::Type expected)
{
    const QJsonValue got = m_object.value(key);
    fail(key, QStringLiteral("expected %1, got %2").arg(typeName(expected), typeName(got.type())));
}

QJsonValue JsonReader::require(QStringView key, QJsonValue::Type type)
{
    if (!ok())
        return {};
    m_read.insert(key.toString());
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, QStringLiteral("required field is missing"));
        return {};
    }
    if (it->type() != type) {
        failType(key, type);
        return {};
    }
    return *it;
}

QJsonValue JsonReader::optional(QStringView key, QJsonValue::Type type)
{
    if (!ok())
        return {};
    m_read.insert(key.toString());
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull())
        return {};
    if (it->type() != type) {
        failType(key, type);
        return {};
    }
    return *it;
}

QString JsonReader::string(QStringView key)
{
    return require(key, QJsonValue::String).toString();
}

std::optional<QString> JsonReader::optString(QStringView key)
{
    const QJsonValue v = optional(key, QJsonValue::String);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<std::optional<QString>> JsonReader::patchString(QStringView key)
{
    if (!ok() || !m_object.contains(key)) {
        m_read.insert(key.toString());
        return std::nullopt;
    }
    return optString(key);
}

bool JsonReader::boolean(QStringView key)
{
    return require(key, QJsonValue::Bool).toBool();
}

std::optional<bool> JsonReader::optBoolean(QStringView key)
{
    const QJsonValue v = optional(key, QJsonValue::Bool);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

namespace {
std::optional<qint64> toInteger(double d)
{
    // Integers beyond 2^53 cannot be represented exactly in a JSON number read as double.
    constexpr double limit = 9007199254740992.0;
    if (d != d || d < -limit || d > limit || static_cast<double>(static_cast<qint64>(d)) != d)
        return std::nullopt;
    return static_cast<qint64>(d);
}
} // namespace

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue v = require(key, QJsonValue::Double);
    if (!ok())
        return 0;
    const auto n = toInteger(v.toDouble());
    if (!n) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    if (*n < min || *n > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return *n;
}

std::optional<qint64> JsonReader::optInteger(QStringView key, qint64 min, qint64 max)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        m_read.insert(key.toString());
        return std::nullopt;
    }
    return integer(key, min, max);
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QJsonValue v = require(key, QJsonValue::String);
    if (!ok())
        return {};
    if (auto parsed = parseDateTime(v.toString()))
        return *parsed;
    fail(key, QStringLiteral("expected an RFC 3339 date-time with a time zone, such as 2026-04-01T09:00:00Z"));
    return {};
}

std::optional<QDateTime> JsonReader::optDateTime(QStringView key)
{
    const QJsonValue v = optional(key, QJsonValue::String);
    if (!v.isString())
        return std::nullopt;
    if (auto parsed = parseDateTime(v.toString()))
        return parsed;
    fail(key, QStringLiteral("expected an RFC 3339 date-time with a time zone, such as 2026-04-01T09:00:00Z"));
    return std::nullopt;
}

QDate JsonReader::date(QStringView key)
{
    const QJsonValue v = require(key, QJsonValue::String);
    if (!ok())
        return {};
    if (auto parsed = parseDate(v.toString()))
        return *parsed;
    fail(key, QStringLiteral("expected a date such as 2026-04-01"));
    return {};
}

QStringList JsonReader::stringList(QStringView key)
{
    QStringList out;
    const QJsonArray array = require(key, QJsonValue::Array).toArray();
    for (qsizetype i = 0; ok() && i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1/%2").arg(key).arg(i), QStringLiteral("expected a string"));
            break;
        }
        out.append(array.at(i).toString());
    }
    return out;
}

QMap<QString, QString> JsonReader::stringMap(QStringView key)
{
    QMap<QString, QString> out;
    const QJsonObject object = require(key, QJsonValue::Object).toObject();
    for (auto it = object.begin(); ok() && it != object.end(); ++it) {
        if (!it->isString()) {
            fail(QString(key.toString() + QLatin1Char('/') + it.key()), QStringLiteral("expected a string"));
            break;
        }
        out.insert(it.key(), it->toString());
    }
    return out;
}

void JsonReader::rejectUnknownKeys()
{
    if (!ok())
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), QStringLiteral("unknown field"));
            return;
        }
    }
}

} // namespace kanri::domain
