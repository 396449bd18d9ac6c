#include "auth/totp.h"

#include "auth/tokens.h"

#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <array>

namespace kanri::server::auth {

namespace {
constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The value of a base32 character, either case; -1 for anything else.
int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// RFC 4226 HOTP: the kTotpDigits-digit code of `counter`, as ASCII digits.
std::array<char, kTotpDigits> hotp(const QByteArray &secret, quint64 counter)
{
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    const unsigned char *ok = HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()),
                                   message.data(), message.size(), mac.data(), &macLength);
    std::array<char, kTotpDigits> code{};
    if (!ok || macLength != 20) {
        // Cannot happen with SHA-1 short of a broken OpenSSL; a code of non-digits never matches.
        code.fill('x');
        return code;
    }
    const std::size_t offset = mac[19] & 0x0F;
    const quint32 binary = (quint32(mac[offset] & 0x7F) << 24) | (quint32(mac[offset + 1]) << 16) |
                           (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    quint32 value = binary % 1000000U;
    for (int i = kTotpDigits - 1; i >= 0; --i) {
        code[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return code;
}
} // namespace

QByteArray newTotpSecret()
{
    return randomBytes(20);
}

QString base32Encode(const QByteArray &data)
{
    QString text;
    text.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(kBase32Alphabet[(buffer >> bits) & 0x1F]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 0x1F]));
    return text;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    qsizetype length = text.size();
    while (length > 0 && text[length - 1] == u'=')
        --length;
    const qsizetype padding = text.size() - length;
    // A last group of 1, 3 or 6 characters cannot occur; padding, if any, completes it to 8.
    const qsizetype tail = length % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    if (padding > 0 && (tail == 0 || padding != 8 - tail))
        return std::nullopt;

    QByteArray data;
    data.reserve(length * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const int value = base32Value(text[i].unicode());
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    // The bits left over must be zero, or two spellings would decode to the same secret.
    if ((buffer & ((1U << bits) - 1)) != 0)
        return std::nullopt;
    return data;
}

qint64 totpStep(qint64 unixTime)
{
    return unixTime < 0 ? 0 : unixTime / kTotpPeriodSeconds;
}

QString totpCode(const QByteArray &secret, qint64 unixTime)
{
    const auto code = hotp(secret, static_cast<quint64>(totpStep(unixTime)));
    return QString::fromLatin1(code.data(), kTotpDigits);
}

bool verifyTotp(const QByteArray &secret, QStringView code, qint64 unixTime, int window,
                qint64 *matchedStep)
{
    if (secret.isEmpty() || code.size() != kTotpDigits)
        return false;
    std::array<char, kTotpDigits> given{};
    for (std::size_t i = 0; i < given.size(); ++i) {
        const char16_t c = code[static_cast<qsizetype>(i)].unicode();
        if (c < u'0' || c > u'9')
            return false;
        given[i] = static_cast<char>(c);
    }
    window = std::clamp(window, 0, 10);
    const qint64 current = totpStep(unixTime);
    bool matched = false;
    qint64 step = 0;
    // Every candidate is computed and compared, so the time taken does not tell which matched.
    for (qint64 candidate = current - window; candidate <= current + window; ++candidate) {
        if (candidate < 0)
            continue;
        const auto expected = hotp(secret, static_cast<quint64>(candidate));
        if (CRYPTO_memcmp(expected.data(), given.data(), given.size()) == 0) {
            matched = true;
            step = candidate;
        }
    }
    if (matched && matchedStep)
        *matchedStep = step;
    return matched;
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QByteArray encodedIssuer = QUrl::toPercentEncoding(issuer);
    const QByteArray uri = QByteArrayLiteral("otpauth://totp/") + encodedIssuer + ':' +
                           QUrl::toPercentEncoding(account) + QByteArrayLiteral("?secret=") +
                           base32Encode(secret).toLatin1() + QByteArrayLiteral("&issuer=") +
                           encodedIssuer + QByteArrayLiteral("&algorithm=SHA1&digits=") +
                           QByteArray::number(kTotpDigits) + QByteArrayLiteral("&period=") +
                           QByteArray::number(kTotpPeriodSeconds);
    return QString::fromLatin1(uri);
}

} // namespace kanri::server::auth
