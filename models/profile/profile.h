#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <optional>

namespace kanri::profile {

// One service the console connects to, as the user saved it: where it is, who signs in, and
// (for a self-signed service) which certificate the user approved.
struct ConnectionProfile
{
    QString name;  // unique; shown in the connection dialog and chosen with --profile
    QUrl url;      // https://host[:port]
    QString login; // the sign-in ID last used
    QString pin;   // "sha256:<hex>" of the approved certificate; empty: ordinary verification
    QString accountId; // the account last signed in (its offline cache can be opened without the service)
    bool rememberSession = false; // keep the refresh token in the keychain
    bool demo = false;            // the built-in demo service, started by the console

    // Empty when the profile can be saved; otherwise the translated reason it cannot.
    QString problem() const;
    // The name under which the keychain keeps this profile's remembered session.
    QString sessionSecretName() const;
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The saved profiles, kept in the console's settings. The settings object is injected, so that
// tests and --data-dir use their own.
class ProfileStore
{
public:
    static const QString kDemoProfileName; // "demo"

    explicit ProfileStore(QSettings &settings);

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds the profile, or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    // Replaces the profile called `oldName` (a rename keeps its place as the last used).
    void replace(const QString &oldName, const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ConnectionProfile> &profiles);

    QSettings &m_settings;
};

} // namespace kanri::profile
