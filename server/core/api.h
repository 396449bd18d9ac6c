#pragma once

#include "core/config.h"
#include "core/logs.h"
#include "core/ratelimiter.h"
#include "core/storeutil.h"
#include "http/router.h"
#include "rbac/principal.h"

#include "domain/json.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace kanri::server {

class Database;

// What every route handler may use besides its request.
struct ServiceContext
{
    Database &database;
    ServiceConfig config;
};

// One authenticated request: the request, who makes it, and the shared context.
class Call
{
public:
    Call(const Request &request, Principal principal, ServiceContext &context);

    const Request &request;
    const Principal principal;
    ServiceContext &context;
    const qint64 now;

    QSqlDatabase db() const;
    // Where the caller administers (computed once per request, on first use).
    const ScopeSet &administered();
    // The caller's tenant's change counter: the watermark of "everything so far".
    qint64 currentSeq() const;

    // Decodes the JSON body as T (request types refuse unknown members).
    template<typename T>
    domain::Decoded<T> body() const
    {
        auto object = domain::parseObject(request.body);
        if (!object)
            return object.error();
        return T::fromJson(*object, QString());
    }

    // Writes an operation log row for this caller (inside the current transaction).
    void audit(const QString &action, const QString &target, const QString &details = {},
               const QString &result = QStringLiteral("ok")) const;

private:
    std::optional<ScopeSet> m_administered;
};

// 400 for a body that did not decode: malformed-json when it is not JSON at all, validation
// naming the field otherwise.
Response invalidBody(const domain::DecodeError &error);
Response validationError(const QString &field, const QString &message);
Response notFound();
Response forbidden(const QString &detail);
Response conflict(const QString &detail);
// 500: the store could not read or write; the request's transaction rolls back.
Response storageFailure();
Response jsonWithEtag(const QJsonObject &object, const QString &etag, int status = 200);

// If-Match against the current entity tag: 428 when missing, 412 (with `current`) when stale.
std::optional<Response> checkIfMatch(const Request &request, const QString &etag,
                                     const QJsonObject &current);

// Registers routes with the checks every route of its kind shares.
class Api
{
public:
    using PublicHandler = std::function<Response(const Request &)>;
    using Handler = std::function<Response(Call &)>;

    enum class Access {
        SignedIn, // any role (the /auth/* and /notices* routes)
        Admin,    // contract administrators and administrators; others get 403 not-admin
    };
    enum class Create { No, Idempotent };

    Api(Router &router, ServiceContext &context);

    void publicRoute(Method method, const QString &pattern, PublicHandler handler);
    void route(Method method, const QString &pattern, Access access, Handler handler,
               Create create = Create::No);

    ServiceContext &context() { return m_context; }
    RateLimiter &loginLimiter() { return m_loginLimiter; }

    // Resolves a bearer token to its principal; nullopt when missing, unknown or expired.
    std::optional<Principal> authenticate(const Request &request) const;

private:
    Response handle(const Request &request, Access access, const Handler &handler, Create create);

    Router &m_router;
    ServiceContext &m_context;
    RateLimiter m_apiLimiter;
    RateLimiter m_loginLimiter;
};

} // namespace kanri::server
