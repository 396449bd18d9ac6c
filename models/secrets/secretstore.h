#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace kanri::secrets {

// The answer of one secret-store operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // read or remove of a key that holds nothing
        Unavailable, // no keychain on this machine (headless, no Secret Service)
        Failed,      // the keychain refused (access denied, locked, I/O)
    };
    Status status = Status::Ok;
    QByteArray data; // read: the secret
    QString error;   // Unavailable/Failed: the keychain's own explanation, for logs

    bool ok() const { return status == Status::Ok; }
};

// Where the console keeps secrets that outlive a run: the remembered refresh token of a
// profile, the key of an encrypted cache. Operations are asynchronous; `done` is called exactly
// once, on `context`'s thread, and not at all when `context` is destroyed first.
class SecretStore
{
public:
    using Done = std::function<void(const SecretResult &)>;
    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

// The operating system's keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain. Never falls back to a plaintext file.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("dev.kanri.Kanri"));
    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

// Secrets held in memory for this run only: for tests, and for machines without a keychain
// when the user chose not to keep anything.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // Tests: behave like a machine without a keychain.
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    void answer(QObject *context, Done done, SecretResult result);

    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace kanri::secrets
