#include "tls/certificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kanri::server {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr long kCaDays = 3650;
constexpr long kServerDays = 397; // what browsers accept for a leaf certificate

PKeyPtr newKey()
{
    return PKeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

X509Ptr newCertificate(EVP_PKEY *subjectKey, const char *commonName, long days)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return {};
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Kanri local service"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    if (X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    return cert;
}

QByteArray pemOf(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

QByteArray pemOf(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool generate(const QString &dir, QString *error)
{
    PKeyPtr caKey = newKey();
    PKeyPtr serverKey = newKey();
    if (!caKey || !serverKey) {
        *error = QStringLiteral("OpenSSL could not generate a P-256 key");
        return false;
    }
    X509Ptr ca = newCertificate(caKey.get(), "Kanri local CA", kCaDays);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not create the local CA certificate");
        return false;
    }
    X509Ptr server = newCertificate(serverKey.get(), "localhost", kServerDays);
    if (!server || X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_subject_alt_name,
                         "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not create the server certificate");
        return false;
    }
    // The CA key is not kept: nothing else is ever signed with it.
    const QDir d(dir);
    return writeFile(d.filePath(QStringLiteral("ca.pem")), pemOf(ca.get()), false, error)
           && writeFile(d.filePath(QStringLiteral("server.key")), pemOf(serverKey.get()), true, error)
           && writeFile(d.filePath(QStringLiteral("server.pem")),
                        pemOf(server.get()) + pemOf(ca.get()), false, error);
}

bool keyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), static_cast<int>(certPem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace

QString fingerprint(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

std::optional<TlsMaterial> loadTlsMaterial(const QString &certPath, const QString &keyPath,
                                           QString *error)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1: %2").arg(certPath, certFile.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read key %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no usable PEM private key (EC or RSA)").arg(keyPath);
        return std::nullopt;
    }
    if (!keyMatches(certs.first().toPem(), keyPem)) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(keyPath, certPath);
        return std::nullopt;
    }
    return TlsMaterial{certs.first(), certs.mid(1), key};
}

std::optional<TlsMaterial> ensureLocalTlsMaterial(const QString &dir, QString *error)
{
    const QDir d(dir);
    const QString certPath = d.filePath(QStringLiteral("server.pem"));
    const QString keyPath = d.filePath(QStringLiteral("server.key"));
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        auto material = loadTlsMaterial(certPath, keyPath, error);
        if (material
            && material->certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(30))
            return material;
    }
    if (!generate(dir, error))
        return std::nullopt;
    return loadTlsMaterial(certPath, keyPath, error);
}

} // namespace kanri::server
