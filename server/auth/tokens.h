#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace kanri::server::auth {

// `size` bytes from OpenSSL's CSPRNG. Aborts the process if the generator fails: the service
// must never hand out a guessable secret.
QByteArray randomBytes(qsizetype size);

// A bearer token: 32 random bytes, base64url without padding (43 characters).
QString newOpaqueToken();

// SHA-256 of the token's UTF-8 bytes (32 raw bytes). Tokens are stored only as this hash, so a
// leaked database does not hand out sessions.
QByteArray tokenHash(QStringView token);

// A public id: `prefix` + "_" + 16 lowercase Crockford base32 characters (80 random bits),
// e.g. newId(u"u") → "u_7gk2m0qz4x9v1c3d". `prefix` is a few letters naming the entity; the
// result matches ^[A-Za-z0-9_-]{1,128}$.
QString newId(QStringView prefix);

} // namespace kanri::server::auth
