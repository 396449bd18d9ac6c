#pragma once

// Editing JSON documents by path ("a/0/b") for the generated decoder tests: replace or remove
// a value, list every path, pick a value of the wrong type.

#include "domaincases.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace kanri::domain::test {

inline QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('/') + key;
}

// Returns `root` with the value at `path` ("a/0/b") replaced, or removed when `value` is
// undefined.
inline QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const qsizetype index = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, path.isEmpty() ? value : replaced(array.at(index), path, value));
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, path.isEmpty() ? value : replaced(object.value(head), path, value));
    return object;
}

inline QJsonObject with(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    return replaced(parseFixture(json), path.split(QLatin1Char('/')), value).toObject();
}

inline QJsonValue valueAt(QJsonValue value, const QString &path)
{
    for (const QString &part : path.split(QLatin1Char('/')))
        value = value.isArray() ? value.toArray().at(part.toInt()) : value.toObject().value(part);
    return value;
}

// Every path below `value`, depth first.
inline void collectPaths(const QJsonValue &value, const QString &prefix, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.append(join(prefix, it.key()));
            collectPaths(it.value(), join(prefix, it.key()), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            out.append(join(prefix, QString::number(i)));
            collectPaths(array.at(i), join(prefix, QString::number(i)), out);
        }
    }
}

inline QStringList allPaths(const QByteArray &json)
{
    QStringList out;
    collectPaths(parseFixture(json), QString(), out);
    return out;
}

// A value of another JSON type than `v`, which no decoder may accept in its place.
inline QJsonValue wrongTypeFor(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return 12345;
    case QJsonValue::Double:
        return QStringLiteral("12");
    case QJsonValue::Bool:
        return QStringLiteral("true");
    case QJsonValue::Array:
        return QJsonObject();
    case QJsonValue::Object:
        return QJsonArray();
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

} // namespace kanri::domain::test
