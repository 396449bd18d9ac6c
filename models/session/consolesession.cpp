#include "session/consolesession.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>

namespace kanri::session {

namespace {

api::ApiError notAdministrator()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Forbidden;
    error.httpStatus = 403;
    domain::Problem problem;
    problem.type = domain::Problem::typeFor(u"not-admin");
    problem.status = 403;
    error.problem = problem;
    return error;
}

bool unreachable(const api::ApiError &error)
{
    return error.kind == api::ApiError::Kind::Network || error.kind == api::ApiError::Kind::Timeout;
}

bool asksForCode(const api::ApiError &error)
{
    const QString code = error.problem ? error.problem->code() : QString();
    return code == u"totp-required" || code == u"totp-invalid";
}

} // namespace

ConsoleSession::ConsoleSession(profile::ConnectionProfile profile, profile::ProfileStore *profiles,
                               secrets::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_client(std::make_unique<api::ApiClient>(m_profile.url, api::TlsPolicy(m_profile.pin)))
{
    qRegisterMetaType<api::ApiError>();
    m_client->setRefreshTokenStore([this](const QString &token) { storeRefreshToken(token); });
    connect(m_client.get(), &api::ApiClient::certificatePinned, this, [this](const QString &fingerprint) {
        m_profile.pin = fingerprint;
        saveProfile();
        Q_EMIT profileUpdated(m_profile);
    });
    connect(m_client.get(), &api::ApiClient::sessionExpired, this, [this] {
        setState(State::SignedOut);
        Q_EMIT sessionExpired();
    });
}

ConsoleSession::~ConsoleSession() = default;

QString ConsoleSession::rememberedSessionKey() const
{
    return m_profile.sessionSecretName();
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::saveProfile()
{
    if (m_profiles)
        m_profiles->save(m_profile);
}

void ConsoleSession::signIn(const QString &login, const QString &password,
                            const std::optional<QString> &totp, bool remember)
{
    // An unlock that fails leaves the session as it was: signed in, behind the lock.
    const State before = m_state == State::SignedIn ? State::SignedIn : State::SignedOut;
    setState(State::SigningIn);
    runSignIn(m_client->signIn(login, password, totp), remember, login, before);
}

void ConsoleSession::unlock(const QString &password, const std::optional<QString> &totp)
{
    signIn(m_me.user.login, password, totp, m_remember);
}

void ConsoleSession::resume()
{
    if (!m_profile.rememberSession) {
        Q_EMIT resumeUnavailable();
        return;
    }
    m_secrets.read(rememberedSessionKey(), &m_secretContext, [this](const secrets::SecretResult &result) {
        if (!result.ok() || result.data.isEmpty()) {
            Q_EMIT resumeUnavailable();
            return;
        }
        setState(State::SigningIn);
        auto *request = m_client->resumeSession(QString::fromUtf8(result.data));
        connect(request, &api::ApiRequest::finished, this, [this, request] {
            request->deleteLater();
            if (request->error() && unreachable(*request->error())) {
                // The service cannot be asked: the remembered session may still be good.
                setState(State::SignedOut);
                Q_EMIT serviceUnreachable(*request->error());
                return;
            }
            if (request->error() || request->me().adminLevel == domain::AdminLevel::None) {
                // The remembered session is no longer good: forget it, ask for the password.
                forgetRememberedSession();
                setState(State::SignedOut);
                Q_EMIT resumeUnavailable();
                return;
            }
            m_remember = true;
            m_me = request->me();
            setState(State::SignedIn);
            rememberLatestToken();
            Q_EMIT signedIn();
        });
    });
}

void ConsoleSession::runSignIn(api::SignInRequest *request, bool remember, const QString &login,
                               State onFailure)
{
    // Decided before the request: the first refresh token must already go to the right place.
    m_remember = remember;
    connect(request, &api::ApiRequest::finished, this, [this, request, remember, login, onFailure] {
        request->deleteLater();
        if (const auto &error = request->error()) {
            setState(onFailure);
            Q_EMIT signInFailed(*error, asksForCode(*error));
            return;
        }
        if (request->me().adminLevel == domain::AdminLevel::None) {
            m_remember = false;
            auto *revoke = m_client->signOut();
            connect(revoke, &api::ApiRequest::finished, revoke, &QObject::deleteLater);
            setState(State::SignedOut);
            Q_EMIT signInFailed(notAdministrator(), false);
            return;
        }
        m_me = request->me();
        if (m_profile.login != login || m_profile.rememberSession != remember
            || m_profile.accountId != m_me.user.id) {
            m_profile.login = login;
            m_profile.accountId = m_me.user.id;
            m_profile.rememberSession = remember;
            saveProfile();
            Q_EMIT profileUpdated(m_profile);
        }
        setState(State::SignedIn);
        if (m_remember)
            rememberLatestToken();
        Q_EMIT signedIn();
    });
}

void ConsoleSession::storeRefreshToken(const QString &token)
{
    m_latestRefreshToken = token;
    if (token.isEmpty()) {
        forgetRememberedSession();
        return;
    }
    // Kept only once the account is known to be an administrator's (see runSignIn).
    if (m_remember && m_state == State::SignedIn)
        rememberLatestToken();
}

void ConsoleSession::forgetRememberedSession()
{
    m_secrets.remove(rememberedSessionKey(), &m_secretContext, [](const secrets::SecretResult &) {});
}

void ConsoleSession::rememberLatestToken()
{
    m_secrets.write(rememberedSessionKey(), m_latestRefreshToken.toUtf8(), &m_secretContext,
                    [this](const secrets::SecretResult &result) {
                        if (!result.ok())
                            Q_EMIT rememberFailed(result.error);
                    });
}

void ConsoleSession::signOut()
{
    m_remember = false;
    forgetRememberedSession();
    if (!m_client->isSignedIn()) {
        setState(State::SignedOut);
        Q_EMIT signedOut({});
        return;
    }
    auto *request = m_client->signOut();
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        request->deleteLater();
        QString notice;
        // A 401: the session had already ended on the service.
        if (const auto &error = request->error(); error && error->kind != api::ApiError::Kind::Unauthenticated)
            notice = tr("You are signed out on this computer, but the service could not be told: %1 The session "
                        "stays valid on the service until it expires.")
                         .arg(error->message());
        m_me = {};
        setState(State::SignedOut);
        Q_EMIT signedOut(notice);
    });
}

} // namespace kanri::session
