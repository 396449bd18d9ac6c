#include "api/certificateapprover.h"

#include "api/tlspolicy.h"

#include <QStringList>

namespace kanri::api {

namespace {

QString describe(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field))
            .join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const auto field : {QSslCertificate::CommonName, QSslCertificate::Organization,
                             QSslCertificate::OrganizationalUnitName}) {
        const QString value = info(field);
        if (!value.isEmpty())
            parts.append(value);
    }
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateReview CertificateReview::of(const QSslCertificate &certificate, const QString &host,
                                        bool replacesPin)
{
    CertificateReview review;
    review.certificate = certificate;
    review.subject = describe(certificate, false);
    review.issuer = describe(certificate, true);
    review.notBefore = certificate.effectiveDate().toUTC();
    review.notAfter = certificate.expiryDate().toUTC();
    review.fingerprint = certificateFingerprint(certificate);
    review.host = host;
    review.replacesPin = replacesPin;
    return review;
}

} // namespace kanri::api
