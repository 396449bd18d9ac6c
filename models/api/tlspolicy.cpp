#include "api/tlspolicy.h"

#include <QCryptographicHash>

namespace kanri::api {

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool isTrustError(QSslError::SslError error)
{
    static const QList<QSslError::SslError> trust{
        QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain,
        QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate,
        QSslError::UnableToGetIssuerCertificate,
        QSslError::CertificateUntrusted,
    };
    return trust.contains(error);
}

QList<QSslError> TlsPolicy::errorsToIgnore(const QList<QSslError> &errors,
                                           const QSslCertificate &peer) const
{
    if (m_pin.isEmpty() || peer.isNull()
        || certificateFingerprint(peer).compare(m_pin, Qt::CaseInsensitive) != 0)
        return {};
    // Errors a pinned self-signed certificate legitimately raises; anything else (expired,
    // revoked, wrong host, not yet valid...) still fails.
    QList<QSslError> ignore;
    for (const QSslError &error : errors) {
        if (!isTrustError(error.error()))
            return {};
        ignore.append(error);
    }
    return ignore;
}

} // namespace kanri::api
