// JsonReader: reading the fields of one JSON object, first error wins.
#include "json.h"

#include <cmath>
#include <variant>

namespace kanri::domain {

namespace {

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

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : m_path(path)
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = DecodeError{
            path, QStringLiteral("expected an object, got %1").arg(typeName(value.type()))};
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

std::optional<QString> JsonReader::nullableString(QStringView key)
{
    if (ok() && !m_object.contains(key)) {
        m_read.insert(key.toString());
        fail(key, QStringLiteral("required field is missing (null is allowed)"));
        return std::nullopt;
    }
    return optString(key);
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
// Integers beyond ±2^53 cannot be told apart from their neighbours once a JSON client has read
// them as doubles, so the wire carries none.
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

enum class IntegerError { NotIntegral, TooLarge };

std::variant<qint64, IntegerError> toInteger(const QJsonValue &value)
{
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return IntegerError::NotIntegral;
    if (std::fabs(d) > static_cast<double>(kMaxExactInteger))
        return IntegerError::TooLarge;
    // Qt keeps integral literals as qint64: 2^53 + 1 arrives exactly here, while its double
    // above rounded to 2^53.
    const qint64 n = value.toInteger();
    if (n > kMaxExactInteger || n < -kMaxExactInteger)
        return IntegerError::TooLarge;
    return n;
}
} // namespace

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue v = require(key, QJsonValue::Double);
    if (!ok())
        return 0;
    const auto n = toInteger(v);
    if (std::holds_alternative<IntegerError>(n)) {
        fail(key, std::get<IntegerError>(n) == IntegerError::NotIntegral
                      ? QStringLiteral("expected an integer")
                      : QStringLiteral("integer too large to be exact (beyond 2^53)"));
        return 0;
    }
    const qint64 value = std::get<qint64>(n);
    if (value < min || value > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return value;
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
    const qint64 value = integer(key, min, max);
    if (!ok())
        return std::nullopt;
    return value;
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QJsonValue v = require(key, QJsonValue::String);
    if (!ok())
        return {};
    if (auto parsed = parseDateTime(v.toString()))
        return *parsed;
    fail(key, QStringLiteral(
                  "expected an RFC 3339 date-time with a time zone, such as 2026-04-01T09:00:00Z"));
    return {};
}

std::optional<QDateTime> JsonReader::optDateTime(QStringView key)
{
    const QJsonValue v = optional(key, QJsonValue::String);
    if (!v.isString())
        return std::nullopt;
    if (auto parsed = parseDateTime(v.toString()))
        return parsed;
    fail(key, QStringLiteral(
                  "expected an RFC 3339 date-time with a time zone, such as 2026-04-01T09:00:00Z"));
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

std::optional<QDate> JsonReader::optDate(QStringView key)
{
    const QJsonValue v = optional(key, QJsonValue::String);
    if (!v.isString())
        return std::nullopt;
    if (auto parsed = parseDate(v.toString()))
        return parsed;
    fail(key, QStringLiteral("expected a date such as 2026-04-01"));
    return std::nullopt;
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
            fail(QString(key.toString() + QLatin1Char('/') + it.key()),
                 QStringLiteral("expected a string"));
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
