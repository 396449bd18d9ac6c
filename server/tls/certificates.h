#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace kanri::server {

struct TlsMaterial
{
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // issuers after the leaf, for the TLS handshake
    QSslKey key;
};

// "sha256:<hex>" of the DER encoding, the form the ready line and the console's pins use.
QString fingerprint(const QSslCertificate &certificate);

// Loads a PEM certificate (optionally followed by its chain) and its PEM private key.
std::optional<TlsMaterial> loadTlsMaterial(const QString &certPath, const QString &keyPath,
                                           QString *error);

// On first start makes a local CA and a server certificate for localhost, 127.0.0.1 and ::1
// in `dir` (ca.pem, server.pem, server.key; keys readable by the owner only); afterwards
// loads them. Certificates that expire within 30 days are replaced.
std::optional<TlsMaterial> ensureLocalTlsMaterial(const QString &dir, QString *error);

} // namespace kanri::server
