#include "secrets/secretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace kanri::secrets {

namespace {

SecretResult resultOf(const QKeychain::Job &job, QByteArray data = {})
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.data = std::move(data);
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. no D-Bus session at all ("Unknown error")
        result.status = SecretResult::Status::Unavailable;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    result.error = job.errorString();
    return result;
}

// Runs `job`, answering on `context` (dropped if it went away); the job deletes itself.
void runJob(QKeychain::Job *job, QObject *context, SecretStore::Done done,
            std::function<SecretResult(QKeychain::Job &)> collect)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), collect = std::move(collect)](QKeychain::Job *finished) {
                         done(collect(*finished));
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, std::move(done), [](QKeychain::Job &finished) {
        auto &readJob = static_cast<QKeychain::ReadPasswordJob &>(finished);
        return resultOf(readJob, readJob.binaryData());
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(job, context, std::move(done), [](QKeychain::Job &finished) { return resultOf(finished); });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, std::move(done), [](QKeychain::Job &finished) { return resultOf(finished); });
}

void MemorySecretStore::answer(QObject *context, Done done, SecretResult result)
{
    if (!m_available) {
        result = {};
        result.status = SecretResult::Status::Unavailable;
        result.error = QStringLiteral("no keychain (in-memory store set unavailable)");
    }
    // Asynchronous like a real keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Done done)
{
    SecretResult result;
    if (const auto it = m_secrets.constFind(key); it != m_secrets.cend() && m_available)
        result.data = *it;
    else
        result.status = SecretResult::Status::NotFound;
    answer(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    if (m_available)
        m_secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done)
{
    SecretResult result;
    if (!m_available || !m_secrets.remove(key))
        result.status = SecretResult::Status::NotFound;
    answer(context, std::move(done), std::move(result));
}

} // namespace kanri::secrets
