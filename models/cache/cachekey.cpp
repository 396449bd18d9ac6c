#include "cache/cachekey.h"

#include "secrets/secretstore.h"

#include <argon2.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <memory>

namespace kanri::cache {

namespace {

constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kSaltBytes = 16;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          size / static_cast<qsizetype>(sizeof(quint32)));
    return bytes;
}

using Done = std::function<void(CacheOpenResult)>;

CacheOpenResult openStore(const CacheLocation &location, QByteArray key, KeySource source)
{
    auto store = std::make_unique<CacheStore>(location, std::move(key), source);
    if (auto error = store->open())
        return CacheOpenResult{nullptr, std::move(error)};
    return CacheOpenResult{std::move(store), std::nullopt};
}

CacheOpenResult openMemory()
{
    return openStore({}, {}, KeySource::MemoryOnly);
}

// Asks for the passphrase, derives the key off this thread, opens the cache; asks again once
// the passphrase did not open it.
void openWithPassphrase(const CacheLocation &location, CachePassphraseProvider *provider,
                        bool retry, QObject *context, Done done)
{
    if (!provider) {
        done(openMemory());
        return;
    }
    const std::optional<KeyInfo> existing = readKeyInfo(location);
    const bool creating = !existing || !QFileInfo::exists(location.filePath());
    CachePassphraseProvider::Request request{creating, retry, location.profile};
    provider->askPassphrase(request, context, [=](const std::optional<QString> &passphrase) {
        if (!passphrase) {
            done(retry ? CacheOpenResult{nullptr, CacheError{CacheError::Kind::WrongKey,
                                                               QStringLiteral("declined")}}
                       : openMemory());
            return;
        }
        const KeyInfo info = creating ? newPassphraseKeyInfo() : *existing;
        auto key = std::make_shared<QByteArray>();
        QThread *kdf = QThread::create([key, info, text = *passphrase] { *key = deriveKey(text, info); });
        QObject::connect(kdf, &QThread::finished, kdf, &QObject::deleteLater);
        QObject::connect(kdf, &QThread::finished, context, [=] {
            if (key->isEmpty()) {
                done({nullptr, CacheError{CacheError::Kind::Io, QStringLiteral("argon2id failed")}});
                return;
            }
            if (creating) {
                for (const QString &file : location.files())
                    QFile::remove(file);
                if (!writeKeyInfo(location, info)) {
                    done({nullptr, CacheError{CacheError::Kind::Io, QStringLiteral("key info")}});
                    return;
                }
            }
            CacheOpenResult result = openStore(location, *key, KeySource::Passphrase);
            if (result.error && result.error->kind == CacheError::Kind::WrongKey && !retry) {
                openWithPassphrase(location, provider, true, context, done);
                return;
            }
            done(std::move(result));
        });
        kdf->start();
    });
}

void createKeychainKey(const CacheLocation &location, const CacheKeyOptions &options,
                       QObject *context, Done done)
{
    // A key without its cache file, or a file whose key is gone, cannot be used: start afresh.
    for (const QString &file : location.files())
        QFile::remove(file);
    const QByteArray key = randomBytes(kKeyBytes);
    options.secrets->write(location.secretName(), key, context,
                           [=](const secrets::SecretResult &written) {
                               if (written.ok()) {
                                   done(openStore(location, key, KeySource::Keychain));
                               } else if (written.status == secrets::SecretResult::Status::Unavailable) {
                                   openWithPassphrase(location, options.passphrases, false, context, done);
                               } else {
                                   done({nullptr, CacheError{CacheError::Kind::KeychainFailed,
                                                             written.error}});
                               }
                           });
}

} // namespace

