#pragma once

#include "decoded.h"
#include "enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <limits>
#include <optional>

namespace kanri::domain {

// Parses a JSON document whose top level must be an object. Invalid UTF-8, unpaired surrogate
// escapes ("\ud800") and syntax errors are reported with the path of the field they occur in.
Decoded<QJsonObject> parseObject(const QByteArray &json);

// Serialises compactly (what goes on the wire).
QByteArray toBytes(const QJsonObject &object);

// A time as the service's store keeps it: milliseconds since the Unix epoch, UTC.
using UtcMs = std::chrono::sys_time<std::chrono::milliseconds>;

// The calendar fields of a UTC time in the proleptic Gregorian calendar, without a QDateTime
// (for writers that format many times: pages of users, log exports).
struct UtcFields
{
    int year, month, day, hour, minute, second, milli;
};
UtcFields utcFields(UtcMs time);

// RFC 3339 on the wire: UTC with a "Z", milliseconds only when present.
QString formatDateTime(const QDateTime &dateTime);
// The same text written into `out` (at least kDateTimeChars bytes) without a QDateTime, for
// the hot paths; returns its length.
inline constexpr qsizetype kDateTimeChars = 32;
qsizetype formatDateTime(UtcMs time, char *out);
std::optional<QDateTime> parseDateTime(QStringView text);
QString formatDate(QDate date);
std::optional<QDate> parseDate(QStringView text);

QJsonValue nullable(const std::optional<QString> &value);
QJsonValue nullable(const std::optional<QDateTime> &value);
QJsonValue nullable(const std::optional<qint64> &value);
QJsonValue nullable(const std::optional<QDate> &value);

// Checks shared by several decoders.
bool isSha256Hex(QStringView text);   // 64 lowercase hex digits
bool isTimeZoneId(QStringView text);  // the shape of an IANA id: "Asia/Tokyo", "UTC", "Etc/GMT+9"

// Reads the fields of one JSON object, remembering the first error. After an error every
// further read is a no-op returning a default value, so decoders read straight through and
// check once at the end:
//
//   JsonReader r(json, path);
//   User u;
//   u.id = r.string(u"id");
//   ...
//   return r.finish(std::move(u));
class JsonReader
{
public:
    JsonReader(const QJsonValue &value, const QString &path);

    bool ok() const { return !m_error.has_value(); }
    const DecodeError &error() const { return *m_error; }

    // Present and non-null.
    QString string(QStringView key);
    // Absent or null → nullopt.
    std::optional<QString> optString(QStringView key);
    bool boolean(QStringView key);
    std::optional<bool> optBoolean(QStringView key);
    qint64 integer(QStringView key, qint64 min = std::numeric_limits<qint32>::min(),
                   qint64 max = std::numeric_limits<qint32>::max());
    std::optional<qint64> optInteger(QStringView key,
                                     qint64 min = std::numeric_limits<qint32>::min(),
                                     qint64 max = std::numeric_limits<qint32>::max());
    QDateTime dateTime(QStringView key);
    std::optional<QDateTime> optDateTime(QStringView key);
    QDate date(QStringView key);
    std::optional<QDate> optDate(QStringView key);
    QStringList stringList(QStringView key);
    QMap<QString, QString> stringMap(QStringView key);
    // Present, a string or null: for request fields whose null means something ("parent_id":
    // null = top level) and must therefore be sent explicitly.
    std::optional<QString> nullableString(QStringView key);
    // For PATCH bodies: absent → nullopt; present null → optional holding nullopt.
    std::optional<std::optional<QString>> patchString(QStringView key);

    template<typename E>
    E enumeration(QStringView key)
    {
        return parseEnum<E>(key, require(key, QJsonValue::String)).value_or(E{});
    }
    template<typename E>
    std::optional<E> optEnumeration(QStringView key)
    {
        return parseEnum<E>(key, optional(key, QJsonValue::String));
    }
    template<typename E>
    QList<E> enumList(QStringView key)
    {
        return readEnums<E>(key, require(key, QJsonValue::Array).toArray());
    }
    // Absent or null → nullopt (an empty array is a value).
    template<typename E>
    std::optional<QList<E>> optEnumList(QStringView key)
    {
        const QJsonValue v = optional(key, QJsonValue::Array);
        if (!v.isArray())
            return std::nullopt;
        QList<E> out = readEnums<E>(key, v.toArray());
        if (!ok())
            return std::nullopt;
        return out;
    }

