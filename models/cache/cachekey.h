#pragma once

#include "cache/cachestore.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kanri::secrets {
class SecretStore;
}

namespace kanri::cache {

// How a cache's key is made, kept next to the cache file (never the key itself).
struct KeyInfo
{
    enum class Kdf { None, Argon2id }; // None: a random key kept in the keychain
    Kdf kdf = Kdf::None;
    QByteArray salt;
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 lanes = 1;
    QByteArray check; // keyCheck() of the key that opens the cache
};

std::optional<KeyInfo> readKeyInfo(const CacheLocation &location);
bool writeKeyInfo(const CacheLocation &location, const KeyInfo &info);

// A one-way check value of a key (HMAC-SHA256 of a constant), to tell a wrong key from a
// damaged file without decrypting anything.
QByteArray keyCheck(const QByteArray &key);
// Argon2id of the passphrase with the parameters and salt of `info`: a 32-byte key, or empty
// when the KDF failed.
QByteArray deriveKey(const QString &passphrase, const KeyInfo &info);
// A new key info for a passphrase-protected cache, with a random salt.
KeyInfo newPassphraseKeyInfo();

// Asks the user for the cache passphrase when there is no keychain. Implemented in ui/ (a
// dialog), and by the command line (a passphrase file).
class CachePassphraseProvider
{
public:
    struct Request
    {
        bool creating = false;  // a new cache: ask for the passphrase twice
        bool retry = false;     // the previous passphrase did not open the cache
        QString profile;
    };
    // nullopt: the user declined, and the cache stays in memory for this run.
    using Answer = std::function<void(const std::optional<QString> &passphrase)>;
    virtual ~CachePassphraseProvider() = default;
    // Calls `answer` once, on `context`'s thread (not at all when `context` goes away first).
    virtual void askPassphrase(const Request &request, QObject *context, Answer answer) = 0;
};

// Answers with one fixed passphrase (a --cache-passphrase-file), and declines a retry.
class FixedPassphraseProvider : public CachePassphraseProvider
{
public:
    explicit FixedPassphraseProvider(QString passphrase) : m_passphrase(std::move(passphrase)) {}
    void askPassphrase(const Request &request, QObject *context, Answer answer) override;

private:
    QString m_passphrase;
};

// Opens the cache of a profile and account with its key: from the secret store (creating a
// random key on first use); without a keychain, from a passphrase; and when the user declines
// one, an in-memory cache for this run (the store's keySource() says so). Never a plaintext
// file. `done` is called once, on `context`'s thread.
struct CacheOpenResult
{
    std::unique_ptr<CacheStore> store; // set on success
    std::optional<CacheError> error;
};
struct CacheKeyOptions
{
    secrets::SecretStore *secrets = nullptr;         // null: no keychain
    CachePassphraseProvider *passphrases = nullptr;  // null: no one to ask
    bool preferPassphrase = false; // use the passphrase even when a keychain exists
};
void openCache(const CacheLocation &location, const CacheKeyOptions &options, QObject *context,
               std::function<void(CacheOpenResult)> done);

// Deletes the cache's files and its key in the secret store (if any). `done(ok)` once.
void wipeCache(const CacheLocation &location, secrets::SecretStore *secrets, QObject *context,
               std::function<void(bool ok)> done);

} // namespace kanri::cache
