#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <functional>

namespace kanri::api {

// What the user is asked to approve: an untrusted certificate the service presented.
struct CertificateReview
{
    QSslCertificate certificate;
    QString subject;     // who the certificate names ("CN, O")
    QString issuer;      // who signed it (the subject again when self-signed)
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString fingerprint; // "sha256:<hex>", as pinned to the profile
    QString host;        // the service's host name or address
    // It would replace a different, previously pinned certificate: the user must be warned.
    bool replacesPin = false;

    static CertificateReview of(const QSslCertificate &certificate, const QString &host,
                                bool replacesPin = false);
};

// Asks the user whether to trust a certificate that no authority vouches for. Declared here,
// implemented in ui/ (a dialog), so that the API layer never depends on QtWidgets.
class CertificateApprover
{
public:
    virtual ~CertificateApprover() = default;
    // Shows `review` and calls `done` exactly once with the user's answer, possibly later (no
    // nested event loop).
    virtual void review(const CertificateReview &review,
                        std::function<void(bool accepted)> done) = 0;
};

} // namespace kanri::api
