#include "core/api.h"

#include "auth/tokens.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace kanri::server {

Call::Call(const Request &r, Principal p, ServiceContext &c)
    : request(r)
    , principal(std::move(p))
    , context(c)
    , now(nowMs())
{
}

QSqlDatabase Call::db() const
{
    return context.database.connection();
}

const ScopeSet &Call::administered()
{
    if (!m_administered)
        m_administered = ScopeSet::administered(db(), principal);
    return *m_administered;
}

qint64 Call::currentSeq() const
{
    // Every list page reads it: a statement prepared once.
    Statement q = context.database.statements().prepare(
        QStringLiteral("SELECT change_seq FROM tenants WHERE pk = ?"));
    q.bind(1, principal.tenantPk);
    return q.next() ? q.int64(0) : 0;
}

void Call::audit(const QString &action, const QString &target, const QString &details,
                 const QString &result) const
{
    QString ip = request.peer.toString();
    if (ip.startsWith(QLatin1StringView("::ffff:")))
        ip = ip.mid(7);
    writeOperation(db(), Operation{principal.tenantPk, principal.userPk, principal.login, action,
                                   target, result, details, ip, request.requestId});
}

Response invalidBody(const domain::DecodeError &error)
{
    if (error.message.startsWith(QLatin1StringView("malformed JSON"))
        || (error.field.isEmpty() && error.message.startsWith(QLatin1StringView("expected a JSON"))))
        return Response::problem(400, u"malformed-json", QStringLiteral("Malformed JSON"), error.message);
    return validationError(error.field, error.message);
}

Response validationError(const QString &field, const QString &message)
{
    return Response::problem(400, u"validation", QStringLiteral("Invalid request"),
                             field.isEmpty() ? message : field + QStringLiteral(": ") + message,
                             {domain::FieldError{field, message}});
}

Response notFound()
{
    return Response::problem(404, u"not-found", QStringLiteral("Not found"),
                             QStringLiteral("No such resource."));
}

Response forbidden(const QString &detail)
{
    return Response::problem(403, u"forbidden", QStringLiteral("Forbidden"), detail);
}

Response conflict(const QString &detail)
{
    return Response::problem(409, u"conflict", QStringLiteral("Conflict"), detail);
}

Response storageFailure()
{
    return Response::problem(500, u"internal", QStringLiteral("Storage failure"),
                             QStringLiteral("The service could not read or save the data; nothing was changed."));
}