std::optional<KeyInfo> readKeyInfo(const CacheLocation &location)
{
    QFile file(location.keyInfoPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (o.isEmpty())
        return std::nullopt;
    KeyInfo info;
    info.kdf = o.value(QStringLiteral("kdf")).toString() == QLatin1String("argon2id")
                   ? KeyInfo::Kdf::Argon2id
                   : KeyInfo::Kdf::None;
    info.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    info.timeCost = static_cast<quint32>(o.value(QStringLiteral("t_cost")).toInt(3));
    info.memoryKiB = static_cast<quint32>(o.value(QStringLiteral("m_cost_kib")).toInt(64 * 1024));
    info.lanes = static_cast<quint32>(o.value(QStringLiteral("lanes")).toInt(1));
    info.check = QByteArray::fromBase64(o.value(QStringLiteral("check")).toString().toLatin1());
    return info;
}

bool writeKeyInfo(const CacheLocation &location, const KeyInfo &info)
{
    QJsonObject o{{QStringLiteral("version"), 1},
                  {QStringLiteral("check"), QString::fromLatin1(info.check.toBase64())}};
    if (info.kdf == KeyInfo::Kdf::Argon2id) {
        o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id"));
        o.insert(QStringLiteral("salt"), QString::fromLatin1(info.salt.toBase64()));
        o.insert(QStringLiteral("t_cost"), static_cast<qint64>(info.timeCost));
        o.insert(QStringLiteral("m_cost_kib"), static_cast<qint64>(info.memoryKiB));
        o.insert(QStringLiteral("lanes"), static_cast<qint64>(info.lanes));
    } else {
        o.insert(QStringLiteral("kdf"), QStringLiteral("keychain"));
    }
    QDir().mkpath(location.directory);
    QSaveFile file(location.keyInfoPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

QByteArray keyCheck(const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(QByteArrayLiteral("kanri cache key check v1"), key,
                                            QCryptographicHash::Sha256);
}

QByteArray deriveKey(const QString &passphrase, const KeyInfo &info)
{
    const QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(info.timeCost, info.memoryKiB, info.lanes, utf8.constData(),
                                     static_cast<size_t>(utf8.size()), info.salt.constData(),
                                     static_cast<size_t>(info.salt.size()), key.data(),
                                     static_cast<size_t>(key.size()));
    return rc == ARGON2_OK ? key : QByteArray();
}

KeyInfo newPassphraseKeyInfo()
{
    KeyInfo info;
    info.kdf = KeyInfo::Kdf::Argon2id;
    info.salt = randomBytes(kSaltBytes);
    return info;
}

void FixedPassphraseProvider::askPassphrase(const Request &request, QObject *context, Answer answer)
{
    const std::optional<QString> given =
        request.retry ? std::nullopt : std::optional<QString>(m_passphrase);
    QTimer::singleShot(0, context, [answer = std::move(answer), given] { answer(given); });
}

void openCache(const CacheLocation &location, const CacheKeyOptions &options, QObject *context,
               std::function<void(CacheOpenResult)> done)
{
    const std::optional<KeyInfo> info = readKeyInfo(location);
    const bool fileExists = QFileInfo::exists(location.filePath());
    const bool passphraseCache = fileExists && info && info->kdf == KeyInfo::Kdf::Argon2id;
    const bool keychainCache = fileExists && info && info->kdf == KeyInfo::Kdf::None;
    if (passphraseCache || !options.secrets || (options.preferPassphrase && !keychainCache)) {
        openWithPassphrase(location, options.passphrases, false, context, std::move(done));
        return;
    }
    options.secrets->read(location.secretName(), context,
                          [=](const secrets::SecretResult &read) {
                              using Status = secrets::SecretResult::Status;
                              if (read.ok() && read.data.size() == kKeyBytes) {
                                  done(openStore(location, read.data, KeySource::Keychain));
                              } else if (read.ok() || read.status == Status::NotFound) {
                                  createKeychainKey(location, options, context, done);
                              } else if (read.status == Status::Unavailable) {
                                  // A keychain cache stays as it is for when the keychain returns.
                                  if (keychainCache)
                                      done(openMemory());
                                  else
                                      openWithPassphrase(location, options.passphrases, false, context, done);
                              } else {
                                  done({nullptr, CacheError{CacheError::Kind::KeychainFailed, read.error}});
                              }
                          });
}

void wipeCache(const CacheLocation &location, secrets::SecretStore *secrets, QObject *context,
               std::function<void(bool ok)> done)
{
    bool removed = true;
    for (const QString &file : location.files()) {
        if (QFileInfo::exists(file))
            removed = QFile::remove(file) && removed;
    }
    if (!secrets) {
        QTimer::singleShot(0, context, [done = std::move(done), removed] { done(removed); });
        return;
    }
    secrets->remove(location.secretName(), context,
                    [done = std::move(done), removed](const secrets::SecretResult &result) {
                        using Status = secrets::SecretResult::Status;
                        done(removed && result.status != Status::Failed);
                    });
}

} // namespace kanri::cache
