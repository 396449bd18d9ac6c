#pragma once

// What tst_authzmatrix needs besides its table: the callers, the places objects lie in, and a
// TOTP code generator (to confirm an enrolment as a real client would).

#include "servicefixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <array>

namespace kanri::test::matrix {

// The callers, one column each: the five demo roles, the other tenant's contract
// administrator and a request without a token.
enum Who : std::size_t
{
    Contract,
    Admin,
    General,
    Guest,
    Drone,
    OtherTenant,
    NoToken,
    kCallers
};
inline constexpr std::array<const char *, kCallers> kCallerNames{
    "keiyaku@demo", "kanri@demo",    "ippan@demo", "guest@demo",
    "drone@demo",   "keiyaku@other", "(no token)"};
inline constexpr std::array<const char *, kCallers> kLogins{
    "keiyaku@demo.example", "kanri@demo.example",    "ippan@demo.example", "guest@demo.example",
    "drone@demo.example",   "keiyaku@other.example", "ippan@demo.example"};

// Where a row's object lies: inside kanri@'s folder (関東支店 › 東京営業所, where ippan@ works),
// outside it (公共測量, where guest@ looks), in the tenant "other", or nowhere (collections).
enum Target : std::size_t
{
    None,
    In,
    Out,
    Other
};
inline constexpr std::array<const char *, 4> kTargetNames{"-", "in", "out", "other"};

// Expected answers. Plain numbers are statuses; the negative ones are 403 with a problem type.
inline constexpr int NotAdmin = -1;  // 403 not-admin
inline constexpr int Forbidden = -2; // 403 forbidden
inline constexpr int NoOption = -3;  // 403 option-not-purchased
// 204; or 409 when the log export to cancel was generated before the cancel arrived (the
// generator may finish a small export within milliseconds): the test then checks its state.
inline constexpr int Cancelled = -4;
using Cells = std::array<int, kCallers>;

// An admin route: the three demo users without admin rights get 403 not-admin.
constexpr Cells admin(int contract, int administrator, int other)
{
    return {contract, administrator, NotAdmin, NotAdmin, NotAdmin, other, 401};
}
// A route for every signed-in caller.
constexpr Cells signedIn(int contract, int administrator, int general, int guest, int drone,
                         int other)
{
    return {contract, administrator, general, guest, drone, other, 401};
}
constexpr Cells everyone(int status)
{
    return {status, status, status, status, status, status, status};
}

inline QString describe(int expected)
{
    switch (expected) {
    case NotAdmin:
        return QStringLiteral("403 not-admin");
    case Forbidden:
        return QStringLiteral("403 forbidden");
    case NoOption:
        return QStringLiteral("403 option-not-purchased");
    case Cancelled:
        return QStringLiteral("204 (or 409 once generated)");
    default:
        return QString::number(expected);
    }
}

// Whether `answer` is what `expected` says.
inline bool matches(int expected, const HttpAnswer &answer)
{
    switch (expected) {
    case NotAdmin:
        return answer.status == 403 && answer.problem() == QLatin1StringView("not-admin");
    case Forbidden:
        return answer.status == 403 && answer.problem() == QLatin1StringView("forbidden");
    case NoOption:
        return answer.status == 403 &&
               answer.problem() == QLatin1StringView("option-not-purchased");
    case Cancelled:
        return answer.status == 204 ||
               (answer.status == 409 && answer.problem() == QLatin1StringView("conflict"));
    default:
        return answer.status == expected;
    }
}

// The current TOTP code (RFC 6238: SHA-1, 30 s, 6 digits) for a base32 secret.
inline QString totpCode(const QString &base32Secret)
{
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret) {
        const int value = c.isUpper()   ? c.unicode() - 'A'
                          : c.isLower() ? c.unicode() - 'a'
                          : (c >= QLatin1Char('2') && c <= QLatin1Char('7'))
                              ? c.unicode() - '2' + 26
                              : -1;
        if (value < 0)
            continue;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    const quint64 step = static_cast<quint64>(QDateTime::currentSecsSinceEpoch() / 30);
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(step, counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac.at(offset) & 0x7f) << 24) |
                           (static_cast<quint32>(mac.at(offset + 1) & 0xff) << 16) |
                           (static_cast<quint32>(mac.at(offset + 2) & 0xff) << 8) |
                           static_cast<quint32>(mac.at(offset + 3) & 0xff);
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Every item of a plain list, following next_cursor (empty on an error).
inline QJsonArray listAll(ServiceFixture &svc, const QString &path, const QString &token)
{
    QJsonArray items;
    QString cursor;
    const QChar join = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer a = svc.get(
            path + join + QStringLiteral("limit=1000") +
                (cursor.isEmpty() ? QString()
                                  : QStringLiteral("&cursor=") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(cursor))),
            token);
        if (a.status != 200)
            return {};
        for (const QJsonValue &v : a.json().value(QStringLiteral("items")).toArray())
            items.append(v);
        cursor = a.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return items;
}

} // namespace kanri::test::matrix
