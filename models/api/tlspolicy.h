#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace kanri::api {

// "sha256:<hex>" of a certificate's DER encoding.
QString certificateFingerprint(const QSslCertificate &certificate);

// Errors that only say no trusted authority vouches for the certificate (self-signed, unknown
// issuer): the ones a user may overrule by pinning it. Expired, revoked, wrong host... are not.
bool isTrustError(QSslError::SslError error);

// Which TLS errors may be ignored for a connection: only those about the one certificate the
// user approved for the profile (its pinned fingerprint), and only when every error concerns
// that certificate. Everything else must fail.
class TlsPolicy
{
public:
    TlsPolicy() = default;
    explicit TlsPolicy(QString pinnedFingerprint) : m_pin(std::move(pinnedFingerprint)) {}

    const QString &pinnedFingerprint() const { return m_pin; }

    // The errors to hand to QNetworkReply::ignoreSslErrors(list), or an empty list to refuse.
    QList<QSslError> errorsToIgnore(const QList<QSslError> &errors,
                                    const QSslCertificate &peer) const;

private:
    QString m_pin;
};

} // namespace kanri::api
