#pragma once

#include "domain/passwordrule.h"

#include <QString>

namespace kanri::server::auth {

// The password rule itself lives in the domain library, which the console shares.
using domain::checkPassword;
using domain::PasswordPolicy;
using domain::PolicyViolation;

// An Argon2id PHC string ("$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>"): t=2, 19 MiB,
// one lane, a 16-byte random salt and a 32-byte hash (the OWASP baseline). The password is
// hashed as UTF-8. Empty only if Argon2 itself failed (out of memory); never store that.
QString hashPassword(const QString &password);

// Whether `password` matches `encoded`. False for anything malformed, and for Argon2id
// parameters far beyond what hashPassword writes (which would let a tampered row exhaust
// memory or time).
bool verifyPassword(const QString &password, const QString &encoded);

// One verification against a fixed hash with hashPassword's parameters, result discarded: a
// sign-in for an unknown login takes as long as one with a wrong password, so the answer time
// does not tell whether the login exists.
void burnVerifyTime();

// English sentences for the service's problem details: describe() completes "The password …"
// ("must be at least 8 characters long"); describePolicy() summarises the whole rule
// ("at least 6 characters, with letters and digits").
QString describe(PolicyViolation violation, const PasswordPolicy &policy);
QString describePolicy(const PasswordPolicy &policy);

} // namespace kanri::server::auth
