#pragma once

#include "tenant.h"

#include <QList>
#include <QStringView>

namespace kanri::domain {

// The password rule of the service (seed 000 §3.2.2), shared by the service, which enforces it,
// and the console, which checks as the administrator types. The wording of each violation is
// left to the caller: the service answers in English, the console translates its own.
//
// The rule:
// - length is counted in characters (Unicode code points), between the policy's minimum
//   (never below PasswordPolicy::kMinLength) and PasswordPolicy::kMaxLength;
// - only half-width characters: printable ASCII 0x20–0x7E. The space is allowed, as NIST
//   SP 800-63B advises for passphrases; control characters, the full-width space U+3000,
//   half-width katakana and every other non-ASCII character are NotHalfWidth;
// - a letter is ASCII A–Z or a–z, a digit is ASCII 0–9.
//
// A full-width letter or digit ("ａ", "１") does not pass, but it counts as a letter or digit for
// NoLetter/NoDigit, so "ａｂｃ１２３" is told only the one thing to fix: NotHalfWidth.

enum class PolicyViolation
{
    TooShort,
    NoLetter,
    NoDigit,
    NotHalfWidth,
    TooLong
};

// A default-constructed PasswordPolicy is the seed's, what a new tenant starts with: at least
// 6 characters, letters and digits. A tenant may raise the minimum length and switch the
// letter/digit requirements.

// The minimum length actually enforced: the policy's, clamped to [kMinLength, kMaxLength].
int minimumLength(const PasswordPolicy &policy);

// Every rule the password breaks, in the order of PolicyViolation; empty when it is acceptable.
QList<PolicyViolation> checkPassword(QStringView password, const PasswordPolicy &policy);

} // namespace kanri::domain