    // Nested object decoded by T::fromJson.
    template<typename T>
    T object(QStringView key)
    {
        return decodeChild<T>(key, require(key, QJsonValue::Object), &T::fromJson).value_or(T{});
    }
    template<typename T>
    std::optional<T> optObject(QStringView key)
    {
        return decodeChild<T>(key, optional(key, QJsonValue::Object), &T::fromJson);
    }
    // Nested object inside a request body, decoded by T::fromRequestJson, which refuses
    // unknown keys as the body itself does (the same type in a response tolerates them).
    template<typename T>
    T requestObject(QStringView key)
    {
        return decodeChild<T>(key, require(key, QJsonValue::Object), &T::fromRequestJson)
            .value_or(T{});
    }
    template<typename T>
    std::optional<T> optRequestObject(QStringView key)
    {
        return decodeChild<T>(key, optional(key, QJsonValue::Object), &T::fromRequestJson);
    }
    template<typename T>
    QList<T> list(QStringView key)
    {
        QList<T> out;
        const QJsonArray array = require(key, QJsonValue::Array).toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; ok() && i < array.size(); ++i) {
            auto decoded =
                T::fromJson(array.at(i), childPath(QStringLiteral("%1/%2").arg(key).arg(i)));
            if (!decoded) {
                m_error = decoded.error();
                break;
            }
            out.append(std::move(decoded).value());
        }
        return out;
    }

    // Refuses keys that no read asked for: for request bodies, where a misspelt field must
    // not be ignored silently.
    void rejectUnknownKeys();

    // A custom rule failed on a field that was read successfully.
    void fail(QStringView key, const QString &message);

    template<typename T>
    Decoded<T> finish(T value)
    {
        if (m_error)
            return *m_error;
        return Decoded<T>(std::move(value));
    }

private:
    QJsonValue require(QStringView key, QJsonValue::Type type);
    QJsonValue optional(QStringView key, QJsonValue::Type type);
    QString childPath(QStringView key) const;
    void failType(QStringView key, QJsonValue::Type expected);

    template<typename E>
    std::optional<E> parseEnum(QStringView key, const QJsonValue &value)
    {
        if (!ok() || !value.isString())
            return std::nullopt;
        if (auto v = fromWire<E>(value.toString()))
            return v;
        failEnum<E>(key, value.toString());
        return std::nullopt;
    }
    template<typename E>
    void failEnum(QStringView key, const QString &got)
    {
        fail(key, QStringLiteral("unknown value \"%1\" (expected one of: %2)")
                      .arg(got.left(40), wireNames<E>().join(QStringLiteral(", "))));
    }
    template<typename E>
    QList<E> readEnums(QStringView key, const QJsonArray &array)
    {
        QList<E> out;
        for (qsizetype i = 0; ok() && i < array.size(); ++i) {
            const QString item = QStringLiteral("%1/%2").arg(key).arg(i);
            if (!array.at(i).isString()) {
                fail(item, QStringLiteral("expected a string"));
                break;
            }
            if (auto v = fromWire<E>(array.at(i).toString()))
                out.append(*v);
            else
                failEnum<E>(item, array.at(i).toString());
        }
        return out;
    }
    template<typename T, typename Decode>
    std::optional<T> decodeChild(QStringView key, const QJsonValue &value, Decode decode)
    {
        if (!ok() || !value.isObject())
            return std::nullopt;
        auto decoded = decode(value, childPath(key));
        if (!decoded) {
            m_error = decoded.error();
            return std::nullopt;
        }
        return std::move(decoded).value();
    }

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    std::optional<DecodeError> m_error;
};

// Decodes a JSON array of T, naming the index of the first bad element.
template<typename T>
Decoded<QList<T>> decodeList(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return DecodeError{path, QStringLiteral("expected an array")};
    QList<T> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item =
            path.isEmpty() ? QString::number(i) : QStringLiteral("%1/%2").arg(path).arg(i);
        auto decoded = T::fromJson(array.at(i), item);
        if (!decoded)
            return decoded.error();
        out.append(std::move(decoded).value());
    }
    return out;
}

// Decodes a whole response body of type T.
template<typename T>
Decoded<T> decodeBody(const QByteArray &json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    return T::fromJson(*object, QString());
}

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template<typename E>
QJsonArray enumArray(const QList<E> &items)
{
    QJsonArray array;
    for (E item : items)
        array.append(toWire(item));
    return array;
}

} // namespace kanri::domain
