#include "auth/tokens.h"

#include <QCryptographicHash>
#include <QtGlobal>

#include <openssl/rand.h>

namespace kanri::server::auth {

QByteArray randomBytes(qsizetype size)
{
    Q_ASSERT(size >= 0 && size <= 1024);
    QByteArray bytes(size, Qt::Uninitialized);
    if (size > 0 &&
        RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(size)) != 1)
        qFatal("kanri-service: the random number generator failed");
    return bytes;
}

QString newOpaqueToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(QStringView token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QString newId(QStringView prefix)
{
    // Crockford's alphabet without I, L, O, U: no look-alikes when an id is read aloud.
    static constexpr char16_t kAlphabet[] = u"0123456789abcdefghjkmnpqrstvwxyz";
    const QByteArray bytes = randomBytes(10);
    QString id;
    id.reserve(prefix.size() + 17);
    id.append(prefix);
    id.append(u'_');
    // 80 bits = 16 groups of 5, taken most significant first.
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            id.append(QChar(kAlphabet[(buffer >> bits) & 0x1F]));
        }
    }
    return id;
}

} // namespace kanri::server::auth
