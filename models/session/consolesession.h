#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "domain/domain.h"
#include "profile/profile.h"

#include <QObject>

#include <memory>
#include <optional>

namespace kanri::secrets {
class SecretStore;
}

namespace kanri::session {

// One signed-in administrator on one connection profile: the API client, who is signed in,
// and the remembered session in the keychain. The console's windows watch it; it never
// touches a widget.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };

    // `profiles` (optional) is updated when the user pins the service's certificate and with
    // the sign-in ID; `secrets` keeps the refresh token when "remember me" is on. Both must
    // outlive the session.
    ConsoleSession(profile::ConnectionProfile profile, profile::ProfileStore *profiles,
                   secrets::SecretStore &secrets, QObject *parent = nullptr);
    ~ConsoleSession() override;

    api::ApiClient &client() { return *m_client; }
    const profile::ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    // Valid once signed in.
    const domain::Me &me() const { return m_me; }

    // Only administrators may use the console: anyone else is signed out again at once and
    // told why (signInFailed with a Forbidden "not-admin" error).
    void signIn(const QString &login, const QString &password, const std::optional<QString> &totp,
                bool remember);
    // Resumes the session remembered in the keychain, if any: signedIn, or resumeUnavailable
    // (nothing remembered, or the service no longer accepts it; the sign-in dialog follows).
    void resume();
    // Asks the password (and code) again after an idle lock: the same account signs in anew.
    void unlock(const QString &password, const std::optional<QString> &totp);
    // Revokes the session on the service, forgets the remembered one, then signedOut.
    void signOut();

    // The key under which the profile's refresh token is kept.
    QString rememberedSessionKey() const;

Q_SIGNALS:
    void stateChanged(kanri::session::ConsoleSession::State state);
    void signedIn();
    // `codeRequired`: the service wants the authenticator code (show the code field).
    void signInFailed(const kanri::api::ApiError &error, bool codeRequired);
    void resumeUnavailable();
    // The remembered session could not be checked: the service did not answer (offline).
    void serviceUnreachable(const kanri::api::ApiError &error);
    // The service refused to refresh the session: sign in again (what the user typed stays).
    void sessionExpired();
    // `notice` says what the user should know when the service did not hear of it (else empty).
    void signedOut(const QString &notice);
    // "Remember me" could not keep the session: the keychain said why.
    void rememberFailed(const QString &reason);
    // The user approved the service's certificate; the profile now pins it.
    void profileUpdated(const kanri::profile::ConnectionProfile &profile);

private:
    void setState(State state);
    void runSignIn(api::SignInRequest *request, bool remember, const QString &login, State onFailure);
    void storeRefreshToken(const QString &token);
    void rememberLatestToken();
    void forgetRememberedSession();
    void saveProfile();

    profile::ConnectionProfile m_profile;
    profile::ProfileStore *m_profiles;
    secrets::SecretStore &m_secrets;
    std::unique_ptr<api::ApiClient> m_client;
    State m_state = State::SignedOut;
    domain::Me m_me;
    bool m_remember = false;
    QString m_latestRefreshToken; // memory only, unless remembered
    QObject m_secretContext; // answers of the keychain are dropped with the session
};

} // namespace kanri::session

Q_DECLARE_METATYPE(kanri::api::ApiError)
