#include "passwordrule.h"

#include <algorithm>

namespace kanri::domain {

namespace {
bool isAsciiLetter(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Full-width forms of A–Z, a–z and 0–9 (U+FF21–FF3A, U+FF41–FF5A, U+FF10–FF19).
bool isFullWidthLetter(char32_t c)
{
    return (c >= U'\uFF21' && c <= U'\uFF3A') || (c >= U'\uFF41' && c <= U'\uFF5A');
}

bool isFullWidthDigit(char32_t c)
{
    return c >= U'\uFF10' && c <= U'\uFF19';
}

bool isHalfWidth(char32_t c)
{
    return c >= 0x20 && c <= 0x7E;
}
} // namespace

int minimumLength(const PasswordPolicy &policy)
{
    return std::clamp(policy.minLength, PasswordPolicy::kMinLength, PasswordPolicy::kMaxLength);
}

QList<PolicyViolation> checkPassword(QStringView password, const PasswordPolicy &policy)
{
    qsizetype length = 0;
    bool letter = false;
    bool digit = false;
    bool halfWidth = true;
    for (qsizetype i = 0; i < password.size(); ++i) {
        char32_t c = password[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < password.size() &&
            password[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(password[i], password[i + 1]);
            ++i;
        }
        ++length;
        letter = letter || isAsciiLetter(c) || isFullWidthLetter(c);
        digit = digit || isAsciiDigit(c) || isFullWidthDigit(c);
        halfWidth = halfWidth && isHalfWidth(c);
    }

    QList<PolicyViolation> violations;
    if (length < minimumLength(policy))
        violations.append(PolicyViolation::TooShort);
    if (policy.requireLetter && !letter)
        violations.append(PolicyViolation::NoLetter);
    if (policy.requireDigit && !digit)
        violations.append(PolicyViolation::NoDigit);
    if (!halfWidth)
        violations.append(PolicyViolation::NotHalfWidth);
    if (length > PasswordPolicy::kMaxLength)
        violations.append(PolicyViolation::TooLong);
    return violations;
}

} // namespace kanri::domain
