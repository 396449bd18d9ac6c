#include "auth/password.h"

#include "auth/tokens.h"

#include <QRegularExpression>

#include <argon2.h>

namespace kanri::server::auth {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;
constexpr uint32_t kLanes = 1;
constexpr qsizetype kSaltBytes = 16;
constexpr uint32_t kHashBytes = 32;

// Ceilings for parameters read back from a stored hash: well above kTimeCost/kMemoryKiB/kLanes,
// so stronger settings can be adopted later, yet far below what could stall or crash the service.
constexpr quint64 kMaxTimeCost = 16;
constexpr quint64 kMaxMemoryKiB = 256 * 1024;
constexpr quint64 kMaxLanes = 16;

// hashPassword's parameters on a password no one knows (the salt reads "kanri-dummy-salt").
constexpr char kDummyHash[] = "$argon2id$v=19$m=19456,t=2,p=1$a2FucmktZHVtbXktc2FsdA"
                              "$Q1P+4iMXwUIUFAu0mINY2FDVU3tUa/7G0RNikp5ndow";

bool parametersAcceptable(const QString &encoded)
{
    static const QRegularExpression phc(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=([0-9]{1,10})"
                       "\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"));
    const QRegularExpressionMatch m = phc.match(encoded);
    if (!m.hasMatch())
        return false;
    const quint64 memory = m.capturedView(1).toULongLong();
    const quint64 time = m.capturedView(2).toULongLong();
    const quint64 lanes = m.capturedView(3).toULongLong();
    return memory <= kMaxMemoryKiB && time >= 1 && time <= kMaxTimeCost && lanes >= 1 &&
           lanes <= kMaxLanes;
}
} // namespace

QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomBytes(kSaltBytes);
    QByteArray encoded(static_cast<qsizetype>(argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes,
                                                                static_cast<uint32_t>(salt.size()),
                                                                kHashBytes, Argon2_id)),
                       '\0');
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, utf8.constData(),
                                         static_cast<size_t>(utf8.size()), salt.constData(),
                                         static_cast<size_t>(salt.size()), kHashBytes,
                                         encoded.data(), static_cast<size_t>(encoded.size()));
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // up to the terminating NUL
}

bool verifyPassword(const QString &password, const QString &encoded)
{
    if (!parametersAcceptable(encoded))
        return false;
    const QByteArray hash = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(hash.constData(), utf8.constData(), static_cast<size_t>(utf8.size())) ==
           ARGON2_OK;
}

void burnVerifyTime()
{
    static const QByteArray password = QByteArrayLiteral("not-the-password");
    static_cast<void>(
        argon2id_verify(kDummyHash, password.constData(), static_cast<size_t>(password.size())));
}

QString describe(PolicyViolation violation, const PasswordPolicy &policy)
{
    switch (violation) {
    case PolicyViolation::TooShort:
        return QStringLiteral("must be at least %1 characters long")
            .arg(domain::minimumLength(policy));
    case PolicyViolation::NoLetter:
        return QStringLiteral("must contain a letter (A-Z or a-z)");
    case PolicyViolation::NoDigit:
        return QStringLiteral("must contain a digit (0-9)");
    case PolicyViolation::NotHalfWidth:
        return QStringLiteral("must use only half-width letters, digits, symbols and spaces");
    case PolicyViolation::TooLong:
        return QStringLiteral("must be at most %1 characters long").arg(PasswordPolicy::kMaxLength);
    }
    return {};
}

QString describePolicy(const PasswordPolicy &policy)
{
    QString text = QStringLiteral("at least %1 characters").arg(domain::minimumLength(policy));
    if (policy.requireLetter && policy.requireDigit)
        text += QStringLiteral(", with letters and digits");
    else if (policy.requireLetter)
        text += QStringLiteral(", with at least one letter");
    else if (policy.requireDigit)
        text += QStringLiteral(", with at least one digit");
    return text;
}

} // namespace kanri::server::auth
