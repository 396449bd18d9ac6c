#include "api/apierror.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace kanri::api {

namespace {

QString problemCode(const ApiError &error)
{
    return error.problem ? error.problem->code() : QString();
}

int minutesFor(int seconds)
{
    return qMax(1, (seconds + 59) / 60);
}

QString unauthenticatedSentence(const QString &code)
{
    if (code == u"invalid-credentials")
        return QCoreApplication::translate("ApiError", "The sign-in ID or the password is wrong. Check both and try again.");
    if (code == u"totp-required")
        return QCoreApplication::translate("ApiError", "This account also needs the six-digit code from your authenticator app. Enter it and sign in again.");
    if (code == u"totp-invalid")
        return QCoreApplication::translate("ApiError", "The authentication code is wrong or was already used. Wait for the next code and try again.");
    return QCoreApplication::translate("ApiError", "Your session has ended. Please sign in again.");
}

QString forbiddenSentence(const QString &code)
{
    if (code == u"not-admin")
        return QCoreApplication::translate("ApiError", "This account has no administrative role, so it cannot use the console. Sign in with an administrator's account.");
    if (code == u"account-disabled")
        return QCoreApplication::translate("ApiError", "This account has been disabled. Ask your contract administrator to enable it again.");
    if (code == u"option-not-purchased")
        return QCoreApplication::translate("ApiError", "Your contract does not include this option. The contract administrator can add it.");
    return QCoreApplication::translate("ApiError", "You do not have permission to do this.");
}

QString validationSentence(const ApiError &error)
{
    const QString code = problemCode(error);
    if (code == u"totp-invalid")
        return unauthenticatedSentence(code);
    if (code == u"malformed-json")
        return QCoreApplication::translate("ApiError", "The service could not read the request the console sent. Report the request ID to the service operator.");
    QString sentence = QCoreApplication::translate("ApiError", "The service did not accept the input. Correct the marked fields.");
    if (error.problem && !error.problem->errors.isEmpty()) {
        QStringList fields;
        for (const domain::FieldError &field : error.problem->errors)
            fields.append(QCoreApplication::translate("ApiError", "%1: %2").arg(field.field, field.message));
        sentence += QLatin1Char(' ') + fields.join(QStringLiteral("; "));
    }
    return sentence;
}

QString rateLimitedSentence(std::optional<int> seconds)
{
    if (!seconds)
        return QCoreApplication::translate("ApiError", "Too many requests. Try again in a moment.");
    // (Counts computed beforehand: lupdate hangs on calls inside translate()'s arguments.)
    const int secs = std::max(1, *seconds);
    const int minutes = minutesFor(*seconds);
    if (secs < 60)
        return QCoreApplication::translate("ApiError", "Too many requests. Try again in %n second(s).", nullptr, secs);
    return QCoreApplication::translate("ApiError", "Too many requests. Try again in %n minute(s).", nullptr, minutes);
}

QString lockedSentence(std::optional<int> seconds)
{
    if (!seconds)
        return QCoreApplication::translate("ApiError", "The account is locked after too many failed sign-ins. Try again later.");
    const int minutes = minutesFor(*seconds);
    return QCoreApplication::translate("ApiError", "The account is locked after too many failed sign-ins. Try again in %n minute(s).", nullptr, minutes);
}

QString malformedSentence(const ApiError &error)
{
    if (!error.field.isEmpty())
        return QCoreApplication::translate("ApiError", "The service sent an answer the console cannot read (at “%1”). Report the request ID to the service operator.").arg(error.field);
    return QCoreApplication::translate("ApiError", "The service sent an answer the console cannot read. Report the request ID to the service operator.");
}

} // namespace

QString ApiError::message() const
{
    const QString code = problemCode(*this);
    QString sentence;
    bool withDetail = false;    // the service's own words say what exactly (in its language)
    bool withRequestId = false; // the sentence asks to report it
    switch (kind) {
    case Kind::Network:
        sentence = QCoreApplication::translate("ApiError", "The service cannot be reached. Check the network connection and the service address.");
        break;
    case Kind::Tls:
        if (certificateChanged)
            sentence = QCoreApplication::translate("ApiError", "The service's certificate has changed since you trusted it. This can mean that someone is intercepting the connection. Do not sign in; ask your service administrator whether the certificate was replaced.");
        else
            sentence = QCoreApplication::translate("ApiError", "The secure connection could not be established: the service's certificate is not trusted or has changed.");
        break;
    case Kind::Timeout:
        sentence = QCoreApplication::translate("ApiError", "The service did not answer in time. Try again in a moment.");
        break;
    case Kind::Unauthenticated:
        sentence = unauthenticatedSentence(code);
        break;
    case Kind::Forbidden:
        sentence = forbiddenSentence(code);
        withDetail = code == u"forbidden";
        break;
    case Kind::NotFound:
        sentence = QCoreApplication::translate("ApiError", "It no longer exists on the service; it may have been deleted.");
        break;
    case Kind::Conflict:
        sentence = QCoreApplication::translate("ApiError", "The service refused the change because it conflicts with existing data.");
        withDetail = true;
        break;
    case Kind::PreconditionFailed:
        sentence = QCoreApplication::translate("ApiError", "Someone else changed this in the meantime. Review their change, then apply yours again.");
        break;
    case Kind::PayloadTooLarge:
        sentence = QCoreApplication::translate("ApiError", "The request is too large for the service. Send less at a time.");
        break;
    case Kind::Validation:
        sentence = validationSentence(*this);
        withRequestId = code == u"malformed-json";
        break;
    case Kind::RateLimited:
        sentence = rateLimitedSentence(retryAfterSeconds);
        break;
    case Kind::Locked:
        sentence = lockedSentence(retryAfterSeconds);
        break;
    case Kind::Server:
        sentence = QCoreApplication::translate("ApiError", "The service had an internal problem. Try again later; if it persists, report the request ID.");
        withRequestId = true;
        break;
    case Kind::MalformedResponse:
        sentence = malformedSentence(*this);
        withRequestId = true;
        break;
    case Kind::Cancelled:
        sentence = QCoreApplication::translate("ApiError", "The request was cancelled.");
        break;
    }
    if (withDetail && problem && problem->detail && !problem->detail->isEmpty())
        sentence += QLatin1Char(' ') + *problem->detail;
    if (withRequestId && !requestId.isEmpty())
        sentence += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "Request ID: %1").arg(requestId);
    return sentence;
}

} // namespace kanri::api
