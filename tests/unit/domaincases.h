#pragma once

// Fixtures for tst_domain: for every API type a fully populated value and a minimal one (all
// optional fields absent or null), each with the exact JSON the service puts on the wire, plus
// what the model says about its fields. tst_domain derives its data-driven rows from these.
#include "domain/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kanri::domain::test {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0);
// Test data must be valid JSON: parses with Qt directly and aborts the test on a typo.
QJsonObject parseFixture(const QByteArray &json);

struct DomainCase
{
    QString name;
    bool request = false; // request bodies refuse unknown keys, at every level
    QByteArray fullJson;
    QByteArray minimalJson;
    QStringList required;      // paths in fullJson whose removal must fail naming that path
    QStringList enums;         // paths in fullJson holding enum values
    QStringList explicitNulls; // nulls in minimalJson that must be sent, not omitted
    QStringList maps;          // objects in fullJson that are string maps, not records

    // The error decoding `json` gives, nullopt when it decodes.
    std::function<std::optional<DecodeError>(const QJsonObject &json)> decodeError;
    // toJson() of the full or the minimal value.
    std::function<QJsonObject(bool full)> encode;
    // Empty when `json` decodes to the full or minimal value; otherwise what went wrong.
    std::function<QString(const QJsonObject &json, bool full)> mismatch;
    // Empty when the decoded value survives toJson → toBytes → decode unchanged.
    std::function<QString(const QJsonObject &json)> roundTrip;
};

template<typename T>
struct Fixture
{
    T full{};
    QByteArray fullJson{};
    T minimal{};
    QByteArray minimalJson{};
    QStringList required{};
    QStringList enums{};
    QStringList explicitNulls{};
    QStringList maps{};
};

template<typename T>
DomainCase makeCase(const char *name, bool request, const Fixture<T> &f)
{
    DomainCase c;
    c.name = QString::fromLatin1(name);
    c.request = request;
    c.fullJson = f.fullJson;
    c.minimalJson = f.minimalJson;
    c.required = f.required;
    c.enums = f.enums;
    c.explicitNulls = f.explicitNulls;
    c.maps = f.maps;
    const T full = f.full;
    const T minimal = f.minimal;
    c.decodeError = [](const QJsonObject &json) -> std::optional<DecodeError> {
        const Decoded<T> decoded = T::fromJson(json, QString());
        if (decoded)
            return std::nullopt;
        return decoded.error();
    };
    c.encode = [full, minimal](bool isFull) { return (isFull ? full : minimal).toJson(); };
    c.mismatch = [full, minimal](const QJsonObject &json, bool isFull) -> QString {
        const Decoded<T> decoded = T::fromJson(json, QString());
        if (!decoded)
            return QStringLiteral("does not decode: ") + decoded.error().toString();
        if (!(*decoded == (isFull ? full : minimal)))
            return QStringLiteral("decodes to a different value, which encodes as ")
                   + QString::fromUtf8(toBytes(decoded->toJson()));
        return {};
    };
    c.roundTrip = [](const QJsonObject &json) -> QString {
        const Decoded<T> first = T::fromJson(json, QString());
        if (!first)
            return QStringLiteral("does not decode: ") + first.error().toString();
        const QByteArray bytes = toBytes(first->toJson());
        const Decoded<T> second = decodeBody<T>(bytes);
        if (!second)
            return QStringLiteral("re-encoded form does not decode: ") + second.error().toString();
        if (!(*second == *first))
            return QStringLiteral("value changed in the round trip: ") + QString::fromUtf8(bytes);
        return {};
    };
    return c;
}

template<typename T>
DomainCase responseCase(const char *name, const Fixture<T> &f)
{
    return makeCase(name, false, f);
}

template<typename T>
DomainCase requestCase(const char *name, const Fixture<T> &f)
{
    return makeCase(name, true, f);
}

// Values shared between fixtures (a User inside Me and inside Page<User>, ...).
User fullUser();
User minimalUser();
QByteArray fullUserJson();
QByteArray minimalUserJson();
RoleAssignment fullRoleAssignment();
RoleAssignment minimalRoleAssignment();
QByteArray fullRoleAssignmentJson();
QByteArray minimalRoleAssignmentJson();
File fullFile();
QByteArray fullFileJson();

QList<DomainCase> coreCases();     // common.h, user.h, auth.h, tenant.h
QList<DomainCase> accessCases();   // role.h, asset.h, label.h
QList<DomainCase> activityCases(); // usage.h, notice.h, logexport.h, pages

} // namespace kanri::domain::test