Response jsonWithEtag(const QJsonObject &object, const QString &etag, int status)
{
    Response r = Response::json(object, status);
    r.headers.append({QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"'});
    return r;
}

std::optional<Response> checkIfMatch(const Request &request, const QString &etag,
                                     const QJsonObject &current)
{
    QByteArray given = request.header("if-match").trimmed();
    if (given.isEmpty()) {
        return Response::problem(428, u"precondition-required", QStringLiteral("If-Match required"),
                                 QStringLiteral("Send If-Match with the object's ETag."));
    }
    if (given.startsWith("W/"))
        given = given.mid(2);
    if (given.size() >= 2 && given.startsWith('"') && given.endsWith('"'))
        given = given.mid(1, given.size() - 2);
    if (given == "*" || given == etag.toLatin1())
        return std::nullopt;
    domain::Problem p;
    p.type = domain::Problem::typeFor(u"precondition-failed");
    p.title = QStringLiteral("Changed by someone else");
    p.status = 412;
    p.detail = QStringLiteral("The object changed since you read it; review the current state and retry.");
    QJsonObject body = p.toJson();
    body.insert(QStringLiteral("current"), current);
    Response r{412, QByteArrayLiteral("application/problem+json"), domain::toBytes(body), {}};
    r.headers.append({QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"'});
    return r;
}

Api::Api(Router &router, ServiceContext &context)
    : m_router(router)
    , m_context(context)
    , m_apiLimiter(context.config.apiPerSecond, context.config.apiBurst)
    , m_loginLimiter(context.config.loginPerMinute / 60.0, context.config.loginBurst)
{
}

void Api::publicRoute(Method method, const QString &pattern, PublicHandler handler)
{
    m_router.add(method, pattern, std::move(handler));
}

void Api::route(Method method, const QString &pattern, Access access, Handler handler, Create create)
{
    m_router.add(method, pattern, [this, access, handler = std::move(handler), create](const Request &r) {
        return handle(r, access, handler, create);
    });
}

std::optional<Principal> Api::authenticate(const Request &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    // Every authenticated request runs these two: statements prepared once.
    StatementCache &statements = m_context.database.statements();
    Statement q = statements.prepare(
        QStringLiteral("SELECT u.pk, u.id, u.login, t.pk, t.id FROM tokens k "
                       "JOIN users u ON u.pk = k.user_pk JOIN tenants t ON t.pk = u.tenant_pk "
                       "WHERE k.hash = ? AND k.kind = 'access' AND k.revoked_at IS NULL "
                       "AND k.expires_at > ? AND u.deleted_at IS NULL "
                       "AND u.status IN ('active', 'locked')"));
    q.bindBlob(1, auth::tokenHash(token));
    q.bind(2, nowMs());
    if (!q.next())
        return std::nullopt;
    Principal p;
    p.userPk = q.int64(0);
    p.userId = q.string(1);
    p.login = q.string(2);
    p.tenantPk = q.int64(3);
    p.tenantId = q.string(4);
    if (!p.loadGrants(statements))
        return std::nullopt;
    return p;
}

namespace {
Response tooManyRequests(int seconds)
{
    domain::Problem p;
    p.type = domain::Problem::typeFor(u"rate-limited");
    p.title = QStringLiteral("Too many requests");
    p.status = 429;
    p.detail = QStringLiteral("Slow down and retry after %1 s.").arg(seconds);
    p.retryAfter = seconds;
    Response r = Response::fromProblem(p);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return r;
}

QByteArray bodyHash(const Request &request)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(methodName(request.method).toLatin1());
    h.addData(request.path.toUtf8());
    h.addData(request.body);
    return h.result();
}
} // namespace

Response Api::handle(const Request &request, Access access, const Handler &handler, Create create)
{
    std::optional<Principal> principal = authenticate(request);
    if (!principal) {
        Response r = Response::problem(401, u"unauthenticated", QStringLiteral("Sign-in required"),
                                       QStringLiteral("The access token is missing, expired or revoked."));
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return r;
    }
    request.log.tenantPk = principal->tenantPk;
    request.log.userPk = principal->userPk;
    if (const int wait = m_apiLimiter.take(principal->userId, request.receivedMs))
        return tooManyRequests(wait);

    Call call(request, std::move(*principal), m_context);
    const bool writes = request.method != Method::Get && request.method != Method::Head;
    if (access == Access::Admin && !call.principal.isAdmin()) {
        if (writes)
            call.audit(methodName(request.method) + QLatin1Char(' ') + request.path, QString(),
                       QStringLiteral("not an administrator"), QStringLiteral("denied"));
        return Response::problem(403, u"not-admin", QStringLiteral("Administrators only"),
                                 QStringLiteral("This part of the service is for contract administrators "
                                                "and administrators."));
    }
    if (!writes) {
        // One read transaction: a page and its watermark see the same snapshot, even while
        // the operator's commands write to the database from another process.
        Transaction snapshot(call.db(), Transaction::Kind::Read);
        Response response = handler(call);
        snapshot.commit();
        return response;
    }

    // Every change runs in one transaction with its operation log row and, for creates, the
    // stored answer to its idempotency key.
    QSqlDatabase db = call.db();
    const QByteArray key = create == Create::Idempotent ? request.header("idempotency-key") : QByteArray();
    if (key.size() > 200)
        return validationError(QStringLiteral("Idempotency-Key"), QStringLiteral("must be at most 200 characters"));
    // Inside the write transaction: a repeated key waits for the first request's answer
    // rather than running the change twice.
    Transaction tx(db);
    if (!tx.ok())
        return storageFailure();
    if (!key.isEmpty()) {
        QSqlQuery q = runQuery(db, QStringLiteral("SELECT body_hash, status, response FROM idempotency "
                                                  "WHERE user_pk = ? AND key = ? AND created_at > ?"),
                               {call.principal.userPk, QString::fromLatin1(key),
                                call.now - m_context.config.idempotencySeconds * 1000});
        if (q.next()) {
            if (q.value(0).toByteArray() != bodyHash(request))
                return conflict(QStringLiteral("This Idempotency-Key was used for a different request."));
            Response replay{q.value(1).toInt(), QByteArrayLiteral("application/json"),
                            q.value(2).toByteArray(), {}};
            replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }
    }
    Response response = handler(call);
    if (response.status >= 400)
        return response; // the transaction rolls back
    if (!key.isEmpty()) {
        QSqlQuery q(db);
        run(q, QStringLiteral("INSERT OR REPLACE INTO idempotency (user_pk, key, body_hash, status, response, "
                              "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {call.principal.userPk, QString::fromLatin1(key), bodyHash(request), response.status,
             response.body, call.now});
    }
    if (!tx.commit())
        return storageFailure();
    return response;
}

} // namespace kanri::server
