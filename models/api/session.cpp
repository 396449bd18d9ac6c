// The session part of ApiClient: tokens, sign-in and sign-out, the proactive refresh, and the
// 401 → hold → refresh once → replay cycle (after ownCloud's jobqueue).
#include "api/apiclient.h"

#include <limits>
#include <utility>

namespace kanri::api {

namespace {

ApiError sessionEnded(const QString &why)
{
    ApiError error;
    error.kind = ApiError::Kind::Unauthenticated;
    error.technicalDetail = why;
    return error;
}

// The refresh got no verdict on the token (the service could not be asked, or could not
// answer): the session may still be valid, so it is kept.
bool noVerdict(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

void ApiClient::setRefreshTokenStore(std::function<void(const QString &)> store)
{
    m_storeRefreshToken = std::move(store);
}

SignInRequest *ApiClient::signIn(const QString &login, const QString &password,
                                 const std::optional<QString> &totp)
{
    const domain::LoginRequest body{login, password, totp};
    RequestSpec spec = jsonSpec("POST", QStringLiteral("/auth/login"), body.toJson(), {}, {});
    spec.authenticated = false;
    return beginSession(std::move(spec));
}

SignInRequest *ApiClient::resumeSession(const QString &refreshToken)
{
    const domain::RefreshRequest body{refreshToken};
    RequestSpec spec = jsonSpec("POST", QStringLiteral("/auth/refresh"), body.toJson(), {}, {});
    spec.authenticated = false;
    return beginSession(std::move(spec));
}

SignInRequest *ApiClient::beginSession(RequestSpec spec)
{
    auto *request = new SignInRequest(this);
    start(request, std::move(spec), [this](ApiRequest *r, const std::optional<ApiError> &error) {
        if (error)
            return intercept(r, error);
        completeSignIn(static_cast<SignInRequest *>(r));
        return true;
    });
    return request;
}

void ApiClient::completeSignIn(SignInRequest *request)
{
    m_signingOut = false;
    adoptTokens(request->m_tokens);
    MeRequest *who = me();
    connect(who, &ApiRequest::finished, request, [this, request, who] {
        if (who->error()) {
            // Half a sign-in is none: without /auth/me the console cannot tell who this is.
            forgetTokens();
            request->fail(*who->error());
            return;
        }
        request->m_me = who->result();
        request->finish(std::nullopt);
    });
}

NoContentRequest *ApiClient::signOut()
{
    m_refreshTimer.stop();
    m_signingOut = true;
    domain::LogoutRequest body;
    if (!m_refreshToken.isEmpty())
        body.refreshToken = m_refreshToken;
    NoContentRequest *request = post<void>(QStringLiteral("/auth/logout"), body.toJson());
    // Whatever the service answered: locally the session is over.
    connect(request, &ApiRequest::finished, this, [this] {
        forgetTokens();
        m_signingOut = false;
    });
    return request;
}

bool ApiClient::holdForRefresh(ApiRequest *request)
{
    if (m_refreshToken.isEmpty())
        return false; // nothing to refresh with: the 401 is final
    if (m_refreshing) {
        request->m_replayed = true;
        m_held.append(request);
        return true;
    }
    if (request->m_sentToken != m_accessToken) {
        // Sent before the last refresh: its 401 is about the old token, not the current one.
        request->m_replayed = true;
        transmit(request);
        return true;
    }
    if (request->m_replayed) {
        // A token issued after its first 401 was refused too: the session was revoked.
        expireSession();
        return false;
    }
    request->m_replayed = true;
    m_held.append(request);
    startRefresh();
    return true;
}

void ApiClient::startRefresh()
{
    if (m_refreshing || m_refreshToken.isEmpty())
        return;
    m_refreshTimer.stop();
    const domain::RefreshRequest body{m_refreshToken};
    RequestSpec spec = jsonSpec("POST", QStringLiteral("/auth/refresh"), body.toJson(), {}, {});
    spec.authenticated = false;
    auto *refresh = new TypedRequest<domain::TokenResponse>(this);
    m_refreshing = refresh;
    connect(refresh, &ApiRequest::finished, this, [this, refresh] { onRefreshFinished(refresh); });
    // A refresh is never repeated by itself: the service rotates the token on first sight.
    start(refresh, std::move(spec));
}

void ApiClient::onRefreshFinished(TypedRequest<domain::TokenResponse> *refresh)
{
    if (refresh != m_refreshing)
        return; // abandoned: the session ended in the meantime
    m_refreshing = nullptr;
    if (!refresh->error()) {
        adoptTokens(refresh->result());
        releaseHeld(std::nullopt);
        return;
    }
    const ApiError &error = *refresh->error();
    if (noVerdict(error.kind)) {
        // The held requests cannot go out with a token that may be stale; they fail with the
        // cause the person can act on. The next 401 tries the refresh again.
        ApiError failure = error;
        failure.requestId.clear();
        failure.httpStatus = 0;
        failure.technicalDetail = QStringLiteral("token refresh failed: ") + error.technicalDetail;
        releaseHeld(failure);
        return;
    }
    expireSession();
}

void ApiClient::adoptTokens(const domain::TokenResponse &tokens)
{
    m_accessToken = tokens.accessToken.toUtf8();
    m_refreshToken = tokens.refreshToken;
    if (m_storeRefreshToken)
        m_storeRefreshToken(m_refreshToken);
    m_refreshTimer.stop();
    if (tokens.expiresIn > 0) {
        // At 80 % of the lifetime, so requests rarely meet an expired token at all.
        constexpr qint64 kMaxMs = std::numeric_limits<int>::max();
        const qint64 ms = qBound<qint64>(100, tokens.expiresIn * 800, kMaxMs);
        m_refreshTimer.start(std::chrono::milliseconds(ms));
    }
}

void ApiClient::forgetTokens()
{
    const bool hadRefreshToken = !m_refreshToken.isEmpty();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_refreshTimer.stop();
    if (ApiRequest *refresh = std::exchange(m_refreshing, nullptr))
        refresh->abort();
    if (hadRefreshToken && m_storeRefreshToken)
        m_storeRefreshToken(QString());
    releaseHeld(sessionEnded(QStringLiteral("session ended")));
}

void ApiClient::expireSession()
{
    const bool hadSession = !m_accessToken.isEmpty() || !m_refreshToken.isEmpty();
    forgetTokens();
    if (hadSession && !m_signingOut)
        Q_EMIT sessionExpired();
}

void ApiClient::releaseHeld(const std::optional<ApiError> &failure)
{
    const QList<QPointer<ApiRequest>> held = std::exchange(m_held, {});
    for (const QPointer<ApiRequest> &request : held) {
        if (!request || request->isFinished())
            continue;
        if (failure)
            request->fail(*failure);
        else
            transmit(request);
    }
}

} // namespace kanri::api
