#include "auth.h"

namespace kanri::domain {

namespace {
// A token lifetime: up to ten years, far beyond any sensible configuration.
constexpr qint64 kMaxLifetimeSeconds = 10LL * 366 * 24 * 3600;

bool isBase32(QStringView text)
{
    // RFC 4648 alphabet, optional '=' padding at the end; lower case tolerated.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char('='))
        --end;
    if (end == 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('2') && c <= QLatin1Char('7'));
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

bool isTotpCode(QStringView text)
{
    if (text.size() != 6)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Decoded<LoginRequest> LoginRequest::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LoginRequest l;
    l.login = r.string(u"login");
    l.password = r.string(u"password");
    l.totp = r.optString(u"totp");
    if (l.totp && !isTotpCode(*l.totp))
        r.fail(u"totp", QStringLiteral("must be six digits"));
    r.rejectUnknownKeys();
    return r.finish(std::move(l));
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (totp)
        o.insert(QStringLiteral("totp"), *totp);
    return o;
}

Decoded<RefreshRequest> RefreshRequest::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    RefreshRequest q;
    q.refreshToken = r.string(u"refresh_token");
    r.rejectUnknownKeys();
    return r.finish(std::move(q));
}

QJsonObject RefreshRequest::toJson() const
{
    return {{QStringLiteral("refresh_token"), refreshToken}};
}

Decoded<LogoutRequest> LogoutRequest::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    LogoutRequest q;
    q.refreshToken = r.optString(u"refresh_token");
    r.rejectUnknownKeys();
    return r.finish(std::move(q));
}

QJsonObject LogoutRequest::toJson() const
{
    QJsonObject o;
    if (refreshToken)
        o.insert(QStringLiteral("refresh_token"), *refreshToken);
    return o;
}

Decoded<TokenResponse> TokenResponse::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    TokenResponse t;
    t.accessToken = r.string(u"access_token");
    t.refreshToken = r.string(u"refresh_token");
    t.tokenType = r.string(u"token_type");
    // RFC 6749 §5.1: the token type is case-insensitive.
    if (r.ok() && t.tokenType.compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) != 0)
        r.fail(u"token_type", QStringLiteral("expected \"Bearer\""));
    t.expiresIn = r.integer(u"expires_in", 0, kMaxLifetimeSeconds);
    t.refreshExpiresIn = r.integer(u"refresh_expires_in", 0, kMaxLifetimeSeconds);
    return r.finish(std::move(t));
}

QJsonObject TokenResponse::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("token_type"), tokenType},
            {QStringLiteral("expires_in"), expiresIn},
            {QStringLiteral("refresh_expires_in"), refreshExpiresIn}};
}

Decoded<Me> Me::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Me m;
    m.user = r.object<User>(u"user");
    m.tenantId = r.string(u"tenant_id");
    m.tenantName = r.string(u"tenant_name");
    m.adminLevel = r.enumeration<AdminLevel>(u"admin_level");
    m.roleIds = r.stringList(u"role_ids");
    m.totpEnrolled = r.boolean(u"totp_enrolled");
    return r.finish(std::move(m));
}

QJsonObject Me::toJson() const
{
    return {{QStringLiteral("user"), user.toJson()},
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("tenant_name"), tenantName},
            {QStringLiteral("admin_level"), toWire(adminLevel)},
            {QStringLiteral("role_ids"), QJsonArray::fromStringList(roleIds)},
            {QStringLiteral("totp_enrolled"), totpEnrolled}};
}

Decoded<TotpEnrollment> TotpEnrollment::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    TotpEnrollment e;
    e.secret = r.string(u"secret");
    if (r.ok() && !isBase32(e.secret))
        r.fail(u"secret", QStringLiteral("expected base32 (A-Z, 2-7)"));
    e.otpauthUri = r.string(u"otpauth_uri");
    if (r.ok() && !e.otpauthUri.startsWith(QLatin1StringView("otpauth://")))
        r.fail(u"otpauth_uri", QStringLiteral("expected an otpauth:// URI"));
    return r.finish(std::move(e));
}

QJsonObject TotpEnrollment::toJson() const
{
    return {{QStringLiteral("secret"), secret}, {QStringLiteral("otpauth_uri"), otpauthUri}};
}

Decoded<TotpConfirm> TotpConfirm::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    TotpConfirm c;
    c.code = r.string(u"code");
    if (r.ok() && !isTotpCode(c.code))
        r.fail(u"code", QStringLiteral("must be six digits"));
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject TotpConfirm::toJson() const
{
    return {{QStringLiteral("code"), code}};
}

} // namespace kanri::domain
