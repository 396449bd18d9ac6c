#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace kanri::server::auth {

// Time-based one-time passwords (RFC 6238) as authenticator apps expect them by default:
// HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits.
inline constexpr qint64 kTotpPeriodSeconds = 30;
inline constexpr int kTotpDigits = 6;

// A new shared secret: 20 random bytes (160 bits, the HMAC-SHA1 block RFC 4226 recommends).
QByteArray newTotpSecret();

// RFC 4648 base32 (A–Z, 2–7), as authenticator apps take secrets. Encoding writes no padding.
// Decoding accepts lowercase and correct "=" padding; it refuses anything else (other
// characters, spaces, impossible lengths, non-zero trailing bits), so that each secret has one
// spelling.
QString base32Encode(const QByteArray &data);
std::optional<QByteArray> base32Decode(QStringView text);

// The time step that `unixTime` (seconds) falls in; times before 1970 count as step 0.
qint64 totpStep(qint64 unixTime);

// The 6-digit code for `unixTime`, with leading zeros.
QString totpCode(const QByteArray &secret, qint64 unixTime);

// Whether `code` is the code of a step within ±`window` steps of `unixTime` (window is clamped
// to 0..10). The comparison is constant-time. On success `*matchedStep` receives the matching
// step (the latest one, should two match), so the caller can refuse a step it already accepted
// once. An empty secret never verifies.
bool verifyTotp(const QByteArray &secret, QStringView code, qint64 unixTime, int window = 1,
                qint64 *matchedStep = nullptr);

// The provisioning URI an authenticator app reads from a QR code (Google's Key URI Format):
// otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
// Issuer and account are percent-encoded as UTF-8.
QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace kanri::server::auth
